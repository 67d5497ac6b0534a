// Real organisations behind the networks: who carries each one, who advises, the latest
// published member count with its date, the public page and when it was read; no invented
// contact where a real one exists; examples explain themselves.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setUp } from './harness.mjs';
import { AppPage } from './app-page.mjs';

const DATA = JSON.parse(readFileSync('data/be-netzwerke.json', 'utf8'));
const network = (id) => DATA.networks.find((n) => n.id === id);

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

async function facts(page) {
  const pairs = await page.locator('main dl.be-facts').first().evaluate((dl) =>
    [...dl.querySelectorAll('dt')].map((dt) => [dt.textContent.trim(), dt.nextElementSibling.textContent.trim()]));
  return Object.fromEntries(pairs);
}

test('each municipal network names its carrier, its Fachberatung and a dated member count with the source', async () => {
  const page = await env.newPage();
  const app = new AppPage(page, env.app.url);
  const expected = {
    staedtenetzwerk: ['Städtetag Baden-Württemberg', /^50 Städte \(Stand: Oktober 2003\)\s*Quelle: Sozialministerium/],
    gemeindenetzwerk: ['Gemeindetag Baden-Württemberg', /^228 Städte und Gemeinden \(Stand: März 2023\)\s*Quelle: Institut für angewandte Sozialwissenschaften Stuttgart/],
    landkreisnetzwerk: ['Landkreistag Baden-Württemberg', /^21 Landkreise \(Stand: 2003\)\s*Quelle: Sozialministerium/],
  };
  for (const [id, [carrier, count]] of Object.entries(expected)) {
    await app.open(`/netzwerke/${id}`);
    const f = await facts(page);
    assert.equal(f['Federführung'], carrier, id);
    assert.equal(f['Fachberatung'], network(id).fachberatung, id);
    assert.match(f['Zuletzt veröffentlichte Zahl'], count, id);
    // the organisation facts: the public page and the day it was read
    assert.match(await page.locator('.be-lead + .be-source').first().textContent(), /^Quelle: .+gelesen am 2\. Dezember 2026\)$/, id);
    // the contact is the organisation's real page; no invented address anywhere on the page
    const contact = page.locator('section[aria-labelledby="be-contact"]');
    assert.equal(await contact.locator('.be-badge').count(), 0, id);
    assert.equal(await contact.locator('a[rel~="external"]').first().getAttribute('href'), network(id).contact.web, id);
    assert.equal(await page.locator('a[href*="example.org"]').count(), 0, id);
  }
  // a membership's date as people read it
  await app.open('/netzwerke/staedtenetzwerk');
  assert.match(await page.locator('section[aria-labelledby="be-members"] li').first().textContent(), /^Aalen \(Stand Oktober 2003\)$/);
  await page.close();
});

test('the LagEB, as the current ministry page names it, with the older name FaLBE explained', async () => {
  const page = await env.newPage();
  const app = new AppPage(page, env.app.url);
  await app.open('/netzwerke/lageb');
  assert.match(await app.headingText(), /^LagEB – Landesarbeitsgemeinschaft für Bürgerengagement und Beteiligung/);
  assert.match(await page.locator('main .be-lead').textContent(), /FaLBE/);
  assert.match((await facts(page))['Zuletzt veröffentlichte Zahl'], /^mehr als 100 Fachkräfte \(Seite ohne Datum\)/);
  await app.open('/netzwerke/lageb?lang=en');
  assert.match((await facts(page))['Latest published count'], /^more than 100 professionals \(undated page\)/);
  await app.open('/netzwerke/gemeindenetzwerk?lang=en');
  assert.match((await facts(page))['Latest published count'], /^228 towns and municipalities \(as of March 2023\)/);
  await page.close();
});

test('a member Kommune is sent to the real Fachberatung of its network, not to an example', async () => {
  const page = await env.newPage();
  const app = new AppPage(page, env.app.url);
  await app.open('/mitglieder/08311000'); // Freiburg im Breisgau, StädteNetzWerk 2003
  const main = page.locator('#be-main');
  await main.getByText('Fachberatung Bürgerschaftliches Engagement des Städtetags Baden-Württemberg').first().waitFor();
  assert.equal(await main.locator('a[href*="example.org"]').count(), 0);
  await app.open('/keb?kommune=08311000');
  const advisers = page.locator('.be-notice-success li');
  assert.match(await advisers.first().textContent(), /^Fachberatung Bürgerschaftliches Engagement des Städtetags Baden-Württemberg \(Baden-Württemberg\) · Website$/);
  assert.equal(await advisers.first().getByRole('link').getAttribute('href'), network('staedtenetzwerk').contact.web);
  await page.close();
});
