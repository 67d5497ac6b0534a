// The member directory: typing key by key, facets in the URL, reload and back/forward
// restoring them, paging, and the way from a result to its detail page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setUp, SHOTS } from './harness.mjs';
import { AppPage } from './app-page.mjs';
import { DirectoryPage } from './directory-page.mjs';

const DATA = JSON.parse(readFileSync('data/be-netzwerke.json', 'utf8'));

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

async function openDirectory(options, query) {
  const page = await env.newPage(options);
  const app = new AppPage(page, env.app.url);
  const dir = new DirectoryPage(app);
  await dir.open(query);
  return { page, app, dir };
}

test('a search typed key by key narrows the list and lives in the URL', async () => {
  const { page, app, dir } = await openDirectory();
  assert.equal(await dir.total(), DATA.kommunen.length + DATA.kreise.filter((k) => k.type === 'landkreis').length);
  await dir.searchBox.click();
  for (const key of 'Offenbu') {
    await page.keyboard.type(key);
    const typed = await dir.searchBox.inputValue();
    await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, typed);
    if (typed.length >= 4) assert.equal(await dir.firstResult(), 'Offenburg', `first hit for "${typed}"`);
  }
  assert.ok((await dir.total()) < 5, 'a few hits left');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'be-members-q', 'typing keeps the focus in the box');
  assert.equal(await dir.status.getAttribute('role'), 'status', 'the count is announced');
  // a typo and the missing umlauts still find the town
  await dir.searchBox.fill('schwabisch gmund');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'schwabisch gmund');
  assert.equal(await dir.firstResult(), 'Schwäbisch Gmünd');
  assert.deepEqual(await app.axeViolations(), []);
  // one hit is one hit: the count and the download say so in the singular
  await dir.searchBox.fill('Schwäbisch Gmünd');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Schwäbisch Gmünd');
  assert.equal((await dir.status.textContent()).trim(), '1 Treffer');
  await page.getByText('(1 Zeile, wie gefiltert)').waitFor();
  await page.close();
});

test('a facet combination is reflected in the URL and restored by reload and back/forward', async () => {
  const { page, app, dir } = await openDirectory({ viewport: { width: 360, height: 800 } });
  const inOrtenau = DATA.kommunen.filter((k) => k.kreis === '08317');
  const staedte = inOrtenau.filter((k) => k.type === 'stadt');

  await dir.openFilters();
  await dir.facet('Kreis').selectOption('08317');
  await page.waitForURL(/kreis=08317/);
  assert.equal(await dir.total(), inOrtenau.length + 1, 'the Gemeinden of the Ortenaukreis and the Kreis itself');

  await dir.facet('Art').selectOption('stadt');
  await page.waitForURL(/typ=stadt/);
  await dir.facet('Sortierung').selectOption('einwohner');
  await page.waitForURL(/sortierung=einwohner/);
  assert.equal(dir.params().get('kreis'), '08317');
  assert.equal(await dir.total(), staedte.length);
  const largestFirst = [...staedte].sort((a, b) => b.population - a.population).map((k) => k.name);
  assert.deepEqual(await dir.resultNames(), largestFirst);
  assert.deepEqual(await app.axeViolations(), [], 'axe on the filtered list at 360px');
  assert.ok((await app.overflowX()) <= 0, 'the filters fit a phone');
  await page.screenshot({ path: `${SHOTS}/directory_filtered_360.png`, fullPage: true });

  await page.reload();
  await app.ready();
  assert.equal(await dir.facet('Kreis').inputValue(), '08317');
  assert.equal(await dir.facet('Art').inputValue(), 'stadt');
  assert.equal(await dir.facet('Sortierung').inputValue(), 'einwohner');
  assert.deepEqual(await dir.resultNames(), largestFirst, 'reload restores the same list');

  await page.goBack();
  await page.waitForURL((u) => !u.search.includes('sortierung'));
  assert.equal(await dir.facet('Sortierung').inputValue(), 'relevanz');
  assert.equal(await dir.facet('Art').inputValue(), 'stadt');
  await page.goBack();
  await page.waitForURL((u) => !u.search.includes('typ='));
  assert.equal(await dir.facet('Art').inputValue(), '');
  assert.equal(await dir.total(), inOrtenau.length + 1);
  await page.goForward();
  await page.waitForURL(/typ=stadt/);
  assert.equal(await dir.total(), staedte.length);
  await page.close();
});

