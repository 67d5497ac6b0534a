// The Redaktion's member import as an office uses it: a 40-line list (names as offices write them,
// postcodes, keys, a slip and an unknown name) pasted, "Abgleichen" clicked, the time until every
// row shows its outcome; and the time one edit takes to be checked (the whole working copy written
// and read by the dataset's checks). CPU at 1× and slowed 4× (as Lighthouse's mobile profile).
//   node bench/redaktion.mjs [--dist DIR] [--runs N]   (after trunk build)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appPolicy, startServer } from '../tools/serve.mjs';
import { launchChromium } from '../tests/e2e/browser.mjs';

const args = process.argv.slice(2);
const take = (name, fallback) => { const i = args.indexOf(name); return i < 0 ? fallback : args.splice(i, 2)[1]; };
const root = take('--dist', 'dist');
const runs = Number(take('--runs', 5));

// 40 lines: every 27th Gemeinde as "Gemeinde X" / "Stadt X", some by postcode or key, one slip, one unknown
const data = JSON.parse(readFileSync('data/be-netzwerke.json', 'utf8'));
const gemeinden = data.kommunen.filter((k) => k.key.length === 8);
const lines = [];
for (let i = 0; lines.length < 37; i += 27) {
  const k = gemeinden[i % gemeinden.length];
  lines.push(i % 5 === 0 ? k.plz : i % 7 === 0 ? k.key : `${k.type === 'gemeinde' ? 'Gemeinde' : 'Stadt'} ${k.name}`);
}
lines.push('St. Georgen i. Schw.', 'Schwäbisch Gmünnd', 'Atlantis');

const app = await startServer({ root, csp: appPolicy({ hashes: JSON.parse(readFileSync(join(root, 'csp.json'), 'utf8')) }) });
const browser = await launchChromium();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`| CPU | ${lines.length}-line list matched (median, ms) | one edit checked (median, ms) | runs |`);
console.log('|---|---|---|---|');
for (const rate of [1, 4]) {
  const matched = [], edited = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(app.url + 'redaktion');
    await page.getByRole('button', { name: 'Datensatz der Anwendung öffnen' }).click();
    await page.getByText(/^Geöffnet:/).waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.getByLabel('Liste (eine Kommune je Zeile)').fill(lines.join('\n'));
    matched.push(await page.evaluate(async (n) => {
      const t0 = performance.now();
      document.querySelector('section[aria-labelledby="red-members"] .be-button').click();
      while (document.querySelectorAll('.be-red-table tbody tr').length < n) await new Promise((r) => requestAnimationFrame(r));
      return Math.round(performance.now() - t0);
    }, lines.length));
    // one edit: a Fachstelle's e-mail changed, until the change list shows it
    edited.push(await page.evaluate(async () => {
      const input = document.getElementById('red-fachstellen-0-email');
      input.value = 'buero@fachstelle.example';
      const t0 = performance.now();
      input.dispatchEvent(new Event('change', { bubbles: true }));
      while (!document.querySelector('.be-red-change[data-section="fachstellen"]')) await new Promise((r) => requestAnimationFrame(r));
      return Math.round(performance.now() - t0);
    }));
    await context.close();
  }
  console.log(`| ${rate}× | ${median(matched)} | ${median(edited)} | ${matched.join(', ')} / ${edited.join(', ')} |`);
}
await browser.close();
await app.close();
