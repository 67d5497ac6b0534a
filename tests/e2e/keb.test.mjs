// The KEB wizard end to end: eligibility, every step, check answers, sending to a receiver on
// loopback (exactly once, also after a 503), drafts kept on the device, damaged draft files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './browser.mjs';
import { AppPage } from './app-page.mjs';
import { KebPage, ANSWERS, KEB_TODAY, fixClock } from './keb-page.mjs';
import { startReceiver, deployWithSubmit } from './receiver.mjs';
import { SHOTS } from './harness.mjs';
import { startServer } from '../../tools/serve.mjs';
import { LOOPBACK_POLICY } from './harness.mjs';
import { contrastProblems } from './contrast.mjs';

// The programme's rules come from the data: the maximum as the page writes it ("3.000,00 €").
const DATA = JSON.parse(await readFile('data/be-netzwerke.json', 'utf8'));
const MAX_CENTS = DATA.keb.max_funding_cents;
const euro = (cents) => `${(cents / 100).toLocaleString('de-DE', { minimumFractionDigits: 2 })} €`;

let browser, receiver, app;
before(async () => {
  browser = await launchChromium();
  receiver = await startReceiver();
  app = await deployWithSubmit(receiver.url);
});
after(async () => { await browser?.close(); await app?.close(); await receiver?.close(); });

async function open(viewport = { width: 1280, height: 900 }) {
  // no service worker here: each test starts from the network (offline.test.mjs covers the cache)
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  await fixClock(context);
  const page = await context.newPage();
  const appPage = new AppPage(page, app.url);
  return { context, page, appPage, keb: new KebPage(appPage) };
}

test('eligibility first: a member applies through its network, a non-member is told whom to ask', async () => {
  const { context, page, appPage } = await open();
  await appPage.open('/keb?kommune=08311000');
  await page.getByText(/Freiburg im Breisgau ist Mitglied im StädteNetzWerk/).waitFor();
  assert.ok(await page.getByRole('button', { name: 'Antrag beginnen' }).isVisible());
  // Aach (Landkreis Konstanz) is in no municipal network in the data
  await appPage.open('/keb?kommune=08335001');
  await page.getByText(/ist in keinem der kommunalen Netzwerke Mitglied/).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Antrag beginnen' }).count(), 0);
  assert.ok((await page.locator('.be-notice-warning li').count()) > 0, 'contacts listed');
  assert.deepEqual(await appPage.axeViolations(), []);
  await context.close();
});

