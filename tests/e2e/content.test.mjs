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
