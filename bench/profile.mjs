// Where a wasm module's bytes are: the largest functions by body size, and the sum per crate (or per
// module of this crate), from the module's name section. Run it on the split build's files before
// wasm-opt, which drops the names: `node bench/profile.mjs target/split/profile/split_keb.wasm`
// (`node bench/profile.mjs --split` makes that folder: wasm-split-cli on the last split build).
//   --top N      the N largest functions (default 25)
//   --depth D    group by the first D path segments (default 1: the crate; 3 for be_netzwerke::keb::pages)
//   --grep RE    only functions whose name matches
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i < 0 ? fallback : args.splice(i, 2)[1]; };
const top = Number(opt('--top', 25));
const depth = Number(opt('--depth', 1));
const grep = opt('--grep', null);

const main = import.meta.url === `file://${process.argv[1]}`;
if (main && args[0] === '--split') {
  const out = join('target', 'split', 'profile');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  execFileSync('wasm-split-cli', ['--target', 'web', '--out-name', 'be-netzwerke',
    join('target', 'split', 'wasm32-unknown-unknown', 'release', 'be-netzwerke.wasm'), out], { stdio: 'inherit' });
  console.log(readdirSync(out).filter((f) => f.endsWith('.wasm')).map((f) => join(out, f)).join('\n'));
  process.exit(0);
}

/** The function bodies' sizes and names of a wasm module. */
export function functions(bytes) {
  let pos = 8;
  const u32 = () => { let r = 0, s = 0, b; do { b = bytes[pos++]; r |= (b & 0x7f) << s; s += 7; } while (b & 0x80); return r >>> 0; };
  const name = () => { const n = u32(); const s = bytes.subarray(pos, pos + n).toString('utf8'); pos += n; return s; };
  let imported = 0; const sizes = []; const names = new Map(); let data = 0;
  while (pos < bytes.length) {
    const id = bytes[pos++]; const len = u32(); const end = pos + len;
    if (id === 2) { // imports: functions among them take the first indices
      for (let n = u32(); n > 0; n--) {
        name(); name(); const kind = bytes[pos++];
        if (kind === 0) { u32(); imported++; } else if (kind === 1) { pos++; const f = u32(); u32(); if (f & 1) u32(); }
        else if (kind === 2) { const f = u32(); u32(); if (f & 1) u32(); } else if (kind === 3) { pos += 2; } else { pos++; u32(); }
      }
    } else if (id === 10) {
      for (let n = u32(), i = 0; i < n; i++) { const size = u32(); sizes.push(size); pos += size; }
    } else if (id === 11) {
      data += len;
    } else if (id === 0 && name() === 'name') {
      while (pos < end) {
        const sub = bytes[pos++]; const subLen = u32(); const subEnd = pos + subLen;
        if (sub === 1) for (let n = u32(); n > 0; n--) { const idx = u32(); names.set(idx, name()); }
        pos = subEnd;
      }
    }
    pos = end;
  }
  return { data, list: sizes.map((size, i) => ({ size, name: demangle(names.get(i + imported) ?? `func[${i + imported}]`) })) };
}

const ESCAPES = { SP: '@', BP: '*', RF: '&', LT: '<', GT: '>', LP: '(', RP: ')', C: ',' };
/** A Rust symbol in legacy mangling (`_ZN…E`, as the linker names wasm functions) as a path. */
export function demangle(name) {
  const m = /^_?_ZN(.*)E$/.exec(name);
  if (!m) return name;
  const parts = []; let rest = m[1];
  while (rest.length) {
    const n = /^(\d+)/.exec(rest); if (!n) break;
    const len = Number(n[1]); parts.push(rest.slice(n[1].length, n[1].length + len)); rest = rest.slice(n[1].length + len);
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1))) parts.pop();
  return parts.map((p) => p.replace(/^_\$/, '$').replace(/\$([A-Z]+)\$/g, (_, e) => ESCAPES[e] ?? `$${e}$`)
    .replace(/\$u([0-9a-f]+)\$/g, (_, h) => String.fromCodePoint(parseInt(h, 16))).replaceAll('..', '::')).join('::');
}

/** The crate (or the first `depth` path segments) a function belongs to: `<a::B as c::D>::f` is a's. */
export function group(name, depth = 1) {
  const path = name.replace(/^[<&*\s]+|^(mut|dyn|const) /g, '').replace(/^[<&*\s]+/, '');
  return path.split(/[<>\s]/)[0].split('::').filter((s) => !/^h[0-9a-f]{16}$/.test(s)).slice(0, depth).join('::') || '?';
}

if (main && args.length === 0) { console.error('usage: node bench/profile.mjs [--top N] [--depth D] [--grep RE] FILE.wasm… | --split'); process.exit(2); }
for (const file of main ? args : []) {
  const { data, list } = functions(readFileSync(file));
  const shown = grep ? list.filter((f) => new RegExp(grep).test(f.name)) : list;
  const code = shown.reduce((s, f) => s + f.size, 0);
  console.log(`\n${file}: ${shown.length} functions, ${(code / 1024).toFixed(1)} KB code, ${(data / 1024).toFixed(1)} KB data`);
  const groups = new Map();
  for (const f of shown) { const g = group(f.name, depth); const e = groups.get(g) ?? { n: 0, size: 0 }; e.n++; e.size += f.size; groups.set(g, e); }
  console.table([...groups].sort((a, b) => b[1].size - a[1].size).slice(0, top).map(([g, e]) => ({ group: g, functions: e.n, KB: +(e.size / 1024).toFixed(1) })));
  console.table([...shown].sort((a, b) => b.size - a.size).slice(0, top).map((f) => ({ bytes: f.size, name: f.name.slice(0, 150) })));
}