test('happy path: every step, check answers, send — the receiver gets the application once', async () => {
  const { context, page, keb, appPage } = await open();
  await keb.start();
  // derived from the directory: the Kommune, its Fachberatung and its one eligible network
  assert.match(await page.locator('main dl').first().textContent(), /Freiburg im Breisgau \(08311000\).*Fachberatung Bürgerschaftliches Engagement des Städtetags Baden-Württemberg/);
  // a question with one possible answer is a fact, not asked
  assert.equal(await page.getByLabel('StädteNetzWerk', { exact: true }).count(), 0);
  assert.deepEqual(await keb.facts(), { Kommune: 'Freiburg im Breisgau (08311000)', 'Ihre Fachberatung': 'Fachberatung Bürgerschaftliches Engagement des Städtetags Baden-Württemberg (Baden-Württemberg)', 'Ihr Netzwerk': 'StädteNetzWerk' });
  await keb.answerAll(ANSWERS, async (title) => {
    if (title === 'Vorklärung') {
      assert.equal(await page.locator('#keb-fachberatung').evaluate((e) => e.tagName), 'DD', 'one adviser: a fact');
    }
    assert.deepEqual(await appPage.axeViolations(), [], `axe on ${title} at 1280 px`);
    assert.deepEqual(await contrastProblems(page), [], `contrast of links and buttons on ${title}`);
    assert.match(await page.title(), new RegExp(`^${title} – `));
  });
  assert.deepEqual(await appPage.axeViolations(), [], 'axe on the check page');
  const summary = await keb.summary();
  assert.equal(summary['Kommune'], 'Freiburg im Breisgau');
  assert.equal(summary['Titel der Maßnahme'], 'Zukunftswerkstatt „Ehrenamt 2030“');
  assert.equal(summary['Beginn'], '10.09.2026');
  assert.equal(summary['Datum der Vorklärung'], '04.05.2026');
  assert.equal(summary['Kosten'], 'Moderation: 1.200,00 €\nRaummiete und Bewirtung: 800,50 €');
  assert.equal(summary['Gesamtkosten'], '2.000,50 €', 'the total of the cost lines');
  assert.equal(summary['Beantragte Förderung'], '1.500,00 €');
  assert.equal(summary['Wie viele KEB hat Ihre Kommune in diesem Jahr schon erhalten oder beantragt?'], 'Noch keinen');
  // "Ändern" only where the answer can change: Freiburg has one network and one adviser
  const changes = await page.locator('.be-summary-action a').allTextContents();
  assert.ok(changes.length > 10 && !changes.some((c) => /Netzwerk|vorgeklärt/.test(c)), changes.join(' | '));
  // answers are facts: the form's "(freiwillig)" mark is not repeated on the check page
  assert.equal(summary['Funktion'], 'Stabsstelle Bürgerengagement');
  assert.ok(!Object.keys(summary).some((label) => /freiwillig/.test(label)), Object.keys(summary).join(', '));
  // "Ändern" returns to the question and back to the check page
  await page.getByRole('link', { name: 'Ändern Ort' }).click();
  await keb.waitForStep('Maßnahme');
  await page.getByLabel('Ort', { exact: true }).fill('Historisches Kaufhaus');
  await keb.continue();
  await keb.waitForStep('Angaben prüfen');
  assert.equal((await keb.summary())['Ort'], 'Historisches Kaufhaus');
  await page.screenshot({ path: `${SHOTS}/keb-pruefen-1280.png`, fullPage: true });

  const before = receiver.state.posts.length;
  await keb.declareAndSend();
  await page.locator('h1', { hasText: 'Antrag gesendet' }).waitFor({ timeout: 20_000 });
  const reference = (await page.locator('.be-reference').textContent()).trim();
  assert.match(reference, /^KEB-2026-\d{4}$/);
  assert.ok(await page.getByText('Wie es weitergeht').isVisible());
  assert.equal((await keb.summary())['Titel der Maßnahme'], 'Zukunftswerkstatt „Ehrenamt 2030“', 'printable summary');
  assert.deepEqual(await appPage.axeViolations(), [], 'axe on the confirmation page');
  // accepted by the receiver: the one state with the green panel
  assert.equal(await page.locator('.be-panel:not(.be-panel-todo)').count(), 1);
  assert.match(await page.locator('.be-panel').innerText(), /Ihr Netzwerk hat den Antrag angenommen/);
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/keb-angenommen-${width}.png`, fullPage: true });
  }
  // printed: only the application, no navigation or buttons
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.be-nav').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Drucken oder als PDF speichern' }).isVisible(), false);
  assert.ok(await page.locator('.be-summary').first().isVisible());
  await page.emulateMedia({ media: 'screen' });

  const posts = receiver.state.posts.slice(before);
  assert.equal(posts.length, 1);
  assert.deepEqual(receiver.state.refused, [], 'the receiver found nothing to refuse');
  const sent = JSON.parse(posts[0].body);
  assert.equal(posts[0].key, sent.idempotency_key);
  assert.equal(sent.format, 'be-netzwerke/keb-antrag');
  assert.deepEqual(sent.kommune, { schluessel: '08311000', name: 'Freiburg im Breisgau' });
  assert.equal(sent.antragsteller.netzwerk, 'staedtenetzwerk');
  assert.equal(sent.antragsteller.art, 'kommune');
  assert.equal(sent.ansprechperson.email, 'm.beispiel@freiburg.example');
  assert.equal(sent.vorklaerung.datum, '2026-05-04');
  assert.equal(sent.massnahme.beginn, '2026-09-10');
  assert.equal(sent.finanzierung.bisher, '0');
  assert.equal(sent.massnahme.ort, 'Historisches Kaufhaus');
  assert.equal(sent.massnahme.format, 'zukunftswerkstatt');
  assert.deepEqual(sent.zielgruppen.zielgruppen, ['buergerschaft', 'mandatstraeger']);
  assert.deepEqual(sent.finanzierung.kosten, [
    { bezeichnung: 'Moderation', betrag_cent: 120000 },
    { bezeichnung: 'Raummiete und Bewirtung', betrag_cent: 80050 },
  ]);
  assert.equal(sent.finanzierung.gesamtkosten_cent, 200050);
  assert.equal(sent.finanzierung.eigenbeitrag_cent, 50000);
  assert.equal(sent.finanzierung.foerderung_cent, 150000);
  assert.equal(sent.erklaerung, true);
  // nothing went anywhere but the app's own server and the configured receiver
  assert.deepEqual(appPage.foreignRequests([app.url, new URL(receiver.url).origin]), []);
  assert.deepEqual(appPage.consoleErrors, []);
  await context.close();
});

for (const width of [360, 1280]) test(`each step names what is missing at ${width} px: summary takes focus, "Fehler:" title, messages at the fields, axe-clean`, async () => {
  const { context, page, keb, appPage } = await open({ width, height: 800 });
  await keb.start();
  const expected = {
    // the network is already chosen: Freiburg is a member of one eligible network only
    Antragsteller: ['Wählen Sie aus, wer den Antrag stellt'],
    Ansprechperson: ['Geben Sie den Namen der Ansprechperson an', 'Geben Sie eine E-Mail-Adresse an'],
    // the one adviser is a fact
    Vorklärung: ['Geben Sie das Datum der Vorklärung an'],
    Maßnahme: ['Geben Sie den Titel der Maßnahme an', 'Wählen Sie das Format der Maßnahme', 'Geben Sie den Beginn der Maßnahme an', 'Geben Sie den Ort der Maßnahme an'],
    'Kommunale Entwicklungsperspektive': ['Beschreiben Sie die Ausgangssituation', 'Beschreiben Sie das Anliegen', 'Beschreiben Sie Mittel und Methode', 'Beschreiben Sie das Ziel'],
    Zielgruppen: ['Wählen Sie die Zielgruppen der Maßnahme'],
    'Anbindung an Strukturen': ['Beschreiben Sie, an welche Strukturen die Maßnahme anknüpft'],
    Finanzierung: ['Geben Sie mindestens eine Kostenposition an', 'Geben Sie den Eigenbeitrag der Kommune an', 'Geben Sie an, worin der Eigenbeitrag besteht',
      'Wählen Sie aus, wie viele KEB Ihre Kommune in diesem Jahr schon hat', 'Geben Sie die beantragte Förderung an'],
  };
  for (const [title, messages] of Object.entries(expected)) {
    await keb.waitForStep(title);
    await keb.continue();
    await keb.errorSummary.waitFor();
    assert.deepEqual(await keb.errorLinks(), messages, title);
    await page.waitForFunction(() => document.activeElement?.className === 'be-error-summary', null, { timeout: 2000 });
    assert.match(await page.title(), new RegExp(`^Fehler: ${title}`));
    assert.deepEqual((await keb.inlineErrors()).map((m) => m.replace(/^Fehler: /, '')), messages, `${title}: inline`);
    assert.deepEqual(await appPage.axeViolations(), [], title);
    assert.ok((await appPage.overflowX()) <= 0, `${title} fits ${width} px`);
    // a summary link takes the user to the field
    await keb.errorSummary.locator('a').first().click();
    assert.notEqual(await page.evaluate(() => document.activeElement.id), '');
    await keb.answer(ANSWERS[title]);
    if (title === 'Ansprechperson') {
      await page.getByLabel('E-Mail-Adresse').fill('maria.beispiel(at)freiburg');
      await keb.continue();
      assert.deepEqual(await keb.errorLinks(), ['Geben Sie eine E-Mail-Adresse im richtigen Format an, zum Beispiel name@beispiel.de']);
      await page.getByLabel('E-Mail-Adresse').fill('m.beispiel@freiburg.example');
    }
    if (title === 'Finanzierung') {
      await page.getByLabel('Beantragte Förderung').fill(euro(MAX_CENTS + 100));
      await page.getByLabel('Kostenposition 2: Betrag').fill('zwölf');
      await keb.continue();
      assert.deepEqual(await keb.errorLinks(), [
        'Kostenposition 2: Geben Sie den Betrag in Euro an, zum Beispiel 250,00',
        `Die beantragte Förderung darf höchstens ${euro(MAX_CENTS)} betragen`,
      ]);
      assert.deepEqual(await appPage.axeViolations(), [], 'money errors');
      await page.getByLabel('Kostenposition 2: Betrag').fill('800,50 €');
      await page.getByLabel('Beantragte Förderung').fill('1500');
    }
    await keb.continue();
  }
  await keb.waitForStep('Angaben prüfen');
  // sending without the declaration
  await page.getByRole('button', { name: 'Antrag senden' }).click();
  assert.deepEqual(await keb.errorLinks(), ['Bestätigen Sie die Erklärung: Ohne sie ist der Antrag nicht vollständig']);
  assert.deepEqual(await appPage.axeViolations(), [], 'check page with error');
  await page.screenshot({ path: `${SHOTS}/keb-pruefen-fehler-${width}.png`, fullPage: true });
  await context.close();
});

test('saved on the device: a reload in the middle restores every answer, the draft is listed', async () => {
  const { context, page, keb, appPage } = await open();
  await keb.start();
  await keb.saveOnDevice();
  const steps = ['Antragsteller', 'Ansprechperson', 'Vorklärung', 'Maßnahme'];
  for (const title of steps) {
    await keb.waitForStep(title);
    await keb.answer(ANSWERS[title]);
    await keb.continue();
  }
  await keb.waitForStep('Kommunale Entwicklungsperspektive');
  await page.getByLabel('Ausgangssituation').fill('Halb geschrieben …');
  await page.waitForTimeout(600); // longer than the save delay
  await page.reload();
  await keb.waitForStep('Kommunale Entwicklungsperspektive');
  assert.equal(await page.getByLabel('Ausgangssituation').inputValue(), 'Halb geschrieben …');
  // back through the steps: everything is still there
  await page.getByRole('link', { name: 'Zurück' }).click();
  await keb.waitForStep('Maßnahme');
  for (const [label, value] of Object.entries(ANSWERS['Maßnahme'].fields)) {
    assert.equal(await page.getByLabel(label, { exact: true }).inputValue(), value, label);
  }
  assert.ok(await page.getByLabel('Zukunftswerkstatt', { exact: true }).isChecked());
  await page.getByRole('link', { name: 'Zurück' }).click();
  await keb.waitForStep('Vorklärung');
  assert.equal(await page.getByLabel('Datum der Vorklärung').inputValue(), ANSWERS['Vorklärung'].fields['Datum der Vorklärung']);
  await page.getByRole('link', { name: 'Zurück' }).click();
  await keb.waitForStep('Ansprechperson');
  assert.equal(await page.getByLabel('E-Mail-Adresse').inputValue(), 'm.beispiel@freiburg.example');
  assert.ok(await page.getByLabel('Auf diesem Gerät speichern').isChecked());
  await appPage.open('/keb');
  const card = page.locator('.be-card', { hasText: 'Zukunftswerkstatt „Ehrenamt 2030“' });
  await card.waitFor();
  assert.match(await card.textContent(), /Freiburg im Breisgau · geändert .* · auf diesem Gerät gespeichert/);
  // deleting asks first, then removes it from the list and from the device
  page.once('dialog', (d) => d.accept());
  await card.getByRole('button', { name: 'Löschen' }).click();
  await card.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('entwurf')).length), 0);
  await context.close();
});

test('without the opt-in: a reload and back/forward keep every answer; leaving the site asks first', async () => {
  const { context, page, keb, appPage } = await open();
  await appPage.open('/keb?kommune=08311000');
  // the choice to keep the draft beyond this tab is offered before the first question
  const keep = page.getByLabel('Auf diesem Gerät speichern');
  assert.ok(await keep.isVisible(), 'opt-in shown before the first step');
  assert.equal(await keep.isChecked(), false);
  await page.getByRole('button', { name: 'Antrag beginnen' }).click();
  for (const title of ['Antragsteller', 'Ansprechperson']) {
    await keb.waitForStep(title);
    await keb.answer(ANSWERS[title]);
    await keb.continue();
  }
  await keb.waitForStep('Vorklärung');
  await page.getByLabel('Datum der Vorklärung').fill('2026-10-01');
  await page.waitForTimeout(600); // longer than the save delay
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.type()); d.accept(); });
  await page.reload();
  await keb.waitForStep('Vorklärung');
  assert.equal(await page.getByLabel('Datum der Vorklärung').inputValue(), '2026-10-01');
  assert.ok(dialogs.includes('beforeunload'), `leaving asked first (dialogs: ${dialogs.join(', ') || 'none'})`);
  // away to another site and back with the browser's back button
  await page.goto('about:blank');
  await page.goBack();
  await keb.waitForStep('Vorklärung');
  await page.getByRole('link', { name: 'Zurück' }).click();
  await keb.waitForStep('Ansprechperson');
  for (const [label, value] of Object.entries(ANSWERS.Ansprechperson.fields)) {
    assert.equal(await page.getByLabel(label, { exact: true }).inputValue(), value, label);
  }
  // kept for this tab only: nothing on the device, and the list says so
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('entwurf')).length), 0);
  await appPage.nav('KEB-Antrag').click();
  const card = page.locator('.be-card', { hasText: 'Freiburg im Breisgau' });
  await card.waitFor();
  assert.match(await card.textContent(), /nur in diesem Fenster/);
  await context.close();
});

test('the opt-in before the first step keeps the draft on the device from the first answer', async () => {
  const { context, page, keb, appPage } = await open();
  await appPage.open('/keb?kommune=08311000');
  await page.getByLabel('Auf diesem Gerät speichern').check();
  await page.getByRole('button', { name: 'Antrag beginnen' }).click();
  await keb.waitForStep('Antragsteller');
  assert.ok(await page.getByLabel('Auf diesem Gerät speichern').isChecked(), 'the step shows the choice made');
  await keb.answer(ANSWERS.Antragsteller);
  await page.waitForTimeout(600);
  const stored = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.includes('entwurf')).map(([, v]) => JSON.parse(v)));
  assert.equal(stored.length, 1);
  assert.equal(stored[0].answers.art, 'kommune');
  // a fresh tab of the same browser finds it
  const other = new AppPage(await context.newPage(), app.url);
  await other.open('/keb');
  assert.match(await other.page.locator('.be-card').textContent(), /auf diesem Gerät gespeichert/);
  await context.close();
});

test('a 503 keeps everything and offers a retry; the retry yields exactly one application', async () => {
  const { context, page, keb } = await open();
  await keb.start();
  await keb.answerAll();
  const before = receiver.state.posts.length;
  const acceptedBefore = receiver.state.accepted.size;
  receiver.failNext(1, 503);
  await keb.declareAndSend();
  await page.getByText(/konnte nicht angenommen werden \(Fehler 503\)/).waitFor({ timeout: 20_000 });
  assert.equal((await keb.summary())['Titel der Maßnahme'], 'Zukunftswerkstatt „Ehrenamt 2030“', 'nothing lost');
  await page.getByRole('button', { name: 'Erneut senden' }).click();
  await page.locator('h1', { hasText: 'Antrag gesendet' }).waitFor({ timeout: 20_000 });
  const posts = receiver.state.posts.slice(before);
  assert.equal(posts.length, 2);
  assert.equal(posts[0].key, posts[1].key, 'the retry repeats the idempotency key');
  assert.equal(posts[0].body, posts[1].body);
  assert.equal(receiver.state.accepted.size, acceptedBefore + 1, 'exactly one application accepted');
  await context.close();
});

test('draft files: a damaged one is refused with a reason, an exported one loads again', async () => {
  const { context, page, keb, appPage } = await open();
  await keb.start();
  await keb.answer(ANSWERS.Antragsteller);
  await keb.continue();
  await keb.waitForStep('Ansprechperson');
  await keb.answer(ANSWERS.Ansprechperson);
  await keb.continue();
  await keb.waitForStep('Vorklärung');
  // within the app (not a reload: without "Auf diesem Gerät speichern" a draft lives in this window only)
  await appPage.nav('KEB-Antrag').click();
  await page.locator('h1', { hasText: 'Kommunale Entwicklungsbausteine' }).waitFor();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Als Datei sichern' }).first().click();
  const file = await (await download).path();
  const dir = await mkdtemp(join(tmpdir(), 'be-draft-'));
  const damaged = join(dir, 'entwurf.json');
  await writeFile(damaged, '{"format":"be-netzwerke/keb-entwurf","version":1,"id":"x","kommune":');
  const input = page.getByLabel('Entwurf aus einer Datei laden');
  await input.setInputFiles(damaged);
  await page.getByText(/Die Datei konnte nicht geladen werden: Die Datei ist beschädigt oder unvollständig \(Zeile 1, Spalte \d+\)/).waitFor();
  assert.deepEqual(await appPage.axeViolations(), []);
  const foreign = join(dir, 'daten.json');
  await writeFile(foreign, '{"stand":"2026-11-25"}');
  await input.setInputFiles(foreign);
  await page.getByText('Die Datei konnte nicht geladen werden: Die Datei ist kein KEB-Entwurf').waitFor();
  const drafts = await page.locator('.be-card').count();
  await input.setInputFiles(file);
  await page.getByText('Entwurf geladen.').waitFor();
  assert.equal(await page.locator('.be-card').count(), drafts + 1);
  await page.locator('.be-card').first().getByRole('link', { name: 'Fortsetzen' }).click();
  await keb.waitForStep('Vorklärung');
  await page.getByRole('link', { name: 'Zurück' }).click();
  await keb.waitForStep('Ansprechperson');
  assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), 'Maria Beispiel');
  await context.close();
});

/** Opens the wizard on a build without a receiver; `edit` changes the StädteNetzWerk's intake record. */
async function withoutReceiver(edit, run) {
  const plain = await startServer({ root: 'dist', csp: LOOPBACK_POLICY });
  const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
  await fixClock(context);
  const page = await context.newPage();
  const data = structuredClone(DATA);
  const network = data.networks.find((n) => n.id === 'staedtenetzwerk');
  if (edit) {
    edit(network);
    await page.route('**/be-netzwerke.json', (route) => route.fulfill({ json: data }));
  }
  const keb = new KebPage(new AppPage(page, plain.url));
  try {
    await keb.start();
    await keb.answerAll();
    await page.getByRole('heading', { name: 'So reichen Sie den Antrag ein' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Antrag senden' }).count(), 0);
    await run(page, keb, network);
  } finally {
    await context.close();
    await plain.close();
  }
}

/** Declares and finishes on the check page; returns the reference the confirmation shows. */
async function finish(page, keb) {
  // the declaration is asked first, in words that fit handing in
  await page.getByRole('button', { name: 'Antrag fertigstellen' }).click();
  assert.deepEqual(await keb.errorLinks(), ['Bestätigen Sie die Erklärung: Ohne sie ist der Antrag nicht vollständig']);
  await page.getByLabel(/Ich bestätige/).check();
  await page.getByRole('button', { name: 'Antrag fertigstellen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Antrag fertig – noch nicht eingereicht' }).waitFor();
  const reference = (await page.locator('.be-reference').textContent()).trim();
  assert.match(reference, /^KEB-20\d\d-[0-9A-Z]{6}$/);
  return reference;
}

test('without a receiver, by e-mail as PDF: the way first, then a confirmation with the steps left, a short e-mail and the printed application', async () => {
  await withoutReceiver(null, async (page, keb, network) => {
    const lead = await page.locator('.be-intake').textContent();
    assert.match(lead, new RegExp(`StädteNetzWerk nimmt KEB-Anträge per E-Mail an ${network.keb_intake.email} entgegen, als PDF-Datei\\.`));
    assert.match(lead, /Beispiel/, 'an invented address says so');
    const reference = await finish(page, keb);
    const steps = page.locator('.be-todo > li');
    const texts = await steps.locator('p:first-child').allTextContents();
    assert.match(texts[1], /Beispiel$/, 'the invented address says so');
    assert.deepEqual(texts.map((t) => t.replace(/\s*Beispiel$/, '')), [
      'Sichern Sie den Antrag als PDF-Datei.',
      `Schreiben Sie eine E-Mail an ${network.keb_intake.email} und hängen Sie die Datei an.`,
      `Nennen Sie bei Rückfragen die Referenz ${reference}.`,
    ]);
    assert.equal(await steps.nth(0).getByRole('button', { name: 'Drucken oder als PDF speichern' }).count(), 1);
    const href = await page.getByRole('link', { name: 'E-Mail an StädteNetzWerk schreiben' }).getAttribute('href');
    assert.ok(href.length < 800, `a mailto link of ${href.length} characters gets cut by mail programs`);
    const [to, query] = href.split('?');
    assert.equal(to, `mailto:${network.keb_intake.email}`);
    const mail = new URLSearchParams(query.replaceAll('+', '%2B'));
    assert.equal(mail.get('subject'), `KEB-Antrag ${reference}: Zukunftswerkstatt „Ehrenamt 2030“`);
    for (const part of ['Freiburg im Breisgau', reference, 'als PDF-Datei']) assert.ok(mail.get('body').includes(part), mail.get('body'));
    assert.doesNotMatch(mail.get('body'), /freiwillig|\?:/);
    assert.deepEqual(await contrastProblems(page, '.be-todo'), []);
    await page.screenshot({ path: `${SHOTS}/keb-finish-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360, 'the finish fits a phone');
    await page.screenshot({ path: `${SHOTS}/keb-finish-360.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    // printed (or saved as PDF): an application document, not the screen
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('main').innerText();
    for (const part of ['Antrag auf Förderung eines Kommunalen Entwicklungsbausteins (KEB)', 'Antragsteller', 'Freiburg im Breisgau (08311000)',
      network.name, 'Datum', reference, 'Gesamtkosten', 'Beantragte Förderung', 'Zukunftswerkstatt „Ehrenamt 2030“', 'Erklärung abgegeben',
      'Ort, Datum', 'Unterschrift für die Kommune']) {
      assert.ok(printed.includes(part), `${part} missing in the printout:\n${printed}`);
    }
    for (const screenOnly of ['So reichen Sie den Antrag ein', 'Wie es weitergeht', 'Antrag fertig', 'Erledigt']) {
      assert.ok(!printed.includes(screenOnly), `${screenOnly} is not part of the printout`);
    }
    await page.emulateMedia({ media: 'screen' });
    // a reload keeps the confirmation, and the draft stays on the device (nothing was sent)
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Antrag fertig – noch nicht eingereicht' }).waitFor();
  });
});

test('without a receiver, by e-mail as the application file: the file says when it was made, never "gesendet"', async () => {
  await withoutReceiver((n) => { n.keb_intake.attach = 'json'; }, async (page, keb) => {
    assert.match(await page.locator('.be-intake').textContent(), /als Antragsdatei \(JSON\)\./);
    const reference = await finish(page, keb);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Antragsdatei sichern (JSON)' }).click();
    const file = await download;
    assert.equal(file.suggestedFilename(), `KEB-Antrag_${reference}.json`, 'named by the reference');
    // the printable document too, whatever file the network wants
    assert.equal(await page.locator('.be-todo > li').first().getByRole('button', { name: 'Drucken oder als PDF speichern' }).count(), 1);
    const saved = JSON.parse(await readFile(await file.path(), 'utf8'));
    assert.equal(saved.format, 'be-netzwerke/keb-antrag');
    assert.equal(saved.gesendet, undefined);
    assert.match(saved.erstellt, /^20\d\d-\d\d-\d\dT/);
    assert.ok(reference.endsWith(saved.idempotency_key.slice(-6).toUpperCase()), 'the reference is the key\'s end');
    assert.equal(saved.massnahme.titel, 'Zukunftswerkstatt „Ehrenamt 2030“');
    assert.equal(saved.finanzierung.foerderung_cent, 150000);
    const mail = new URLSearchParams((await page.getByRole('link', { name: /^E-Mail an/ }).getAttribute('href')).split('?')[1]);
    assert.match(mail.get('body'), /als Antragsdatei \(JSON\)/);
  });
});

test('without a receiver, by upload, and where the network says nothing: the upload page, or ask the adviser', async () => {
  await withoutReceiver((n) => { n.keb_intake = { upload_url: 'https://upload.example/keb', attach: 'json', example: true }; }, async (page, keb) => {
    assert.match(await page.locator('.be-intake').textContent(), /StädteNetzWerk nimmt KEB-Anträge auf seiner Seite zum Hochladen entgegen, als Antragsdatei \(JSON\)\./);
    await finish(page, keb);
    assert.equal(await page.locator('.be-todo > li').first().getByRole('button', { name: 'Drucken oder als PDF speichern' }).count(), 1);
    assert.equal(await page.getByRole('link', { name: 'Zur Seite zum Hochladen: StädteNetzWerk' }).getAttribute('href'), 'https://upload.example/keb');
    assert.equal(await page.getByRole('link', { name: /^E-Mail an/ }).count(), 0);
    assert.deepEqual(await contrastProblems(page, '.be-todo'), []);
  });
  await withoutReceiver((n) => { delete n.keb_intake; }, async (page, keb, network) => {
    assert.match(await page.locator('.be-intake').textContent(), /StädteNetzWerk hat nicht veröffentlicht, wie es KEB-Anträge entgegennimmt/);
    await finish(page, keb);
    assert.match(await page.locator('.be-todo').textContent(), /Fragen Sie Ihre Fachberatung, wohin Sie den Antrag senden/);
    assert.equal(await page.locator('.be-todo > li').first().getByRole('button', { name: 'Drucken oder als PDF speichern' }).count(), 1);
    assert.equal(await page.getByRole('link', { name: 'Kontaktseite: StädteNetzWerk' }).getAttribute('href'), network.contact.web);
  });
});

test('dates: one pattern in every browser language, an example that fits the question, typed as people write them', async () => {
  const { context, page, keb } = await open();
  await keb.start();
  for (const title of ['Antragsteller', 'Ansprechperson']) {
    await keb.answer(ANSWERS[title]);
    await keb.continue();
  }
  await keb.waitForStep('Vorklärung');
  const today = KEB_TODAY;
  const example = async (label) => {
    const field = page.getByLabel(label, { exact: true });
    assert.equal(await field.getAttribute('type'), 'text', 'no date picker with the browser\'s own pattern');
    const hint = await page.locator(`#${await field.getAttribute('aria-describedby').then((ids) => ids.split(' ')[0])}`).textContent();
    const [, d, m, y] = /Tag\.Monat\.Jahr, zum Beispiel (\d\d)\.(\d\d)\.(\d{4})/.exec(hint) ?? assert.fail(hint);
    return `${y}-${m}-${d}`;
  };
  assert.ok((await example('Datum der Vorklärung')) < today, 'the consultation example lies in the past');
  await page.getByLabel('Datum der Vorklärung').fill('31.02.2026');
  await keb.continue();
  assert.deepEqual(await keb.errorLinks(), ['Datum der Vorklärung muss ein gültiges Datum sein']);
  await page.getByLabel('Datum der Vorklärung').fill('3.3.26');
  await keb.continue();
  await keb.waitForStep('Maßnahme');
  assert.ok((await example('Beginn')) > today, 'the start example lies ahead');
  // each format explained in one line, read with its choice
  const formats = DATA.keb.formats;
  assert.equal(await page.locator('.be-choice-hint').count(), formats.length);
  const radio = page.getByLabel('Zukunftswerkstatt', { exact: true });
  const hint = await page.locator(`#${await radio.getAttribute('aria-describedby')}`).textContent();
  assert.equal(hint, formats.find((f) => f.id === 'zukunftswerkstatt').hint.de);
  await context.close();
});
