// Build step (tools/post-build.mjs): shapes index.html, the app's own page, for a fast first view.
//  1. The prerendered page heads (`cargo run --bin prerender-heads`, from the app's own text table) go
//     into <main> in place of <div id="be-heads"></div>; the page's first script shows the opened page's,
//     the loader removes the others (one h1 on the page).
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

const heads = execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'prerender-heads'], { encoding: 'utf8' }).trim().split('\n');
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
for (const head of document.querySelectorAll('.be-pre')) if (getComputedStyle(head).display === 'none') head.remove();
await new Promise((go) => { requestAnimationFrame(() => setTimeout(go)); setTimeout(go, 100); });
${data ? `document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: '', href: ${JSON.stringify(data)} }));` : ''}
const { default: init } = await import(${JSON.stringify(js)});
await init({ module_or_path: ${JSON.stringify(wasm)} });
</script>`;
replaceOnce(/<script type=module id=be-start><\/script>/, () => start, 'loader');
await writeFile(file, html);
console.log(`index.html: ${heads.length} page heads prerendered, ${css.length} B of CSS inlined, app requested after the first paint`);
