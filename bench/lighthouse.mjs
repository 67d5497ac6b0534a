// Lighthouse (npm lighthouse, Debian chromium, mobile emulation with simulated throttling) on the
// release build served with brotli:  node bench/lighthouse.mjs [--dist DIR] [paths]   (after trunk build)
// Prints performance, accessibility, best practices and SEO, plus LCP, TBT and CLS, per page.
// --dist: another build (an A/B of two commits: build the other one into its own folder).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appPolicy, startServer } from '../tools/serve.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--dist');
const root = at < 0 ? 'dist' : args.splice(at, 2)[1];
const PAGES = (args.length > 0 ? args : ['/', '/mitglieder', '/mitglieder/08317096', '/veranstaltungen/lnk-2027-1', '/karte', '/keb']);
// the policy with the hashes of that build's inline scripts and stylesheet
const app = await startServer({ root, csp: appPolicy({ hashes: JSON.parse(readFileSync(join(root, 'csp.json'), 'utf8')) }) });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
console.log('| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |');
console.log('|---|---|---|---|---|---|---|---|');
for (const path of PAGES) {
  const { lhr } = await lighthouse(app.url.replace(/\/$/, '') + path, {
    port: chrome.port, output: 'json', logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const score = (id) => Math.round(lhr.categories[id].score * 100);
  const audit = (id) => lhr.audits[id].displayValue ?? String(lhr.audits[id].numericValue);
  console.log(`| ${path} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${audit('largest-contentful-paint')} | ${audit('total-blocking-time')} | ${audit('cumulative-layout-shift')} |`);
  const failed = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
  if (failed.length) console.log(`|   failed: ${failed.map((a) => a.id).join(', ')} |`);
}
await chrome.kill();
await app.close();
