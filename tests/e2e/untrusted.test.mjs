// Data is untrusted input: the address bar cannot point the app at another origin (own page and
// embed), and a dataset with hostile links renders no link that is not http(s), mailto or tel on
// any route, and runs nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp } from './harness.mjs';
import { AppPage } from './app-page.mjs';
import { startEndpoint } from './fixtures.mjs';

let env, endpoint;
before(async () => { env = await setUp(); endpoint = await startEndpoint({ appUrl: env.app.url }); });
after(async () => { await endpoint?.close(); await env?.tearDown(); });

const ROUTES = ['/', '/netzwerke/gemeindenetzwerk', '/netzwerke/staedtenetzwerk', '/mitglieder', '/mitglieder/08111000',
  '/mitglieder/08317', '/karte', '/personen', '/veranstaltungen', '/veranstaltungen/lageb-2027-03', '/keb',
  '/impressum', '/barrierefreiheit', '/datenschutz', '/quellen', '/leichte-sprache', '/offene-daten'];

/** The only links the app may render: web pages, checked e-mail and phone links, its own routes. */
const ALLOWED_HREF = /^(https?:\/\/[^\s"<>\\]+|mailto:[A-Za-z0-9._+-]+@[^?&,\s]+|tel:\+?[0-9]+|#[\w/-]*)$/;

async function watched() {
  const page = await env.newPage();
  const app = new AppPage(page, env.app.url);
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  return { page, app, dialogs };
}

const foreign = () => `${endpoint.url}/good.json`;
const requestedForeign = (app) => app.requests.filter((u) => u.startsWith(endpoint.url + '/good.json'));

test('own page: ?daten= of another origin is refused, the bundled data shown and nothing fetched from there', async () => {
  const { page, app } = await watched();
  await app.open(`/mitglieder?daten=${encodeURIComponent(foreign())}`);
  const notice = await page.locator('.be-notice-warning').textContent();
  assert.match(notice, /Unzulässige Adresse, nicht verwendet: \?daten: http:\/\/127\.0\.0\.1:\d+\/good\.json/);
  assert.match(await page.locator('.be-footer-stand').textContent(), /25\.11\.2026/);
  assert.deepEqual(requestedForeign(app), []);
  await page.close();
});

test('own page: ?daten= still takes a file of its own origin (editors preview a new file)', async () => {
  const { page, app } = await watched();
  await app.open('/?daten=%2Fdata%2Fbe-netzwerke.json');
  assert.match(await app.notice.textContent(), /Daten aus externer Quelle: \/data\/be-netzwerke\.json/);
  await page.close();
});

test('embedded: the host page’s ?daten= never chooses the data', async () => {
  const { page, app } = await watched();
  await page.goto(`${endpoint.url}/host.html?daten=${encodeURIComponent(foreign())}#/mitglieder`);
  await app.ready();
  assert.match(await page.locator('.be-notice-warning').textContent(), /nicht verwendet: \?daten: http:\/\/127\.0\.0\.1/);
  assert.match(await page.locator('.be-footer-stand').textContent(), /25\.11\.2026/);
  assert.deepEqual(requestedForeign(app), []);
  await page.close();
});

test('a dataset with hostile links is refused with every place named, and no route renders a foreign link', async () => {
  const { page, app, dialogs } = await watched();
  const host = `${endpoint.url}/host.html?quelle=${encodeURIComponent('/hostile-links.json')}`;
  await page.goto(`${host}#/`);
  await app.ready();
  const notice = await app.noticeText();
  // a visitor sees the first problems and how many more there are (check-data lists them all)
  for (const path of ['events[0].registration_url', 'events[1].online_url', 'events[2].registration_url']) {
    assert.ok(notice.includes(`(bei ${path})`), `${path} named in: ${notice}`);
  }
  assert.match(notice, /ist keine Webadresse mit https:\/\/ .* und wird nicht verlinkt/);
  assert.match(notice, /… 5 weitere Probleme/, 'all eight hostile values are counted');
  const seen = new Set();
  for (const route of ROUTES) {
    await page.goto(`${host}#${route}`);
    await app.ready();
    const hrefs = await page.locator('[data-be-netzwerke] a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.length > 0, route);
    for (const href of hrefs) {
      assert.match(href, ALLOWED_HREF, `${route}: ${href}`);
      seen.add(href.split(':')[0]);
    }
  }
  assert.ok(seen.has('mailto') && seen.has('https'), [...seen].join(','));
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});
