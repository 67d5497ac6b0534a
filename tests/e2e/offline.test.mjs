// Offline after one visit: the service worker serves the app, the data, the map and the texts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp } from './harness.mjs';
import { AppPage } from './app-page.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

test('after one visit, the directory, a Kommune, the map, events and statement pages work offline', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const app = new AppPage(page, env.app.url);
  await app.open('/');
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 20_000 });
  await context.setOffline(true);
  await app.open('/mitglieder?kreis=08317');
  assert.equal(await app.headingText(), 'Mitgliederverzeichnis');
  assert.match(await page.locator('#be-result-count').textContent(), /von \d+ Treffern|\d+ Treffer/);
  await app.open('/mitglieder/08317096');
  assert.equal(await app.headingText(), 'Offenburg');
  // the footer says how old the data is: its Stand and when it was fetched
  assert.match(await page.locator('.be-footer-stand').textContent(), /^Datenstand: \d\d\.\d\d\.\d{4} · abgerufen \d\d\.\d\d\.\d{4}, \d\d:\d\d$/);
  await app.open('/karte');
  await page.locator('svg a[data-kreis]').first().waitFor();
  assert.equal(await page.locator('svg a[data-kreis]').count(), 44);
  await app.open('/veranstaltungen?zeitraum=alle');
  assert.ok((await page.locator('.be-event').count()) > 0);
  await app.open('/datenschutz');
  await page.locator('.be-prose').first().waitFor();
  await context.setOffline(false);
  await context.close();
});

test('the installable manifest names the app, its colour and an icon', async () => {
  const res = await fetch(new URL('manifest.webmanifest', env.app.url));
  const manifest = await res.json();
  assert.equal(manifest.name, 'BE-Netzwerke Baden-Württemberg');
  assert.equal(manifest.theme_color, '#00586b');
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.icons.length > 0);
});
