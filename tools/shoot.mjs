// Screenshots of routes for looking at them: node tools/shoot.mjs /mitglieder?q=bad [/karte …]
// Writes .tmp/shots/<route>_<width>.png at 360 and 1280 px from the release build in dist/.
import { appPolicy, startServer } from './serve.mjs';
import { launchChromium } from '../tests/e2e/browser.mjs';
import { mkdir } from 'node:fs/promises';

const app = await startServer({ root: 'dist', csp: appPolicy() });
const browser = await launchChromium();
await mkdir('.tmp/shots', { recursive: true });
for (const path of process.argv.slice(2)) {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: Number(process.env.HEIGHT || 800) } });
    await page.goto(new URL(path.replace(/^\//, ''), app.url).href);
    await page.locator('#be-main h1').waitFor(); // the app's heading, not the prerendered one
    await page.locator('.be-skeleton').waitFor({ state: 'detached' });
    const file = `.tmp/shots/${path.replace(/\W+/g, '_')}_${width}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
    await page.close();
  }
}
await browser.close();
await app.close();
