// Offline after one visit: the service worker serves the app, the data, the map and the texts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, SHOTS } from './harness.mjs';
import { AppPage } from './app-page.mjs';
import { KebPage, fixClock } from './keb-page.mjs';
import { startReceiver, deployWithSubmit } from './receiver.mjs';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

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

test('offline after one visit: the wizard opens, an application sent offline is queued and sent exactly once when online', async () => {
  const receiver = await startReceiver();
  const server = await deployWithSubmit(receiver.url);
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await fixClock(context);
  const page = await context.newPage();
  const app = new AppPage(page, server.url);
  const keb = new KebPage(app);
  try {
    await app.open('/');
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 20_000 });
    await context.setOffline(true);
    await keb.start(); // a reload of /keb, offline: page, data and the KEB module from the cache
    await keb.answerAll();
    await keb.declareAndSend();
    await page.getByText(/Keine Verbindung\. Ihr Antrag ist auf diesem Gerät zwischengespeichert/).waitFor();
    assert.equal(receiver.state.posts.length, 0);
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${SHOTS}/keb-wartet-${width}.png`, fullPage: true });
    }
    await context.setOffline(false);
    await page.locator('h1', { hasText: 'Antrag gesendet' }).waitFor({ timeout: 20_000 });
    assert.equal(receiver.state.posts.length, 1, 'sent once');
    assert.equal(receiver.state.accepted.size, 1);
    // nothing left waiting on the device
    assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('ausgang')).length), 0);
  } finally {
    await context.close();
    await server.close();
    await receiver.close();
  }
});

test('a new build is picked up on the next visit, whole: its own cache, the old one gone', async () => {
  const receiver = await startReceiver();
  const server = await deployWithSubmit(receiver.url);
  const context = await env.browser.newContext();
  try {
    let page = await context.newPage();
    let app = new AppPage(page, server.url);
    await app.open('/');
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 20_000 });
    const caches1 = await page.evaluate(() => caches.keys());
    // deploy: a changed page, and sw.js made again for the changed files
    const index = join(server.root, 'index.html');
    await writeFile(index, (await readFile(index, 'utf8')).replace('<title>', '<meta name=be-build content=2><title>'));
    execFileSync('node', ['tools/sw-manifest.mjs', server.root]);
    await app.open('/mitglieder'); // the browser finds the new service worker; this page stays on the old build
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.waitForFunction(() => navigator.serviceWorker.getRegistration().then((r) => !!r.waiting), null, { timeout: 20_000 });
    const marker = () => page.evaluate(() => document.querySelector('meta[name=be-build]')?.content ?? null);
    assert.equal(await marker(), null, 'the open page stays on its build');
    await page.close();
    // the next visit, once the browser has let the new service worker take over (no page of the old build open)
    await new Promise((ok) => setTimeout(ok, 2000));
    page = await context.newPage();
    app = new AppPage(page, server.url);
    await app.open('/');
    assert.equal(await page.evaluate(() => document.querySelector('meta[name=be-build]')?.content), '2');
    const caches2 = await page.evaluate(() => caches.keys());
    const apps = caches2.filter((k) => k.startsWith('be-app-'));
    assert.equal(apps.length, 1, `one app cache: ${caches2}`);
    assert.ok(!caches1.includes(apps[0]), 'a new cache for the new build');
  } finally {
    await context.close();
    await server.close();
    await receiver.close();
  }
});
