// One command for all benchmarks (not part of the test command's pass/fail):
//   node bench/run.mjs            (after `bash .ci/setup && source .ci/env && trunk build`)
// 1. search: the app's own search (src/search as wasm, built like the app: opt-level z + wasm-opt -Oz)
//    vs MiniSearch and Fuse.js, in one Chromium page, on 1,136 real and 20,000 derived entries,
//    with the 291 queries of bench/queries.json: median and p95 time per query, top-1/top-10 accuracy;
// 2. typing in the member directory at 20,000 entries: input event → updated result count / next frame;
// 3. CSV and JSON export of all rows: main-thread time of the click.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { appPolicy, startServer } from '../tools/serve.mjs';
import { launchChromium } from '../tests/e2e/browser.mjs';
import { realDocs, derivedDocs, derivedDataset } from './data.mjs';

const QUERIES = JSON.parse(readFileSync(new URL('./queries.json', import.meta.url), 'utf8'));
const WASM_OPT_FLAGS = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue', '-Oz'];

function buildSearchWasm() {
  execFileSync('cargo', ['build', '--quiet', '--locked', '--release', '--target', 'wasm32-unknown-unknown', '-p', 'be-search-bench'], { stdio: 'inherit' });
  mkdirSync('bench/.build', { recursive: true });
  execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', 'bench/.build',
    'target/wasm32-unknown-unknown/release/be_search_bench.wasm'], { stdio: 'inherit' });
  execFileSync('node_modules/binaryen/bin/wasm-opt', [...WASM_OPT_FLAGS, 'bench/.build/be_search_bench_bg.wasm', '-o', 'bench/.build/be_search_bench_bg.wasm']);
}

/** Runs in the page: builds each library's index and times every query. */
async function searchInPage({ docs, queries, base }) {
  const fold = (s) => s.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss');
  const { default: MiniSearch } = await import(`${base}node_modules/minisearch/dist/es/index.js`);
  const { default: Fuse } = await import(`${base}node_modules/fuse.js/dist/fuse.mjs`);
  const wasm = await import(`${base}bench/.build/be_search_bench.js`);
  await wasm.default();
  const libs = {
    'be-netzwerke (wasm)': () => {
      const s = new wasm.Search(JSON.stringify(docs));
      return (q) => s.search(q, 10);
    },
    'MiniSearch 7.2.0': () => {
      const ms = new MiniSearch({ idField: 'key', fields: ['name', 'kreis', 'plz', 'key'], storeFields: [],
        processTerm: (t) => fold(t), searchOptions: { prefix: true, fuzzy: 0.2, boost: { name: 3 }, combineWith: 'AND' } });
      ms.addAll(docs);
      return (q) => ms.search(q).slice(0, 10).map((r) => r.id);
    },
    'Fuse.js 7.5.0': () => {
      const fuse = new Fuse(docs, { keys: [{ name: 'name', weight: 3 }, 'kreis', 'plz', 'key'], threshold: 0.3,
        ignoreLocation: true, ignoreDiacritics: true });
      return (q) => fuse.search(q, { limit: 10 }).map((r) => r.item.key);
    },
  };
  const out = {};
  for (const [name, make] of Object.entries(libs)) {
    const t0 = performance.now();
    const search = make();
    const build = performance.now() - t0;
    const times = [];
    let top1 = 0, top10 = 0;
    for (const { q, expected } of queries) {
      const hits = search(q);
      if (hits[0] === expected) top1++;
      if (hits.includes(expected)) top10++;
      // repeat to get above the timer's resolution
      let reps = 0;
      const start = performance.now();
      do { search(q); reps++; } while (performance.now() - start < 5 && reps < 2000);
      times.push((performance.now() - start) / reps);
    }
    times.sort((a, b) => a - b);
    out[name] = { build, median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)],
      top1: top1 / queries.length, top10: top10 / queries.length };
  }
  return out;
}

const fmt = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
const pct = (x) => `${(x * 100).toFixed(1)} %`;

