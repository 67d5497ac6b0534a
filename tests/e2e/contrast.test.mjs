// Every link and button stays readable at rest, with keyboard focus and under the pointer, in both
// themes (axe does not see every state): the computed colours against the background behind them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp } from './harness.mjs';
import { AppPage } from './app-page.mjs';
import { contrastProblems } from './contrast.mjs';

const ROUTES = ['/', '/mitglieder', '/mitglieder/08317096', '/netzwerke/gemeindenetzwerk', '/karte', '/personen',
  '/veranstaltungen', '/veranstaltungen/lnk-2027-1', '/keb', '/keb?kommune=08311000', '/quellen', '/offene-daten', '/impressum'];

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

for (const theme of ['standard', 'kontrast']) {
  test(`every link and button reads at 4.5:1 in every state, theme ${theme}`, async () => {
    const page = await env.newPage({ viewport: { width: 1280, height: 900 } });
    const app = new AppPage(page, env.app.url);
    const found = [];
    for (const route of ROUTES) {
      await app.open(route);
      if (theme === 'kontrast') await page.evaluate(() => document.querySelector('[data-be-netzwerke]').setAttribute('data-theme', 'kontrast'));
      found.push(...(await contrastProblems(page, 'body')).map((p) => `${route} ${p}`));
    }
    assert.deepEqual(found, []);
    await page.close();
  });
}
