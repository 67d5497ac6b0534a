// Open data: a filtered view downloads exactly its rows as CSV and JSON, with licence and Stand;
// the "Offene Daten" page documents every field and links the feed and its schema.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { setUp } from './harness.mjs';
import { AppPage } from './app-page.mjs';
import { DirectoryPage } from './directory-page.mjs';
import { recordBlobTypes, downloadVia } from './download.mjs';

const DATA = JSON.parse(readFileSync('data/be-netzwerke.json', 'utf8'));

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

/** Header and data records of our CSV (the footer after the empty line is split off). */
function readCsv(text) {
  assert.ok(text.startsWith('\uFEFF'), 'UTF-8 BOM');
  const [body, footer] = text.slice(1).split('\r\n\r\n');
  const records = parse(body, { delimiter: ';', relax_column_count: false });
  return { header: records[0], rows: records.slice(1), footer };
}

async function open(query) {
  const page = await env.newPage({ acceptDownloads: true, viewport: { width: 360, height: 800 } });
  await recordBlobTypes(page);
  const app = new AppPage(page, env.app.url);
  const dir = new DirectoryPage(app);
  await dir.open(query);
  return { page, app, dir };
}

test('a filtered directory downloads exactly the visible rows as CSV', async () => {
  const { page, app, dir } = await open('kreis=08317&typ=grosse_kreisstadt&sortierung=einwohner');
  const shown = await page.locator('#be-results > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href').split('/').pop()));
  assert.ok(shown.length > 3 && shown.length <= 25, 'one page of results');
  assert.deepEqual(await app.axeViolations(), []);
  const file = await downloadVia(page, page.getByRole('button', { name: 'CSV (Tabellenkalkulation)' }));
  assert.match(file.name, /^be-netzwerke_mitglieder_\d{4}-\d{2}-\d{2}\.csv$/);
  assert.equal(file.type, 'text/csv;charset=utf-8');
  const { header, rows, footer } = readCsv(file.text);
  assert.equal(header[0], 'schluessel');
  assert.deepEqual(rows.map((r) => r[0]), shown, 'same rows, same order');
  const offenburg = rows.find((r) => r[1] === 'Offenburg');
  assert.equal(offenburg[header.indexOf('flaeche_km2')], '78,37');
  assert.match(footer, /Datenstand/);
  assert.match(footer, /dl-de\/by-2-0/);
  assert.match(footer, /kreis=08317/, 'the file names the view it came from');
  await page.close();
});

test('JSON of a search across pages: every matching row with typed values and licence', async () => {
  const { page, dir } = await open('q=stadt');
  const total = await dir.total();
  assert.ok(total > 25, 'more than one page');
  const file = await downloadVia(page, page.getByRole('button', { name: 'JSON', exact: true }));
  assert.match(file.name, /^be-netzwerke_mitglieder_\d{4}-\d{2}-\d{2}\.json$/);
  const json = JSON.parse(file.text);
  assert.equal(json.rows.length, total);
  assert.equal(json.meta.rows, total);
  assert.equal(json.meta.stand, DATA.stand);
  assert.ok(json.meta.sources.some((s) => s.licence === 'dl-de/by-2-0'));
  assert.equal(typeof json.rows[0].einwohner, 'number');
  const firstPage = await page.locator('#be-results > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href').split('/').pop()));
  assert.deepEqual(json.rows.slice(0, 25).map((r) => r.schluessel), firstPage, 'same order as on screen');
  await page.close();
});

test('the people page and the events list download what they show', async () => {
  const { page, app } = await open('');
  await app.open('/personen');
  const people = await downloadVia(page, page.getByRole('button', { name: 'CSV (Tabellenkalkulation)' }));
  const { rows } = readCsv(people.text);
  assert.equal(rows.length, DATA.people.length);
  const phone = rows[0][5];
  assert.ok(phone === '' || phone.startsWith("'+"), 'phone numbers cannot become formulas');
  await app.open('/veranstaltungen?zeitraum=alle&netzwerk=landesnetzwerk');
  const events = await downloadVia(page, page.getByRole('button', { name: 'CSV (Tabellenkalkulation)' }));
  const ids = readCsv(events.text).rows.map((r) => r[0]);
  const shown = await page.locator('.be-event').evaluateAll((els) => els.map((e) => e.dataset.event));
  assert.deepEqual(ids, shown);
  await page.close();
});

test('the Offene Daten page documents every field and links the feed and its schema', async () => {
  const { page, app } = await open('');
  await app.open('/offene-daten');
  const fields = await page.locator('.be-fields tbody th code').allTextContents();
  for (const f of ['schluessel', 'einwohner', 'flaeche_km2', 'netzwerke', 'rolle', 'beginn', 'ganztaegig']) {
    assert.ok(fields.includes(f), `${f} documented`);
  }
  const schemaHref = await page.getByRole('link', { name: /be-netzwerke\.schema\.json$/ }).getAttribute('href');
  const schema = await page.request.get(schemaHref);
  assert.equal(schema.status(), 200);
  assert.equal((await schema.json()).$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.deepEqual(await app.axeViolations(), []);
  assert.ok((await app.overflowX()) <= 0);
  await page.close();
});
