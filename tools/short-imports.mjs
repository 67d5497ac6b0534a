// Build step of tools/split-build.mjs: wasm-bindgen names each JS function the wasm imports after its
// Rust path plus a 16-digit hash (`__wbg_setattribute_3c9f…`). The names stand twice in the first
// view, in the wasm's import section and as keys in the glue's import object, and the hashes do not
// compress: about 4 KB brotli. This renames each to a short one (`a`, `b`, … `aa`) on both sides.
// binaryen's --minify-imports does the same only for emscripten's `env` module.
import { readFileSync, writeFileSync } from 'node:fs';

/** Renames the imports of `module` in the wasm at `wasmPath` and the keys of the glue at `jsPath`. */
export function shortenImports(wasmPath, jsPath, module) {
  const wasm = readFileSync(wasmPath);
  let js = readFileSync(jsPath, 'utf8');
  const names = new Map();
  const short = (i) => { let s = ''; do { s = String.fromCharCode(97 + (i % 26)) + s; i = Math.floor(i / 26) - 1; } while (i >= 0); return s; };
  const out = rewriteImports(wasm, (mod, name) => {
    if (mod !== module) return name;
    if (!names.has(name)) names.set(name, short(names.size));
    return names.get(name);
  });
  // the glue's import object: `        NAME: function(` once per import, inside __wbg_get_imports
  for (const [name, to] of names) {
    const key = new RegExp(`^(\\s+)${name}(: function\\()`, 'gm');
    const found = js.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`short-imports: ${name} is ${found} times a key of the glue, not once`);
    js = js.replace(key, `$1${to}$2`);
  }
  writeFileSync(wasmPath, out);
  writeFileSync(jsPath, js);
  return names.size;
}

/** The module with each import's name replaced by `rename(module, name)`. */
function rewriteImports(wasm, rename) {
  let p = 8;
  const leb = () => { let r = 0, s = 0, x; do { x = wasm[p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80); return r; };
  const encode = (n) => { const b = []; do { let x = n & 0x7f; n = Math.floor(n / 128); if (n) x |= 0x80; b.push(x); } while (n); return Buffer.from(b); };
  const str = () => { const l = leb(); const s = wasm.subarray(p, p + l).toString(); p += l; return s; };
  const name = (s) => { const b = Buffer.from(s); return Buffer.concat([encode(b.length), b]); };
  while (p < wasm.length) {
    const start = p;
    const id = wasm[p++];
    const len = leb();
    const end = p + len;
    if (id !== 2) { p = end; continue; }
    const count = leb();
    const parts = [encode(count)];
    for (let i = 0; i < count; i++) {
      const mod = str();
      const field = str();
      const descStart = p;
      const kind = wasm[p++];
      if (kind !== 0) throw new Error('short-imports: only function imports are expected');
      leb(); // type index
      parts.push(name(mod), name(rename(mod, field)), wasm.subarray(descStart, p));
    }
    if (p !== end) throw new Error('short-imports: import section not read to its end');
    const body = Buffer.concat(parts);
    return Buffer.concat([wasm.subarray(0, start), Buffer.from([2]), encode(body.length), body, wasm.subarray(end)]);
  }
  throw new Error('short-imports: no import section');
}
