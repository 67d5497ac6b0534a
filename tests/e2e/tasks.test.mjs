// The tasks people come for, as a citizen on a 360 px phone meets them: the start page leads
// with finding a Kommune (a search box), the KEB funding and the next events; the header stays
// small; in the directory the results come before the filters.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setUp, SHOTS } from './harness.mjs';
import { AppPage } from './app-page.mjs';
import { DirectoryPage } from './directory-page.mjs';

const DATA = JSON.parse(readFileSync('data/be-netzwerke.json', 'utf8'));
const PHONE = { viewport: { width: 360, height: 800 } };
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const euro = (cents, locale) => `${(cents / 100).toLocaleString(locale, { minimumFractionDigits: 2 })} €`;

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

async function open(path, options = PHONE) {
  const page = await env.newPage(options);
  const app = new AppPage(page, env.app.url);
  await app.open(path);
  return { page, app };
}

const bottom = async (locator) => { const b = await locator.boundingBox(); return b.y + b.height; };

test('start page on a phone: the search box and the KEB funding in the first screen, a search leads to the Kommune', async () => {
  const { page, app } = await open('/');
  const box = page.getByRole('searchbox', { name: 'Kommune, Kreis, PLZ oder Schlüssel' });
  assert.ok(await bottom(box) <= 800, 'search box in the first screen');
  const keb = page.getByRole('region', { name: 'KEB-Förderung beantragen' });
  assert.match(await keb.textContent(), new RegExp(`bis zu ${euro(DATA.keb.max_funding_cents, 'de-DE').replace('.', '\\.')}`));
  assert.equal(await keb.getByRole('link', { name: 'Zum KEB-Antrag' }).getAttribute('href'), '/keb');
  // the next events: the soonest three, and the way to all of them
  const upcoming = page.getByRole('region', { name: 'Nächste Termine' });
  assert.ok((await upcoming.locator('.be-event').count()) <= 3);
  assert.ok((await upcoming.locator('.be-event').count()) >= 1);
  assert.ok(await upcoming.getByRole('link', { name: 'Alle Veranstaltungen' }).isVisible());
  await page.screenshot({ path: `${SHOTS}/start-360.png`, fullPage: true });
  assert.deepEqual(await app.axeViolations(), []);

  await box.fill('schwäbisch gmünd');
  await box.press('Enter');
  await page.waitForURL(/\/mitglieder\?q=/);
  const dir = new DirectoryPage(app);
  await dir.waitForStatus(/Treffer/);
  assert.equal(await dir.firstResult(), 'Schwäbisch Gmünd');
  // the hit is in the first screen, not below six filters
  assert.ok(await bottom(dir.resultLinks.first()) <= 800, `first result ends at ${await bottom(dir.resultLinks.first())} px`);
  assert.equal(await page.locator('details.be-filters').getAttribute('open'), null, 'filters folded on a phone');
  await page.screenshot({ path: `${SHOTS}/mitglieder-suche-360.png`, fullPage: true });
  assert.equal(await app.overflowX(), 0);
  await page.context().close();
});

test('the filters open on a phone and fit: labels whole, one per row; on a wide screen they are open', async () => {
  const { page, app } = await open('/mitglieder');
  await page.locator('details.be-filters > summary').click();
  const label = page.locator('label[for="be-f-rb"]');
  assert.equal(await label.evaluate((l) => l.getClientRects().length), 1, 'the label "Regierungsbezirk" on one line');
  const select = page.locator('#be-f-kreis');
  assert.ok(await select.evaluate((s) => s.getBoundingClientRect().right <= window.innerWidth), 'the select fits the screen');
  await select.selectOption({ label: 'Ortenaukreis' });
  await page.waitForFunction(() => new URL(location.href).searchParams.get('kreis'));
  assert.match(await page.locator('details.be-filters > summary').textContent(), /Filter \(1 aktiv\)/);
  // a link with a filter opens with the filters shown
  await page.reload();
  await app.ready();
  assert.notEqual(await page.locator('details.be-filters').getAttribute('open'), null);
  await page.context().close();

  const wide = await open('/mitglieder', DESKTOP);
  assert.notEqual(await wide.page.locator('details.be-filters').getAttribute('open'), null, 'open on a wide screen');
  await wide.page.context().close();
});

test('the header on a phone is compact and its navigation still reaches every section by keyboard', async () => {
  for (const path of ['/', '/mitglieder', '/keb']) {
    const { page } = await open(path);
    const header = await page.locator('header.be-header').boundingBox();
    assert.ok(header.height <= 120, `${path}: header ${header.height} px high`);
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    const last = nav.getByRole('link', { name: 'KEB-Antrag' });
    await last.focus();
    const box = await last.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 360, `${path}: the focused last item scrolled into view`);
    assert.ok(box.height >= 24, 'target size');
    await page.context().close();
  }
});

test('English: the tasks and the amount as an English reader writes them', async () => {
  const { page } = await open('/?lang=en', DESKTOP);
  const keb = page.getByRole('region', { name: 'Apply for KEB funding' });
  assert.match(await keb.textContent(), new RegExp(`up to ${euro(DATA.keb.max_funding_cents, 'en-GB').replace('.', '\\.')}`));
  assert.ok(await page.getByRole('searchbox', { name: 'Municipality, district, postcode or key' }).isVisible());
  await page.screenshot({ path: `${SHOTS}/start-en-1280.png`, fullPage: true });
  await page.context().close();
});

test('English: example records are marked "Example" by their badge, with no German prefix in their names', async () => {
  for (const path of ['/personen?lang=en', '/veranstaltungen?lang=en', '/impressum?lang=en']) {
    const { page } = await open(path, DESKTOP);
    await page.locator('.be-badge').first().waitFor();
    const text = await page.locator('main').innerText();
    assert.doesNotMatch(text, /Beispiel/, `${path} reads English`);
    assert.match(text, /Example/, `${path} marks its examples`);
    await page.context().close();
  }
});
