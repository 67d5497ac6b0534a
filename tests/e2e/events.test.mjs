// Events: upcoming first, filters in the URL, a filtered list downloaded as exactly those
// events, and an event page with its calendar file and schema.org data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setUp, SHOTS } from './harness.mjs';
import { AppPage } from './app-page.mjs';
import { EventsPage, eventIds, ICAL } from './events-page.mjs';
import { recordBlobTypes } from './download.mjs';

const DATA = JSON.parse(readFileSync('data/be-netzwerke.json', 'utf8'));
const byStart = (a, b) => a.start.localeCompare(b.start);
const todayInGermany = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

async function openEvents(query, viewport) {
  const page = await env.newPage({ viewport, acceptDownloads: true });
  await recordBlobTypes(page);
  const app = new AppPage(page, env.app.url);
  const events = new EventsPage(app);
  await events.open(query);
  return { page, app, events };
}

test('the list shows upcoming events first, soonest first, and past ones on request', async () => {
  const { page, app, events } = await openEvents('', { width: 360, height: 800 });
  const today = todayInGermany();
  const upcoming = DATA.events.filter((e) => e.end.slice(0, 10) >= today).sort(byStart).map((e) => e.id);
  assert.deepEqual(await events.shownIds, upcoming);
  await events.facet('Zeitraum').selectOption('vergangen');
  await page.waitForURL(/zeitraum=vergangen/);
  const past = DATA.events.filter((e) => e.end.slice(0, 10) < today).sort(byStart).reverse().map((e) => e.id);
  assert.deepEqual(await events.shownIds, past);
  assert.deepEqual(await app.axeViolations(), []);
  assert.ok((await app.overflowX()) <= 0);
  await page.close();
});

test('the month filter offers the months of the chosen period; nothing to download, no download offered', async () => {
  const { page, events } = await openEvents('', { width: 360, height: 800 });
  const today = todayInGermany();
  const months = (list) => [...new Set(list.map((e) => e.start.slice(0, 7)))].sort();
  const offered = async () => (await events.facet('Monat').locator('option').evaluateAll((os) => os.map((o) => o.value))).filter(Boolean);
  assert.deepEqual(await offered(), months(DATA.events.filter((e) => e.end.slice(0, 10) >= today)));
  await events.facet('Zeitraum').selectOption('vergangen');
  await page.waitForURL(/zeitraum=vergangen/);
  const past = months(DATA.events.filter((e) => e.end.slice(0, 10) < today));
  assert.deepEqual(await offered(), past);
  // a past month, then back to the upcoming ones: the month does not linger and hide everything
  await events.facet('Monat').selectOption(past[0]);
  await page.waitForURL(/monat=/);
  await events.facet('Zeitraum').selectOption('kommend');
  await page.waitForURL((u) => !u.search.includes('monat='));
  assert.ok((await events.shownIds).length > 0);
  // a month without events (an old link): no calendar and no CSV/JSON offered
  await events.open('zeitraum=alle&monat=1999-01');
  assert.equal((await events.shownIds).length, 0);
  assert.equal(await page.getByRole('button', { name: /Kalenderdatei|CSV|JSON/ }).count(), 0);
  await page.close();
});

test('filtering then downloading gives a calendar with exactly the filtered events', async () => {
  const { page, app, events } = await openEvents('zeitraum=alle', { width: 1280, height: 900 });
  await events.facet('Art').selectOption('landesnetzwerkkonferenz');
  await page.waitForURL(/art=landesnetzwerkkonferenz/);
  await events.facet('Teilnahme').selectOption('vor-ort');
  await page.waitForURL(/format=vor-ort/);
  const expected = DATA.events.filter((e) => e.kind === 'landesnetzwerkkonferenz' && e.place).sort(byStart).map((e) => e.id);
  assert.deepEqual(await events.shownIds, expected);
  await page.screenshot({ path: `${SHOTS}/events_filtered_1280.png`, fullPage: true });

  const file = await events.download(/Diese Liste als Kalenderdatei/);
  assert.match(file.name, /^be-netzwerke_veranstaltungen_\d{4}-\d{2}-\d{2}\.ics$/);
  assert.equal(file.type, 'text/calendar;charset=utf-8');
  assert.deepEqual(eventIds(file.calendar), expected);
  const vevent = file.calendar.getAllSubcomponents('vevent')[0];
  assert.equal(vevent.getFirstPropertyValue('url'), new URL(`/veranstaltungen/${expected[0]}`, env.app.url).href);

  await page.reload();
  await app.ready();
  assert.deepEqual(await events.shownIds, expected, 'reload keeps the filters');
  await page.close();
});

