// The map: a Kreis chosen by pointer or keyboard filters the directory; tooltips on hover and
// focus; the figures table; axe-clean and fitting a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setUp, SHOTS } from './harness.mjs';
import { AppPage } from './app-page.mjs';
import { DirectoryPage } from './directory-page.mjs';

const DATA = JSON.parse(readFileSync('data/be-netzwerke.json', 'utf8'));
const inKreis = (key) => DATA.kommunen.filter((k) => k.kreis === key).length
  + DATA.kreise.filter((k) => k.key === key && k.type === 'landkreis').length;

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

async function openMap(viewport) {
  const page = await env.newPage({ viewport });
  const app = new AppPage(page, env.app.url);
  await app.open('/karte');
  await page.locator('svg a').first().waitFor();
  return { page, app, kreis: (name) => page.locator('svg a').filter({ has: page.locator('path') }).and(page.locator(`[aria-label^="${name}:"]`)) };
}

test('clicking the Ortenaukreis opens the directory filtered to 08317', async () => {
  const { page, app, kreis } = await openMap({ width: 1280, height: 900 });
  assert.equal(await page.locator('svg a[data-kreis]').count(), 44, 'all 44 Kreise are links');
  await kreis('Ortenaukreis').hover();
  const tooltip = page.locator('.be-map-tooltip');
  assert.match(await tooltip.textContent(), /^Ortenaukreis/);
  assert.deepEqual(await app.axeViolations(), [], 'axe with a tooltip open');
  await page.screenshot({ path: `${SHOTS}/map_hover_1280.png` });
  await kreis('Ortenaukreis').click();
  await page.waitForURL(/\/mitglieder\?kreis=08317$/);
  const dir = new DirectoryPage(app);
  await dir.waitForStatus(new RegExp(`von ${inKreis('08317')} Treffern|^${inKreis('08317')} Treffer`));
  assert.equal(await dir.total(), inKreis('08317'));
  assert.equal(await dir.facet('Kreis').inputValue(), '08317');
  assert.equal(await app.headingText(), 'Mitgliederverzeichnis');
  await page.close();
});

test('keyboard only: Tab reaches a Kreis, shows its tooltip, Enter selects it, and Tab leaves the map', async () => {
  const { page, app } = await openMap({ width: 360, height: 800 });
  assert.ok((await app.overflowX()) <= 0, 'the map fits 360px');
  const first = page.locator('svg a[data-kreis]').first();
  await first.focus();
  const key = await first.getAttribute('data-kreis');
  assert.ok(await page.locator('.be-map-tooltip').isVisible(), 'tooltip on keyboard focus');
  await page.keyboard.press('Tab');
  const second = await page.evaluate(() => document.activeElement.getAttribute('data-kreis'));
  assert.ok(second && second !== key, 'Tab moves to the next Kreis');
  // no trap: 44 more Tabs leave the map
  for (let i = 0; i < 44; i++) await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.closest('svg')), null, 'focus left the map');
  let last = null;
  for (let i = 0; i < 3 && !last; i++) {
    await page.keyboard.press('Shift+Tab');
    last = await page.evaluate(() => document.activeElement.getAttribute('data-kreis'));
  }
  assert.ok(last, 'Shift+Tab goes back into the map');
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`kreis=${last}$`));
  assert.equal(await new DirectoryPage(app).total(), inKreis(last));
  await page.close();
});

test('keyboard only: a skip link before the map leads past its 44 Kreise to the table', async () => {
  const { page } = await openMap({ width: 360, height: 800 });
  await page.locator('#be-main h1').focus();
  let active = '';
  for (let i = 0; i < 5 && active !== 'skip'; i++) {
    await page.keyboard.press('Tab');
    active = await page.evaluate(() => (document.activeElement.matches('.be-map-frame .be-skip-link') ? 'skip' : document.activeElement.tagName));
  }
  assert.equal(active, 'skip', 'the skip link comes before the first Kreis');
  const skip = page.locator('.be-map-frame .be-skip-link');
  assert.ok(await skip.isVisible(), 'shown when focused');
  assert.equal((await skip.textContent()).trim(), 'Karte überspringen: zur Tabelle der Kreise');
  const url = page.url();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'be-map-table');
  assert.equal(page.url(), url, 'the route stays');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.closest('svg')), null, 'the next Tab is in the table, not the map');
  await page.close();
});

test('the table beside the map holds the same figures, with links', async () => {
  const { page, app } = await openMap({ width: 360, height: 800 });
  const rows = page.locator('.be-table tbody tr');
  assert.equal(await rows.count(), 44);
  const ortenau = page.locator('.be-table tr[data-kreis="08317"]');
  const members = DATA.kommunen.filter((k) => k.kreis === '08317'
    && DATA.memberships.some((m) => m.member === k.key)).length;
  const total = DATA.kommunen.filter((k) => k.kreis === '08317').length;
  assert.equal((await ortenau.locator('td').last().textContent()).trim(), `${members} von ${total}`);
  const lkn = DATA.memberships.some((m) => m.network === 'landkreisnetzwerk' && m.member === '08317');
  assert.equal((await ortenau.locator('td').first().textContent()).trim(), lkn ? 'Ja' : 'Nein');
  const label = await page.locator('svg a[data-kreis="08317"]').getAttribute('aria-label');
  assert.match(label, new RegExp(`^Ortenaukreis: ${members} von ${total} Gemeinden Mitglied`));
  assert.deepEqual(await app.axeViolations(), []);
  // the whole table fits a phone: no column cut off, nothing to scroll sideways inside it
  const table = await page.locator('#be-map-table').evaluate((e) => ({ scroll: e.scrollWidth, width: e.clientWidth }));
  assert.ok(table.scroll <= table.width, `the table is ${table.scroll - table.width} px wider than the screen`);
  await page.screenshot({ path: `${SHOTS}/map_360.png`, fullPage: true });
  await page.close();
});
