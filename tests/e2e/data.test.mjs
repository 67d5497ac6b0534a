// The data source chosen by the embedding page (data-source): good data is used and named; every
// broken source gives a clear message and the bundled data; hostile strings stay text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setUp } from './harness.mjs';
import { AppPage } from './app-page.mjs';
import { startEndpoint, HOSTILE_KEY, HOSTILE_NAME } from './fixtures.mjs';

let env, endpoint;
before(async () => { env = await setUp(); endpoint = await startEndpoint({ appUrl: env.app.url }); });
after(async () => { await endpoint?.close(); await env?.tearDown(); });

/** A CMS page embedding the app with data-source=`source`, opened at the app route `path`. */
async function openWithSource(source, path = '/') {
  const page = await env.newPage();
  const app = new AppPage(page, env.app.url);
  await page.goto(`${endpoint.url}/host.html?quelle=${encodeURIComponent(source)}#${path}`);
  await app.ready();
  return { page, app };
}

test('a good endpoint is used and named', async () => {
  const { page, app } = await openWithSource(`${endpoint.url}/good.json`);
  assert.match(await app.notice.textContent(), /Daten aus externer Quelle: http:\/\/127\.0\.0\.1:\d+\/good\.json/);
  assert.match(await page.locator('.be-footer-stand').textContent(), /24\.11\.2026/);
  await page.close();
});

test('a file that starts with a byte order mark is read', async () => {
  const { page } = await openWithSource('/bom.json');
  assert.match(await page.locator('.be-footer-stand').textContent(), /23\.11\.2026/);
  assert.equal(await page.locator('.be-notice-warning').count(), 0);
  await page.close();
});

const BROKEN = [
  ['unreachable endpoint', () => `${endpoint.closedUrl}/x.json`, /nicht erreichbar/],
  ['malformed body', () => `${endpoint.url}/malformed.json`, /kein gültiges JSON: Fehler in Zeile 3, Spalte 25/],
  ['HTML instead of JSON', () => `${endpoint.url}/html.json`, /kein gültiges JSON: Fehler in Zeile 1, Spalte 1/],
  ['no answer in 10 s', () => `${endpoint.url}/never.json`, /nicht innerhalb von 10 Sekunden/],
  ['HTTP 503', () => `${endpoint.url}/error503.json`, /HTTP 503/],
  ['wrong schema version', () => `${endpoint.url}/v2.json`, /Falsche Schema-Version 2/],
  ['missing field', () => `${endpoint.url}/missing.json`, /Pflichtfeld „plz“ fehlt \(bei kommunen\[7\]\)/],
  ['unknown reference', () => `${endpoint.url}/unknown-ref.json`, /„08999999“.*memberships\[0\]\.member/],
];

for (const [name, source, message] of BROKEN) {
  test(`${name}: clear message, bundled data shown`, async () => {
    const { page, app } = await openWithSource(source());
    const text = await app.noticeText();
    assert.match(text, /Angezeigt werden die mitgelieferten Daten/);
    assert.match(text, message);
    assert.equal(await app.headingText(), 'Das Netzwerk der Netzwerke');
    assert.match(await page.locator('.be-footer-stand').textContent(), /25\.11\.2026/);
    assert.deepEqual(await app.axeViolations(), []);
    await page.close();
  });
}

test('a hostile name renders as text, never as HTML', async () => {
  const { page, app } = await openWithSource(`${endpoint.url}/hostile.json`, `/mitglieder/${HOSTILE_KEY}`);
  assert.equal(await app.headingText(), HOSTILE_NAME);
  assert.equal(await page.locator('main img').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await page.close();
});

test('a javascript: source is refused with a notice', async () => {
  const { page } = await openWithSource('javascript:alert(1)');
  assert.match(await page.locator('.be-notice-warning').textContent(), /Unzulässige Adresse, nicht verwendet: data-source: javascript:alert\(1\)/);
  await page.close();
});

test('the problems are described by a part loaded on demand; if it cannot be loaded, the notice still says what is shown and offers a retry', async () => {
  const parts = JSON.parse(readFileSync('dist/parts.json', 'utf8'));
  const fileOf = (url) => new URL(url).pathname.split('/').pop();
  // no service worker: its precache would fetch the part past the blocked route
  const page = await env.newPage({ serviceWorkers: 'block' });
  const app = new AppPage(page, env.app.url);
  let blocked = true;
  await page.route((url) => parts.pages.includes(fileOf(url.href)), (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(`${endpoint.url}/host.html?quelle=${encodeURIComponent(`${endpoint.url}/missing.json`)}#/`);
  await app.ready();
  const notice = page.locator('.be-notice-warning');
  await notice.getByText('Dieser Teil der Anwendung konnte nicht geladen werden.').waitFor({ timeout: 15_000 });
  assert.match(await notice.textContent(), /Angezeigt werden die mitgelieferten Daten/);
  assert.equal(await app.headingText(), 'Das Netzwerk der Netzwerke', 'the start page is shown with the bundled data');
  blocked = false;
  await notice.getByRole('button', { name: 'Erneut versuchen' }).click();
  assert.match(await app.noticeText(), /Pflichtfeld „plz“ fehlt \(bei kommunen\[7\]\)/);
  await page.close();
});