test('an event page: German date and time, calendar file across the clock change, schema.org data', async () => {
  const { page, app } = await openEvents('zeitraum=alle', { width: 360, height: 800 });
  await page.locator('[data-event="lageb-2027-03"] a').click();
  await page.waitForURL(/\/veranstaltungen\/lageb-2027-03$/);
  assert.equal(await app.headingText(), 'LagEB-Fachtag: Engagement, Beteiligung; Demokratie');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
  assert.ok(await page.getByText('Samstag, 27. März 2027, 18:00 Uhr – Sonntag, 28. März 2027, 13:00 Uhr').isVisible());

  const file = await new EventsPage(app).download(/In Kalender eintragen/);
  assert.equal(file.name, 'be-netzwerke_lageb-2027-03.ics');
  const vtz = file.calendar.getFirstSubcomponent('vtimezone');
  ICAL.TimezoneService.register(vtz);
  const ev = new ICAL.Event(file.calendar.getFirstSubcomponent('vevent'));
  assert.equal(ev.summary, 'LagEB-Fachtag: Engagement, Beteiligung; Demokratie');
  // 18:00 CET on Saturday, 13:00 CEST on Sunday: the clocks go forward in between
  assert.equal(ev.startDate.toUnixTime(), Date.UTC(2027, 2, 27, 17, 0) / 1000);
  assert.equal(ev.endDate.toUnixTime(), Date.UTC(2027, 2, 28, 11, 0) / 1000);

  const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
  assert.equal(ld['@type'], 'Event');
  assert.equal(ld.startDate, '2027-03-27T18:00:00+01:00');
  assert.equal(ld.endDate, '2027-03-28T13:00:00+02:00');
  assert.equal(ld.location[0].address, 'Am See 2, 88045 Friedrichshafen');
  assert.deepEqual(await app.axeViolations(), []);
  await page.close();
});

test('an all-day course is an all-day calendar entry', async () => {
  const { page, app } = await openEvents('', { width: 1280, height: 800 });
  await app.open('/veranstaltungen/bm-kurs-2027-1');
  const file = await new EventsPage(app).download(/In Kalender eintragen/);
  const ev = new ICAL.Event(file.calendar.getFirstSubcomponent('vevent'));
  assert.ok(ev.startDate.isDate, 'a date without time');
  assert.equal(ev.startDate.toString(), '2027-01-22');
  assert.equal(ev.endDate.toString(), '2027-01-24');
  await page.close();
});

test('network and Kommune pages list their upcoming events', async () => {
  const { page, app } = await openEvents('', { width: 1280, height: 800 });
  const today = todayInGermany();
  const expected = DATA.events.filter((e) => e.network === 'landesnetzwerk' && e.end.slice(0, 10) >= today).map((e) => e.id);
  await app.open('/netzwerke/landesnetzwerk');
  const shown = await page.locator('.be-event').evaluateAll((els) => els.map((e) => e.dataset.event));
  assert.deepEqual(shown, expected);
  await app.open('/mitglieder/08317');
  const ortenau = DATA.events.filter((e) => e.end.slice(0, 10) >= today && e.place
    && DATA.kommunen.find((k) => k.key === e.place.kommune)?.kreis === '08317').map((e) => e.id);
  assert.deepEqual(await page.locator('.be-event').evaluateAll((els) => els.map((e) => e.dataset.event)), ortenau);
  await page.close();
});
