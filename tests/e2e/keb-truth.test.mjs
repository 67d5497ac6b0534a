// What the KEB wizard says about an application is true wherever it is read: in a fresh browser, a
// new tab, after a reload or a closed tab; the programme's dates and yearly limits from the data;
// the document for the network in German. Built without a receiver (the clerk hands it in).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launchChromium } from './browser.mjs';
import { AppPage } from './app-page.mjs';
import { KebPage, ANSWERS, answersStarting, fixClock } from './keb-page.mjs';
import { SHOTS, LOOPBACK_POLICY } from './harness.mjs';
import { startServer } from '../../tools/serve.mjs';
import { contrastProblems } from './contrast.mjs';

const DATA = JSON.parse(await readFile('data/be-netzwerke.json', 'utf8'));
const PREPARED = 'Antrag fertig – noch nicht eingereicht';
const UNKNOWN = 'Antrag auf diesem Gerät nicht bekannt';

let browser, app;
before(async () => {
  browser = await launchChromium();
  app = await startServer({ root: 'dist', csp: LOOPBACK_POLICY });
});
after(async () => { await browser?.close(); await app?.close(); });

async function open({ day, viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block', acceptDownloads: true });
  await fixClock(context, day);
  const page = await context.newPage();
  const appPage = new AppPage(page, app.url);
  return { context, page, appPage, keb: new KebPage(appPage) };
}

/** Declares and finishes on the check page; the reference the confirmation shows. */
async function finish(page) {
  await page.getByLabel(/Ich bestätige/).check();
  await page.getByRole('button', { name: 'Antrag fertigstellen' }).click();
  await page.getByRole('heading', { level: 1, name: PREPARED }).waitFor();
  return (await page.locator('.be-reference').textContent()).trim();
}

/** Everything a page says, and whether it wears the green panel of a real acceptance. */
async function claims(page) {
  return { text: await page.locator('main').innerText(), green: await page.locator('.be-panel:not(.be-panel-todo)').count() };
}

async function shoot(page, name) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= width, `${name} fits ${width} px`);
    await page.screenshot({ path: `${SHOTS}/keb-${name}-${width}.png`, fullPage: true });
  }
}

test('finished without a receiver: never "gesendet"; a fresh browser and a new tab are told the truth; closing asks first', async () => {
  const { context, page, keb, appPage } = await open();
  await keb.start();
  await keb.answerAll();
  const reference = await finish(page);
  const finished = await claims(page);
  assert.equal(finished.green, 0, 'no success panel before the receiver accepted');
  assert.doesNotMatch(finished.text, /Antrag gesendet|wurde gesendet|angenommen/);
  assert.match(finished.text, /Gesendet wurde nichts/);
  assert.match(finished.text, /nur in diesem Browserfenster gespeichert/);
  assert.deepEqual(await appPage.axeViolations(), []);
  assert.deepEqual(await contrastProblems(page), []);
  await shoot(page, 'fertig');
  const url = page.url();

  // the confirmation address in another browser: nothing known, nothing claimed
  const fresh = await open();
  await fresh.page.goto(url);
  await fresh.page.getByRole('heading', { level: 1, name: UNKNOWN }).waitFor({ timeout: 20_000 });
  const elsewhere = await claims(fresh.page);
  assert.equal(elsewhere.green, 0);
  assert.match(elsewhere.text, new RegExp(`Zur Referenz ${reference} ist in diesem Browser kein Antrag gespeichert`));
  assert.doesNotMatch(elsewhere.text, /gesendet|eingereicht\./i);
  assert.ok(await fresh.page.getByRole('link', { name: 'Zur KEB-Übersicht' }).isVisible());
  assert.deepEqual(await fresh.appPage.axeViolations(), []);
  await shoot(fresh.page, 'unbekannt');
  await fresh.context.close();

  // a new tab of the same browser, while it is kept in the first tab only: the same plain answer
  const tab = await context.newPage();
  await tab.goto(url);
  await tab.getByRole('heading', { level: 1, name: UNKNOWN }).waitFor({ timeout: 20_000 });
  await tab.close();

  // closing the tab that holds it asks first
  await page.setViewportSize({ width: 1280, height: 900 });
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.type()); d.dismiss(); });
  await page.close({ runBeforeUnload: true });
  await new Promise((r) => setTimeout(r, 500));
  assert.deepEqual(dialogs, ['beforeunload'], 'leaving with the finished application in this tab only asks first');
  await context.close();
});

