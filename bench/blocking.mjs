// Main-thread blocking of a page while it starts, measured rather than simulated: the page opened on a cold
// cache with the CPU slowed 4× (as Lighthouse's mobile profile), every long task (> 50 ms) observed for
// `seconds` after navigation, blocking time = Σ (duration − 50 ms), as Lighthouse's TBT counts it.
// Less noisy than Lighthouse on this machine (no simulation of a trace), so it tells two builds apart:
//   node bench/blocking.mjs [--dist DIR] [--runs N] [paths]   (after trunk build)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appPolicy, startServer } from '../tools/serve.mjs';
import { launchChromium } from '../tests/e2e/browser.mjs';

const args = process.argv.slice(2);
const take = (name, fallback) => { const i = args.indexOf(name); return i < 0 ? fallback : args.splice(i, 2)[1]; };
const root = take('--dist', 'dist');
const runs = Number(take('--runs', 5));
const paths = args.length ? args : ['/', '/mitglieder', '/mitglieder/08317096', '/veranstaltungen/lnk-2027-1', '/karte', '/keb'];
const seconds = 6;

// the policy with the hashes of that build's inline scripts and stylesheet
const app = await startServer({ root, csp: appPolicy({ hashes: JSON.parse(readFileSync(join(root, 'csp.json'), 'utf8')) }) });
const browser = await launchChromium();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log('| page | blocking (median, ms) | runs (ms) | longest task (median, ms) |');
console.log('|---|---|---|---|');
for (const path of paths) {
  const blocking = [], longest = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
    await context.addInitScript(() => {
      window.__long = [];
      new PerformanceObserver((list) => window.__long.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(app.url.replace(/\/$/, '') + path);
    await page.waitForTimeout(seconds * 1000);
    const tasks = await page.evaluate(() => window.__long);
    blocking.push(Math.round(tasks.reduce((s, d) => s + Math.max(0, d - 50), 0)));
    longest.push(Math.round(Math.max(0, ...tasks)));
    await context.close();
  }
  console.log(`| ${path} | ${median(blocking)} | ${blocking.join(', ')} | ${median(longest)} |`);
}
await browser.close();
await app.close();