buildSearchWasm();
mkdirSync('dist/bench', { recursive: true });
writeFileSync('dist/bench/be-netzwerke-20000.json', JSON.stringify(derivedDataset()));
const repo = await startServer({ root: '.' });
const app = await startServer({ root: 'dist', csp: appPolicy() });
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(repo.url + 'bench/blank.html');

console.log(`\nMachine: ${cpus()[0].model}, ${cpus().length} cores; Chromium ${browser.version()}\n`);
console.log('| data | library | index build | median / query | p95 / query | top-1 | top-10 |');
console.log('|---|---|---|---|---|---|---|');
for (const [label, docs] of [['1,136 real', realDocs()], ['20,000 derived', derivedDocs()]]) {
  const res = await page.evaluate(searchInPage, { docs, queries: QUERIES, base: repo.url });
  for (const [name, r] of Object.entries(res)) {
    console.log(`| ${label} | ${name} | ${fmt(r.build)} | ${fmt(r.median)} | ${fmt(r.p95)} | ${pct(r.top1)} | ${pct(r.top10)} |`);
  }
}

// 2. Typing at 20,000 entries, in the app itself.
const typing = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await typing.goto(app.url + 'mitglieder?daten=' + encodeURIComponent(app.url + 'bench/be-netzwerke-20000.json'));
await typing.locator('#be-members-q').waitFor({ timeout: 30_000 });
await typing.waitForFunction(() => /20\.000|19\.9\d\d/.test(document.querySelector('#be-result-count')?.textContent ?? ''));
await typing.evaluate(() => {
  window.__keys = [];
  const count = document.querySelector('#be-result-count');
  let observer = null;
  document.addEventListener('input', () => {
    const t0 = performance.now();
    const before = count.textContent;
    const entry = { t0 };
    window.__keys.push(entry);
    observer?.disconnect(); // a keystroke that left the count unchanged must not time the next one
    observer = new MutationObserver((_, obs) => { entry.dom = performance.now() - t0; obs.disconnect(); });
    observer.observe(count, { childList: true, subtree: true, characterData: true });
    requestAnimationFrame(() => setTimeout(() => { entry.frame = performance.now() - t0; entry.changed = count.textContent !== before; }, 0));
  }, true);
});
await typing.locator('#be-members-q').click();
for (const ch of 'Schwäbisch Gmünd') {
  await typing.keyboard.type(ch);
  await typing.waitForTimeout(60);
}
const keys = await typing.evaluate(() => window.__keys);
const dom = keys.map((k) => k.dom ?? k.frame).sort((a, b) => a - b);
const frame = keys.map((k) => k.frame).sort((a, b) => a - b);
console.log(`\nTyping "Schwäbisch Gmünd" into the directory at 20,000 entries (${keys.length} keystrokes):`);
console.log(`  input → result list updated: median ${fmt(dom[Math.floor(dom.length / 2)])}, max ${fmt(dom.at(-1))}`);
console.log(`  input → next frame:           median ${fmt(frame[Math.floor(frame.length / 2)])}, max ${fmt(frame.at(-1))}`);

// 3. Export of every row, main-thread time of the click (file built, Blob made, download started).
for (const [label, url] of [['1,136 rows', app.url + 'mitglieder'],
  ['20,000 rows', app.url + 'mitglieder?daten=' + encodeURIComponent(app.url + 'bench/be-netzwerke-20000.json')]]) {
  const p = await browser.newPage({ acceptDownloads: true });
  await p.goto(url);
  // the download buttons are folded into a <details> under the list
  await p.locator('.be-download summary').click({ timeout: 30_000 });
  await p.getByRole('button', { name: 'CSV (Tabellenkalkulation)' }).waitFor({ timeout: 30_000 });
  for (const kind of ['CSV (Tabellenkalkulation)', 'JSON']) {
    const ms = await p.evaluate((name) => {
      const b = [...document.querySelectorAll('button')].find((x) => x.textContent.trim() === name);
      const t0 = performance.now();
      b.click();
      return performance.now() - t0;
    }, kind);
    console.log(`Export ${label} as ${kind.split(' ')[0]}: ${fmt(ms)} main-thread`);
  }
  await p.close();
}

await browser.close();
await repo.close();
await app.close();
