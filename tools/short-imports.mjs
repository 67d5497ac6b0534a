// Build step of tools/split-build.mjs: wasm-bindgen names each JS function the wasm imports after its
// Rust path plus a 16-digit hash (`__wbg_setattribute_3c9f…`), and the closures' entry points keep their
// mangled Rust names (`_ZN12wasm_bindgen…17h…E`). The names stand twice in the first view, in the wasm and
// in the glue, and the hashes do not compress: 5 KB brotli. This renames them short (`a`, `b`, … `aa`) on
// both sides. binaryen's --minify-imports does the same only for emscripten's `env` module.
import { readFileSync, writeFileSync } from 'node:fs';

const short = (i) => { let s = ''; do { s = String.fromCharCode(97 + (i % 26)) + s; i = Math.floor(i / 26) - 1; } while (i >= 0); return s; };

/** Renames the imports of `module` and the mangled exports in the wasm at `wasmPath`, and in the glue at
 *  `jsPath` the import object's keys (`NAME: function(`) and the export reads (`wasm.NAME`). */
export function shortenImports(wasmPath, jsPath, module) {
  const wasm = readFileSync(wasmPath);
  let js = readFileSync(jsPath, 'utf8');
  const imports = new Map();
  const exports = new Map();
  const out = rewriteNames(wasm, {
    2: (mod, name) => (mod !== module ? name : imports.get(name) ?? imports.set(name, short(imports.size)).get(name)),
    // `_a`, `_b`, …: no clash with the exports that keep their names (memory, main, __wbindgen_…)
    7: (name) => (!name.startsWith('_ZN') ? name : exports.get(name) ?? exports.set(name, `_${short(exports.size)}`).get(name)),
  });
  const replace = (pattern, to, what) => {
    const found = js.match(pattern)?.length ?? 0;
    if (found !== 1) throw new Error(`short-imports: ${what} is ${found} times in the glue, not once`);
    js = js.replace(pattern, to);
  };
  for (const [name, to] of imports) replace(new RegExp(`^(\\s+)${name}(: function\\()`, 'gm'), `$1${to}$2`, name);
  for (const [name, to] of exports) replace(new RegExp(`\\bwasm\\.${name}\\b`, 'g'), `wasm.${to}`, `wasm.${name}`);
  writeFileSync(wasmPath, out);
  writeFileSync(jsPath, js);
  return imports.size + exports.size;
}

/** The module with its import names (section 2: `rename[2](module, name)`) and export names
 *  (section 7: `rename[7](name)`) replaced. */
function rewriteNames(wasm, rename) {
  let p = 8;
  const leb = () => { let r = 0, s = 0, x; do { x = wasm[p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80); return r; };
  const encode = (n) => { const b = []; do { let x = n & 0x7f; n = Math.floor(n / 128); if (n) x |= 0x80; b.push(x); } while (n); return Buffer.from(b); };
  const str = () => { const l = leb(); const s = wasm.subarray(p, p + l).toString(); p += l; return s; };
  const name = (s) => { const b = Buffer.from(s); return Buffer.concat([encode(b.length), b]); };
  const out = [wasm.subarray(0, 8)];
  const seen = new Set();
  while (p < wasm.length) {
    const start = p;
    const id = wasm[p++];
    const len = leb();
    const end = p + len;
    if (id !== 2 && id !== 7) { out.push(wasm.subarray(start, end)); p = end; continue; }
    seen.add(id);
    const count = leb();
    const parts = [encode(count)];
    for (let i = 0; i < count; i++) {
      if (id === 2) {
        const mod = str();
        const field = str();
        const desc = p;
        if (wasm[p++] !== 0) throw new Error('short-imports: only function imports are expected');
        leb(); // type index
        parts.push(name(mod), name(rename[2](mod, field)), wasm.subarray(desc, p));
      } else {
        const field = str();
        const desc = p;
        p++; // kind
        leb(); // index
        parts.push(name(rename[7](field)), wasm.subarray(desc, p));
      }
    }
    if (p !== end) throw new Error(`short-imports: section ${id} not read to its end`);
    const body = Buffer.concat(parts);
    out.push(Buffer.from([id]), encode(body.length), body);
  }
  if (!seen.has(2) || !seen.has(7)) throw new Error('short-imports: no import or no export section');
  return Buffer.concat(out);
}
