// The statement pages: accessibility statement, privacy, easy read — texts from data/inhalte.json
// with the operator's details filled in; German easy read marked as German in the English view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setUp } from './harness.mjs';
import { AppPage } from './app-page.mjs';

const DATA = JSON.parse(readFileSync('data/be-netzwerke.json', 'utf8'));

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

async function open(path) {
  const page = await env.newPage({ viewport: { width: 360, height: 800 } });
  const app = new AppPage(page, env.app.url);
  await app.open(path);
  await page.locator('.be-prose').first().waitFor();
  return { page, app, text: async () => page.locator('main').innerText() };
}

test('Erklärung zur Barrierefreiheit: status, method, limits, feedback contact and enforcement', async () => {
  const { page, app, text } = await open('/barrierefreiheit');
  const headings = await page.locator('main h2').allTextContents();
  for (const h of ['Stand der Vereinbarkeit', 'Wie wir prüfen', 'Was noch nicht barrierefrei ist', 'Barrieren melden', 'Durchsetzungsverfahren']) {
    assert.ok(headings.includes(h), h);
  }
  const body = await text();
  assert.match(body, /BITV 2\.0/);
  assert.ok(body.includes(DATA.operator.accessibility_contact), 'the operator\'s feedback contact');
  assert.ok(!body.includes('{'), 'no unfilled placeholder');
  assert.deepEqual(await app.axeViolations(), []);
  await page.close();
});

test('Datenschutz names what is stored on the device and that nothing goes to third parties', async () => {
  const { page, text } = await open('/datenschutz');
  const body = await text();
  assert.match(body, /localStorage/);
  assert.match(body, /keine Dienste Dritter/);
  assert.ok(body.includes(DATA.operator.email));
  await page.close();
});

test('Leichte Sprache in the English view says it is German only and marks the text as German', async () => {
  const { page, app } = await open('/leichte-sprache?lang=en');
  assert.equal(await app.headingText(), 'Easy read (German)');
  assert.ok(await page.getByText('This text is available in German only.').isVisible());
  const items = page.locator('.be-prose li');
  assert.ok((await items.count()) > 5);
  assert.equal(await items.first().getAttribute('lang'), 'de');
  assert.deepEqual(await app.axeViolations(), []);
  await page.close();
});

test('Leichte Sprache: one statement per point, hard words explained, links to the pages it names, figures from the data, reached from the start page', async () => {
  const start = await env.newPage({ viewport: { width: 360, height: 800 } });
  const home = new AppPage(start, env.app.url);
  await home.open('/');
  await start.locator('main').getByRole('link', { name: 'Leichte Sprache', exact: true }).click();
  await home.ready();
  assert.equal(await home.headingText(), 'Leichte Sprache');
  const items = await start.locator('.be-prose li').allInnerTexts();
  for (const item of items) {
    // one statement: one sentence, a colon may introduce its second half
    assert.ok(item.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length <= 1, `more than one statement: ${item}`);
  }
  for (const word of ['Engagement heißt', 'Kommunal heißt', 'Ein Ministerium ist', 'Antrag heißt']) {
    assert.ok(items.some((i) => i.startsWith(word)), `${word} … is explained`);
  }
  const max = (DATA.keb.max_funding_cents / 100).toLocaleString('de-DE');
  assert.ok(items.includes(`Sie bekommt bis zu ${max} Euro.`), 'the KEB maximum comes from the data');
  assert.match(await start.getByRole('link', { name: 'Das geht hier auf der Seite: KEB-Antrag.' }).getAttribute('href'), /\/keb$/);
  assert.equal(await start.locator('.be-prose li a').count(), 6);
  assert.match(await start.locator('main').innerText(), /Stand: \d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) 20\d\d/);
  // the same text size as the other pages
  const size = () => start.locator('.be-prose li').first().evaluate((e) => getComputedStyle(e).fontSize);
  const easy = await size();
  await home.open('/datenschutz');
  await start.locator('.be-prose').first().waitFor();
  const body = await start.locator('.be-prose p').first().evaluate((e) => getComputedStyle(e).fontSize);
  assert.equal(easy, body);
  await start.close();
});
