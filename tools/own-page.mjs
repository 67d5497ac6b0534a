// Build step (tools/post-build.mjs): shapes index.html, the app's own page, for a fast first view.
//  1. The header and the page heads, prerendered from the app's own tables (`cargo run --bin
//     prerender-heads`), replace <div id="be-header"> and <div id="be-heads"> (in <main>); the page's
//     first script picks language and page, the loader removes the others (one header, one h1).
//  2. The stylesheet is inlined: the first paint waits for no request (be.css stays for embedding).
//  3. The app's JS, wasm and data are requested after the first paint instead of alongside it: the
//     page's text does not share the line with 250 KB, and the app starts a frame later.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const file = join(dir, 'index.html');
let html = await readFile(file, 'utf8');

/** Replaces exactly one match; a changed trunk output fails the build instead of shipping a slow page. */
function replaceOnce(pattern, replacement, what) {
  const count = (html.match(new RegExp(pattern.source, 'g')) || []).length;
  if (count !== 1) throw new Error(`own-page: ${what}: expected one match of ${pattern}, found ${count}`);
  html = html.replace(pattern, replacement);
}

const lines = execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'prerender-heads'], { encoding: 'utf8' }).trim().split('\n');
const part = (kind) => lines.filter((l) => l.startsWith(`${kind} `)).map((l) => l.slice(kind.length + 1));
const heads = part('HEAD');
replaceOnce(/<div id="?be-header"?><\/div>/, () => part('HEADER').join(''), 'header');
replaceOnce(/<div id="?be-heads"?><\/div>/, () => heads.join(''), 'page heads');

const css = await readFile(join(dir, 'be.css'), 'utf8');
replaceOnce(/<link[^>]*href="?[^ >"]*be\.css"?[^>]*>/, () => `<style>${css}</style>`, 'stylesheet');

// trunk's loader imports the JS glue and starts the wasm at once; ours waits for the first paint
let js, wasm;
replaceOnce(/<script type="?module"?>import init, \* as bindings from '([^']+)';\s*const wasm = await init\(\{ module_or_path: '([^']+)' \}\);[\s\S]*?<\/script>/,
  (_, jsPath, wasmPath) => { js = jsPath; wasm = wasmPath; return '<script type=module id=be-start></script>'; }, 'loader');
// the bundled data's preload (index.html) moves into the loader too
const data = /<link[^>]*href="?([^ >"]+\.json)"?[^>]*rel="?preload"?[^>]*>/.exec(html)?.[1];
html = html.replace(/<link[^>]*rel="?(module)?preload"?[^>]*>/g, '');
const start = `<script type=module>
for (const el of document.querySelectorAll('.be-header, .be-pre')) if (getComputedStyle(el).display === 'none') el.remove();
if (!document.querySelector('.be-pre')) delete document.documentElement.dataset.beHold; // nothing to wait for
await new Promise((go) => { requestAnimationFrame(() => setTimeout(go)); setTimeout(go, 100); });
${data ? `document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: '', href: ${JSON.stringify(data)} }));` : ''}
const { default: init } = await import(${JSON.stringify(js)});
await init({ module_or_path: ${JSON.stringify(wasm)} });
</script>`;
replaceOnce(/<script type=module id=be-start><\/script>/, () => start, 'loader');
await writeFile(file, html);
console.log(`index.html: ${heads.length} page heads prerendered, ${css.length} B of CSS inlined, app requested after the first paint`);