test('a shared link opens exactly the filtered view, including the page', async () => {
  const members = new Set(DATA.memberships.filter((m) => m.network === 'gemeindenetzwerk').map((m) => m.member));
  const { page, dir } = await openDirectory({}, 'netzwerk=gemeindenetzwerk&sortierung=name&seite=2');
  assert.equal(await dir.facet('Netzwerk').inputValue(), 'gemeindenetzwerk');
  assert.equal(await dir.total(), members.size);
  assert.match(await dir.statusText(), /^26–50 von/, 'the second page shows rows 26 to 50');
  const prev = page.getByRole('link', { name: /Vorherige Seite/ });
  await prev.click();
  await page.waitForURL((u) => !u.search.includes('seite='));
  await dir.waitForStatus(/^1–25 von 228/);
  await page.close();
});

test('a result leads to its Kommune page, with focus on the heading', async () => {
  const { page, app, dir } = await openDirectory({}, 'q=77652');
  assert.equal(await dir.firstResult(), 'Offenburg');
  await dir.resultLinks.first().click();
  await page.waitForURL(/\/mitglieder\/08317096$/);
  assert.equal(await app.headingText(), 'Offenburg');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
  assert.equal(await page.title(), 'Offenburg – BE-Netzwerke Baden-Württemberg');
  const keb = page.getByRole('link', { name: /KEB-Antrag für Offenburg/ });
  assert.match(await keb.getAttribute('href'), /\/keb\?kommune=08317096$/);
  await page.goBack();
  await page.waitForURL(/q=77652/);
  assert.equal(await dir.searchBox.inputValue(), '77652');
  await page.close();
});

test('a Kommune page answers in order: networks, whom to ask, what next; the facts last', async () => {
  const page = await env.newPage({ viewport: { width: 360, height: 800 } });
  const app = new AppPage(page, env.app.url);
  await app.open('/mitglieder/08317096');
  const headings = await page.locator('#be-main h2').allTextContents();
  assert.equal(headings[0], 'Mitgliedschaften');
  assert.equal(headings.at(-1), 'Eckdaten');
  assert.ok(headings.indexOf('Ansprechpersonen') < headings.indexOf('Eckdaten'));
  // the lead says what and where, without repeating the official name's type
  assert.equal((await page.locator('#be-main .be-lead').textContent()).trim(), 'Große Kreisstadt · Ortenaukreis');
  assert.match(await page.locator('.be-facts').textContent(), /Amtlicher NameOffenburg, Stadt/);
  // a Kommune in no municipal network is shown how to join, not a KEB start
  await app.open('/mitglieder/08335001');
  assert.equal(await page.locator('#be-main').getByRole('link', { name: /KEB-Antrag/ }).count(), 0);
  const join = page.getByRole('region', { name: /So wird Aach Mitglied/ });
  assert.ok((await join.getByRole('link').count()) > 0, 'a network to join');
  assert.match(await join.textContent(), /Fachberatung/);
  assert.deepEqual(await app.axeViolations(), []);
  await page.close();
});

test('no results: a clear message and a way back to the full list', async () => {
  const { page, app, dir } = await openDirectory({}, 'q=xyzxyz&typ=landkreis');
  assert.equal(await dir.total(), 0);
  assert.ok(await page.getByText(/Keine Treffer/).isVisible());
  await page.getByRole('link', { name: 'Alle Filter zurücksetzen' }).click();
  await page.waitForURL((u) => u.pathname === '/mitglieder' && u.search === '');
  assert.ok((await dir.total()) > 1000);
  assert.deepEqual(await app.axeViolations(), []);
  await page.close();
});