test('kept on the device: a new tab and a reload show the true state; the clerk ticks the steps; /keb lists it apart', async () => {
  const { context, page, keb, appPage } = await open();
  await keb.start();
  await keb.answerAll();
  const reference = await finish(page);
  // asked once at the finish: keep it on this device
  await page.getByLabel('Auf diesem Gerät speichern').check();
  await page.getByText(/auf diesem Gerät gespeichert, bis Sie ihn löschen/).waitFor();
  const url = page.url();
  const tab = new AppPage(await context.newPage(), app.url);
  await tab.page.goto(url);
  await tab.page.getByRole('heading', { level: 1, name: PREPARED }).waitFor({ timeout: 20_000 });
  assert.equal((await tab.page.locator('.be-reference').textContent()).trim(), reference);
  // the clerk ticks each step of handing in; the page then says so, as the clerk's statement
  await tab.page.getByLabel('Erledigt').nth(0).check();
  await tab.page.getByLabel('Erledigt').nth(1).check();
  await tab.page.getByRole('heading', { level: 1, name: 'Antrag fertig – von Ihnen eingereicht' }).waitFor();
  const handedIn = await claims(tab.page);
  assert.equal(handedIn.green, 0, 'only a receiver\'s acceptance is green');
  assert.match(handedIn.text, /Den Eingang bestätigt Ihnen Ihr Netzwerk, nicht diese Seite/);
  await shoot(tab.page, 'eingereicht');
  await tab.page.reload();
  await tab.page.getByRole('heading', { level: 1, name: 'Antrag fertig – von Ihnen eingereicht' }).waitFor({ timeout: 20_000 });
  assert.ok(await tab.page.getByLabel('Erledigt').nth(1).isChecked(), 'the ticks are kept');
  // the KEB page lists it apart from the drafts, with its state and the way to its document
  await tab.open('/keb');
  const finished = tab.page.locator('section[aria-labelledby="keb-finished"] .be-card');
  await finished.waitFor();
  assert.match(await finished.textContent(), new RegExp(`von Ihnen eingereicht · ${reference}`));
  assert.match(await tab.page.locator('section[aria-labelledby="keb-drafts"]').textContent(), /Noch keine Entwürfe/);
  assert.deepEqual(await tab.axeViolations(), []);
  await finished.getByRole('link', { name: 'Antrag und Dokument ansehen' }).click();
  await tab.page.getByRole('heading', { level: 1, name: 'Antrag fertig – von Ihnen eingereicht' }).waitFor();
  // its answers no longer change: a step address says so instead of the form
  const id = await tab.page.evaluate(() => Object.keys(localStorage).find((k) => k.includes('entwurf')).split('.').pop());
  await tab.open(`/keb/antrag/${id}/massnahme`);
  assert.match(await tab.page.locator('main').innerText(), /Dieser Antrag ist fertiggestellt/);
  assert.equal(await tab.page.getByLabel('Titel der Maßnahme').count(), 0);
  await context.close();
});

test('the programme\'s dates on 7 December 2026: the past is an error, inside four weeks a warning, next year says when to apply', async () => {
  const { context, page, keb, appPage } = await open({ day: '2026-12-07' });
  await keb.start();
  for (const title of ['Antragsteller', 'Ansprechperson', 'Vorklärung']) {
    await keb.answer(ANSWERS[title]);
    await keb.continue();
  }
  await keb.waitForStep('Maßnahme');
  await keb.answer(ANSWERS.Maßnahme);
  const start = page.getByLabel('Beginn', { exact: true });
  const hint = await page.locator('#keb-beginn-hint').textContent();
  assert.match(hint, new RegExp(`spätestens ${DATA.keb.lead_days} Tage vorher beim Sozialministerium`));
  await start.fill('01.11.2026');
  await keb.continue();
  assert.deepEqual(await keb.errorLinks(), ['Der Beginn liegt in der Vergangenheit: Für eine Maßnahme, die schon begonnen hat, ist kein Antrag mehr möglich']);
  await start.fill('10.03.2027');
  await keb.continue();
  assert.deepEqual(await keb.errorLinks(), ['Die Maßnahme muss im Jahr des Antrags beginnen. Für einen Beginn 2027 stellen Sie den Antrag ab dem 1. Januar 2027, spätestens am 10.02.2027']);
  // 13 days ahead: a warning at the field, with the day it would have been in time; it does not block
  await start.fill('20.12.26');
  const warning = page.locator('#keb-beginn-warning');
  await warning.waitFor();
  assert.equal(await warning.textContent(), 'Hinweis: Der Antrag kommt spät: Er muss 28 Tage vor Beginn beim Sozialministerium vorliegen, für diesen Beginn also bis zum 22.11.2026. Verspätete Anträge werden in der Regel abgelehnt. Sprechen Sie zuerst mit Ihrer Fachberatung – oder wählen Sie einen späteren Beginn');
  assert.match(await start.getAttribute('aria-describedby'), /keb-beginn-warning/);
  assert.deepEqual(await appPage.axeViolations(), []);
  assert.deepEqual(await contrastProblems(page), []);
  await page.screenshot({ path: `${SHOTS}/keb-spaet-1280.png`, fullPage: true });
  await keb.continue();
  await keb.waitForStep('Kommunale Entwicklungsperspektive');
  // the rest, with a yearly limit: one KEB of 1.200 € this year leaves 1.800 €
  const rest = { ...ANSWERS, Finanzierung: { ...ANSWERS.Finanzierung, radios: ['1'], fields: { ...ANSWERS.Finanzierung.fields, 'Eigenbeitrag der Kommune': '100', 'Wie viel Förderung war das zusammen?': '1.200 €', 'Beantragte Förderung': '1.800,01' } } };
  for (const title of ['Kommunale Entwicklungsperspektive', 'Zielgruppen', 'Anbindung an Strukturen', 'Finanzierung']) {
    await keb.waitForStep(title);
    await keb.answer(rest[title]);
    await keb.continue();
  }
  assert.deepEqual(await keb.errorLinks(), ['Je Kommune und Jahr sind zusammen höchstens 3.000,00 € möglich: Für Ihre Kommune bleiben in diesem Jahr noch 1.800,00 €']);
  await page.getByLabel('Beantragte Förderung').fill('1.800');
  await keb.continue();
  await keb.waitForStep('Angaben prüfen');
  // the check page repeats the warning, linked to its step
  const notes = page.locator('.be-warnings li');
  assert.equal(await notes.count(), 1);
  assert.match(await notes.textContent(), /bis zum 22\.11\.2026/);
  assert.equal((await keb.summary())['Beginn'], '20.12.2026');
  assert.deepEqual(await appPage.axeViolations(), []);
  await page.screenshot({ path: `${SHOTS}/keb-pruefen-hinweis-1280.png`, fullPage: true });
  // not blocked: the ministry decides
  await finish(page);
  await context.close();
});

