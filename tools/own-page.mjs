// Build step (tools/post-build.mjs): shapes index.html, the app's own page, for a fast first view that
// runs under a strict Content-Security-Policy: its one stylesheet and two scripts are inline, allowed by
// their hashes, which this step computes and writes to csp.json and csp-header.txt (README
// "Content-Security-Policy"); as files they cost the first paint one more round trip (measured).
//  1. The header and the page heads, prerendered from the app's own tables (`cargo run --bin
//     prerender-heads`), replace <div id="be-header"> and <div id="be-heads"> (in <main>); boot.js names
//     language and page on <html>, rules written here show the matching ones, the start script removes the
//     others (one header, one h1).
//  2. One stylesheet for the page: the app's be.css, those rules and the page's body style (be.css
//     stays for embedding).
//  3. The app's loader: its JS, wasm and data are requested after the first paint
//     instead of alongside it: the page's text does not share the line with 250 KB.
import { createHash } from 'node:crypto';
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

// which prerendered block is shown follows <html data-be-lang data-be-page> (assets/boot.js)
const shown = heads.map((h) => /data-be-head="([^"]*)" lang="([^"]*)"/.exec(h)).map(([, path, lang]) =>
  `html[data-be-page="${path}"][data-be-lang=${lang}] .be-pre[data-be-head="${path}"][lang=${lang}]{display:contents}` +
  `html[data-be-page="${path}"][data-be-lang=${lang}] .be-skeleton-title{display:none}`);
const pageCss = [
  'body{margin:0;background:#f3f2f1}',
  'html[data-be-lang=en] .be-header[lang=de]{display:none}html[data-be-lang=en] .be-header[lang=en]{display:block}',
  ...shown,
].join('');
const css = (await readFile(join(dir, 'be.css'), 'utf8')) + pageCss;
replaceOnce(/<link[^>]*href="?[^ >"]*be\.css"?[^>]*>/, () => `<style>${css}</style>`, 'stylesheet');
const boot = (await readFile(new URL('../assets/boot.js', import.meta.url), 'utf8')).trim();
replaceOnce(/<script src="?boot\.js"?><\/script>/, () => `<script>${boot}</script>`, 'first script');

// the app's loader (the app is built by tools/split-build.mjs, not by trunk) waits for the first paint
const js = 'be-netzwerke.js', wasm = 'be-netzwerke_bg.wasm';
replaceOnce(/<\/head>/, '<script type=module>LOADER</script></head>', 'end of head');
// the bundled data's preload (index.html) moves into the loader too
const data = /<link[^>]*href="?([^ >"]+\.json)"?[^>]*rel="?preload"?[^>]*>/.exec(html)?.[1];
html = html.replace(/<link[^>]*rel="?(module)?preload"?[^>]*>/g, '');
// paths relative to the page's base (trunk's <base href>, also under a --public-url sub path), made absolute:
// WebKit resolves import() in an inline module against the document's URL, not its base
const local = (path) => './' + path.split('/').pop();
// on a route whose page is a part loaded on first use (src/routes.rs Route::part), the part's files are
// fetched together with the app's instead of after it has started
// parts.json (tools/split-build.mjs) gets each part's stylesheet too: every file a part fetches
const files = JSON.parse(await readFile(join(dir, 'parts.json'), 'utf8'));
const shapes = part('PART').map((l) => l.split(' ')).map(([shape, name, style]) => {
  if (!files[name]) throw new Error(`own-page: part ${name} (route ${shape}) is not in parts.json: ${Object.keys(files)}`);
  if (style && !files[name].includes(style)) files[name].push(style);
  return [shape.split('/').slice(1), files[name]];
});
await writeFile(join(dir, 'parts.json'), JSON.stringify(files, null, 1) + '\n');
const preload = `const here = location.pathname.slice(new URL(document.baseURI).pathname.length).split('/').filter(Boolean);
for (const [shape, files] of ${JSON.stringify(shapes)}) {
  if (shape.length !== here.length || !shape.every((s, i) => s === '*' || s === here[i])) continue;
  for (const f of files) document.head.append(Object.assign(document.createElement('link'), f.endsWith('.css')
    ? { rel: 'preload', as: 'style', href: new URL(f, document.baseURI).href }
    : { rel: 'preload', as: 'fetch', crossOrigin: '', href: new URL(f, document.baseURI).href }));
  break;
}`;
const loader = `for (const el of document.querySelectorAll('.be-header, .be-pre')) if (getComputedStyle(el).display === 'none') el.remove();
if (!document.querySelector('.be-pre')) delete document.documentElement.dataset.beHold;
await new Promise((go) => { requestAnimationFrame(() => setTimeout(go)); setTimeout(go, 100); });
${data ? `document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: '', href: new URL(${JSON.stringify(data)}, document.baseURI).href }));` : ''}
${preload}
const { default: init } = await import(new URL(${JSON.stringify(local(js))}, document.baseURI).href);
await init({ module_or_path: new URL(${JSON.stringify(local(wasm))}, document.baseURI) });`;
html = html.replace('<script type=module>LOADER</script>', () => `<script type=module>${loader}</script>`);
await writeFile(file, html);

// the policy's hashes: exactly the text between the tags, as the browser hashes it
const sha = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const hashes = { 'script-src': [sha(boot), sha(loader)], 'style-src': [sha(css)] };
await writeFile(join(dir, 'csp.json'), JSON.stringify(hashes, null, 1) + '\n');
const { appPolicy } = await import('./serve.mjs');
await writeFile(join(dir, 'csp-header.txt'), `Content-Security-Policy: ${appPolicy({ hashes })}\n`);
console.log(`index.html: ${heads.length} page heads prerendered, stylesheet (${css.length} B) and loader inline (hashes in csp.json, header in csp-header.txt), the app requested after the first paint`);
