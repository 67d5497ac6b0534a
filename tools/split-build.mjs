// Build step (tools/post-build.mjs), the first one: the app's one wasm binary, cut into the part the
// first view needs and the parts loaded on first use (src/app/lazy.rs). trunk cannot bind a split
// binary (its wasm-bindgen step has no --keep-lld-exports), so this step runs the four steps itself
// (ARCHITECTURE.md "Loaded in pieces"):
//  1. cargo build with the `split` feature and --emit-relocs (own target dir: other flags);
//  2. wasm-split-cli: main module, one chunk per part and per code shared by parts, __wasm_split.js;
//  3. wasm-bindgen on the main module;
//  4. wasm-opt on every wasm; the main module and its glue without exports nobody calls
//     (tools/unused-exports.mjs) and with short import and export names (tools/short-imports.mjs); then each
//     chunk gets its content hash in its name (and __wasm_split.js the new names), so a page of one
//     build can never load a chunk of another.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { shortenImports } from './short-imports.mjs';
import { REMOVE_EXPORTS, withoutAdapters } from './unused-exports.mjs';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const root = new URL('..', import.meta.url).pathname;
const NAME = 'be-netzwerke';
const target = join(root, 'target', 'split');
const work = join(target, 'out');
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });

// the flags of .cargo/config.toml (RUSTFLAGS replaces them), plus what the splitter reads
const config = readFileSync(join(root, '.cargo', 'config.toml'), 'utf8');
const flags = JSON.parse(/^rustflags = (\[.*\])$/m.exec(config)[1]);
// panic messages name the crate's file as `leptos-0.8.x/src/…`, not the machine's registry path:
// shorter, and the same on every machine
const registry = join(process.env.CARGO_HOME || join(homedir(), '.cargo'), 'registry', 'src');
const remaps = (existsSync(registry) ? readdirSync(registry) : []).map((d) => `--remap-path-prefix=${join(registry, d)}/=`);
run('cargo', ['build', '--release', '--locked', '--target', 'wasm32-unknown-unknown', '--bin', NAME, '--features', 'split'], {
  CARGO_TARGET_DIR: target,
  RUSTFLAGS: [...flags, ...remaps, '-Clink-args=--emit-relocs'].join(' '),
});

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
run('wasm-split-cli', ['--target', 'web', '--out-name', NAME, join(target, 'wasm32-unknown-unknown', 'release', `${NAME}.wasm`), work]);
run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript', '--out-name', NAME, '--out-dir', work, join(work, `${NAME}.wasm`)]);
rmSync(join(work, `${NAME}.wasm`));

const features = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals',
  '--enable-reference-types', '--enable-multivalue'];
// addresses below 1024 are the far end of Rust's 1 MiB stack (it grows down from 1 MiB, data lies above): never
// reached but by a stack about to overflow, so wasm-opt may fold additions into load offsets (−0.6 KB brotli)
const assumptions = ['--low-memory-unused'];
const wasms = readdirSync(work).filter((f) => f.endsWith('.wasm'));
for (const f of wasms) {
  const main = f === `${NAME}_bg.wasm`;
  const args = [...(main ? REMOVE_EXPORTS : []), '-Oz', '--converge', ...assumptions, ...features, join(work, f), '-o', join(work, f)];
  const opt = spawnSync('wasm-opt', args, { cwd: root, encoding: 'utf8' });
  // chunks carry a names subsection binaryen does not know: harmless, not worth a line per chunk
  const said = opt.stderr.split('\n').filter((l) => l && !/unknown name subsection/.test(l));
  if (said.length) console.error(said.join('\n'));
  if (opt.status !== 0) throw new Error(`split-build: wasm-opt failed on ${f}`);
}
const glue = join(work, `${NAME}.js`);
writeFileSync(glue, withoutAdapters(readFileSync(glue, 'utf8')));
const shortened = shortenImports(join(work, `${NAME}_bg.wasm`), glue, `./${NAME}_bg.js`);

let loader = readFileSync(join(work, '__wasm_split.js'), 'utf8');
// which files each part fetches: its own and the chunks of code it shares with other parts
const chunkFile = Object.fromEntries([...loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)]
  .map(([, v, f]) => [v, f]));
const parts = {};
for (const [, part, fetcher, deps] of loader.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(([\s\S]*?), \[([^\]]*)\]\)\);/g)) {
  const own = /"\.\/([^"]+\.wasm)"/.exec(fetcher)?.[1];
  parts[part] = [own, ...deps.split(',').map((d) => chunkFile[d.trim()])].filter(Boolean);
}
if (Object.keys(parts).length === 0) throw new Error('split-build: no parts found in __wasm_split.js');
const chunks = [];
for (const f of wasms.filter((f) => f !== `${NAME}_bg.wasm`)) {
  if (!loader.includes(`"./${f}"`)) throw new Error(`split-build: __wasm_split.js does not name ${f}`);
  const hash = createHash('sha256').update(readFileSync(join(work, f))).digest('hex').slice(0, 10);
  const named = f.replace(/\.wasm$/, `.${hash}.wasm`);
  renameSync(join(work, f), join(work, named));
  loader = loader.replaceAll(`"./${f}"`, `"./${named}"`);
  for (const list of Object.values(parts)) list.forEach((x, i) => { if (x === f) list[i] = named; });
  chunks.push(named);
}
writeFileSync(join(work, '__wasm_split.js'), loader);
// read by the size check, the own page's loader (a part's files fetched early on its route) and tests
writeFileSync(join(work, 'parts.json'), JSON.stringify(parts, null, 1) + '\n');
cpSync(work, dir, { recursive: true });
console.log(`split-build: ${NAME}_bg.wasm (${shortened} names shortened) and ${chunks.length} chunks (${chunks.join(', ')})`);