test('an English session: one date format on the check page; the network gets a German document and e-mail', async () => {
  const { context, page, keb } = await open();
  await keb.start();
  await keb.answerAll();
  // the same application in English: dates as the English hint asks for them
  await page.goto(page.url().replace(/\?.*$/, '') + '?lang=en');
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor({ timeout: 20_000 });
  const summary = await keb.summary();
  assert.equal(summary['Start'], '10/09/2026');
  assert.equal(summary['Date of the consultation'], '04/05/2026');
  assert.equal(summary['Total costs'], '2,000.50 €');
  await page.getByLabel(/I confirm/).check();
  await page.getByRole('button', { name: 'Finish the application' }).click();
  await page.getByRole('heading', { level: 1, name: 'Application ready – not yet handed in' }).waitFor();
  const reference = (await page.locator('.be-reference').textContent()).trim();
  // what goes to the network is German
  const mail = new URLSearchParams((await page.getByRole('link', { name: /^Write an email to/ }).getAttribute('href')).split('?')[1]);
  assert.equal(mail.get('subject'), `KEB-Antrag ${reference}: Zukunftswerkstatt „Ehrenamt 2030“`);
  assert.match(mail.get('body'), /^Guten Tag,/);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('main').innerText();
  for (const part of ['Antrag auf Förderung eines Kommunalen Entwicklungsbausteins (KEB)', 'Beginn', '10.09.2026', 'Gesamtkosten', '2.000,50 €', 'Unterschrift für die Kommune']) {
    assert.ok(printed.includes(part), `${part} missing in the printout:\n${printed}`);
  }
  for (const english of ['Start', 'Total costs', 'Application for funding', '10/09/2026']) {
    assert.ok(!printed.includes(english), `${english} in the German printout`);
  }
  await page.emulateMedia({ media: 'screen' });
  // on screen the page stays English
  assert.match(await page.locator('main').innerText(), /How to hand in the application/);
  await context.close();
});

test('the character counter and the message agree; the save choice and the finish fit a phone', async () => {
  const { context, page, keb } = await open({ viewport: { width: 360, height: 800 } });
  await keb.start();
  for (const title of ['Antragsteller', 'Ansprechperson', 'Vorklärung', 'Maßnahme']) {
    await keb.answer(ANSWERS[title]);
    await keb.continue();
  }
  await keb.waitForStep('Kommunale Entwicklungsperspektive');
  const max = DATA.keb.text_max_chars;
  // pasted with a line break at the end, as copied from a word processor
  await page.getByLabel('Ausgangssituation').fill(`${'x'.repeat(max + 279)}\n`);
  assert.equal(await page.locator('#keb-ausgangssituation-count').textContent(), '279 Zeichen zu viel');
  await keb.continue();
  const [message] = await keb.errorLinks();
  assert.equal(message, `Ausgangssituation darf höchstens ${max.toLocaleString('de-DE')} Zeichen haben (jetzt ${(max + 279).toLocaleString('de-DE')})`);
  await context.close();
});

test('answers kept after the finish: the confirmation page survives a reload in the same tab', async () => {
  const { context, page, keb } = await open();
  await keb.start();
  await keb.answerAll(answersStarting('1.10.26'));
  const reference = await finish(page);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: PREPARED }).waitFor({ timeout: 20_000 });
  assert.equal((await page.locator('.be-reference').textContent()).trim(), reference);
  assert.match(await page.locator('main').innerText(), /01\.10\.2026/);
  await context.close();
});
