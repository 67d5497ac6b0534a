// The Redaktion as an editor at a network office uses it: open the app's dataset, add next month's
// meeting, record that Gemeinden joined from a pasted list, correct a Fachstelle's e-mail address;
// the dataset's checks at the record and in the summary, the export refused while one stands;
// changes listed and undone; the working copy kept over a reload; the export read by check-data
// and by the app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setUp, SHOTS } from './harness.mjs';
import { AppPage } from './app-page.mjs';
import { recordBlobTypes, downloadVia } from './download.mjs';
import { contrastProblems } from './contrast.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

async function open(width = 1280) {
  const page = await env.newPage({ viewport: { width, height: 900 }, serviceWorkers: 'block', acceptDownloads: true });
  await recordBlobTypes(page);
  const app = new AppPage(page, env.app.url);
  await app.open('/redaktion');
  return { page, app };
}

const button = (page, name) => page.getByRole('button', { name, exact: true });

test('three everyday tasks in the Redaktion, each in a few steps, checked as they are made, exported as a dataset', async () => {
  const { page, app } = await open();
  assert.equal(await app.headingText(), 'Redaktion');
  // not in the public navigation
  assert.equal(await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Redaktion' }).count(), 0);
  await button(page, 'Datensatz der Anwendung öffnen').click();
  await page.getByText(/^Geöffnet: Datensatz der Anwendung, Stand \d{4}-\d\d-\d\d$/).waitFor();
  assert.match(await page.locator('main').innerText(), /auf diesem Gerät gespeichert/);
  assert.deepEqual(await app.axeViolations(), [], 'axe with the working copy open');

  // 1. next month's network meeting: New event (1), the form (2), Apply (3)
  await button(page, 'Neue Veranstaltung').click();
  await page.getByLabel('Titel').fill('Netzwerktreffen Januar');
  await page.getByLabel('Netzwerk', { exact: true }).selectOption('gemeindenetzwerk');
  await page.getByLabel('Tag', { exact: true }).fill('20.1.27');
  await page.getByLabel('Beginn (Uhrzeit, freiwillig)').fill('10:00');
  await page.getByLabel('Ende (Uhrzeit, freiwillig)').fill('16:00');
  await page.getByLabel('Ort (Name)').fill('Evangelische Akademie');
  await page.getByLabel('Adresse (freiwillig)').fill('Akademieweg 11, 73087 Bad Boll');
  // a key of the wrong Kommune (Bad Ditzenbach), and no source for a real record
  await page.getByLabel('Kommune des Orts (Gemeindeschlüssel, freiwillig)').fill('08117006');
  await button(page, 'Übernehmen').click();
  const card = page.locator('[data-event="gemeindenetzwerk-2027-01-20"]');
  await card.waitFor();
  const problems = await card.locator('.be-error-message').allTextContents();
  assert.deepEqual(problems.map((p) => p.replace(/ \(bei events\[\d+\][^)]*\)\.$/, '')), [
    'Ein echter Eintrag braucht eine Quelle (source) – sonst ist er als Beispiel zu kennzeichnen (example: true)',
    'Der Ort „Bad Boll“ in der Adresse ist nicht die Kommune „Bad Ditzenbach“',
  ]);
  assert.ok(await button(page, 'Datei exportieren (be-netzwerke.json)').isDisabled(), 'no export while an error stands');
  assert.ok(await page.locator('.be-error-summary').isVisible());
  await page.screenshot({ path: `${SHOTS}/redaktion-fehler-1280.png`, fullPage: true });
  await card.getByRole('button', { name: /^Bearbeiten/ }).click();
  await page.getByLabel('Kommune des Orts (Gemeindeschlüssel, freiwillig)').fill('08117012');
  await page.getByLabel('Quelle').selectOption('gemeindenetzwerk-be');
  await button(page, 'Übernehmen').click();
  await page.locator('.be-error-summary').waitFor({ state: 'detached' });
  assert.equal(await card.locator('.be-error-message').count(), 0);
  // a field the form itself refuses says so at the field
  await button(page, 'Neue Veranstaltung').click();
  await page.getByLabel('Tag', { exact: true }).fill('31.02.2027');
  await button(page, 'Übernehmen').click();
  assert.deepEqual((await page.locator('.be-red-form .be-error-message').allTextContents()).map((t) => t.replace(/^Fehler: /, '')),
    ['Geben Sie den Titel an', 'Geben Sie den Tag als Datum an, zum Beispiel 20.01.2027']);
  await button(page, 'Abbrechen').click();

  // 2. Gemeinden joined, from a list as the office writes it: network (1), paste (2), Match (3), choose (4), Add (5)
  await page.getByLabel('Netzwerk der Liste').selectOption('gemeindenetzwerk');
  const list = ['Gemeinde Bad Boll', 'St. Georgen i. Schw.', 'Altdorf', 'Atlantis'];
  await page.getByLabel('Liste (eine Kommune je Zeile)').fill(list.join('\n'));
  await button(page, 'Abgleichen').click();
  await page.getByText('2 gefunden, 1 zu wählen, 1 nicht gefunden').waitFor();
  const rows = await page.locator('.be-red-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.innerText.replace(/\s+/g, ' ').trim()));
  assert.match(rows[0], /^1 Gemeinde Bad Boll gefunden Bad Boll \(Landkreis Göppingen, 08117012\)$/);
  assert.match(rows[1], /St\. Georgen im Schwarzwald/);
  assert.match(rows[2], /mehrere möglich/);
  assert.match(rows[3], /^4 Atlantis nicht gefunden$/);
  await page.getByLabel('Altdorf (Landkreis Böblingen, 08115002)').check();
  await page.getByLabel('Stand der Liste').fill('01.12.2026');
  await page.getByLabel('Die Beispiel-Mitglieder dieses Netzwerks ersetzen').check();
  await button(page, 'Gefundene als Mitglieder übernehmen').click();
  await page.getByText('3 Mitglieder übernommen.').waitFor();
  assert.deepEqual(await app.axeViolations(), [], 'axe after the import');

  // 3. a Fachstelle's e-mail address: type it (1), leave the field (2); a wrong one is refused at the field
  const email = page.locator('#red-fachstellen-0-email');
  await email.fill('buero(at)fachstelle-ulm');
  await email.blur();
  await page.locator('#red-fachstellen-0-email-error').waitFor();
  assert.match(await page.locator('#red-fachstellen-0-email-error').textContent(), /keine gültige E-Mail-Adresse/);
  assert.ok(await button(page, 'Datei exportieren (be-netzwerke.json)').isDisabled());
  await email.fill('buero@fachstelle-ulm.example');
  await email.blur();
  await page.locator('#red-fachstellen-0-email-error').waitFor({ state: 'detached' });

  // the changes, each undoable; a reload keeps the working copy
  const changes = page.locator('.be-red-change');
  const before = await changes.allTextContents();
  assert.ok(before.some((c) => /neu Veranstaltung: Netzwerktreffen Januar \(2027-01-20\)/.test(c)), before.join('\n'));
  assert.ok(before.some((c) => /neu Mitgliedschaft: gemeindenetzwerk – 08117012/.test(c)));
  assert.ok(before.some((c) => /entfernt Mitgliedschaft: gemeindenetzwerk – \d{3}/.test(c)), 'the example members went');
  assert.ok(before.some((c) => /geändert Fachstelle: Fachstelle Bürgerschaftliches Engagement Ulm/.test(c)));
  await page.locator('.be-red-change[data-section="fachstellen"]').getByRole('button', { name: /^Rückgängig/ }).click();
  assert.equal(await page.locator('.be-red-change[data-section="fachstellen"]').count(), 0);
  assert.equal(await page.locator('#red-fachstellen-0-email').inputValue(), 'engagement-ulm@example.org', 'the field shows the undone value');
  await page.reload();
  await app.ready();
  await page.getByText(/^Geöffnet: Datensatz der Anwendung/).waitFor();
  assert.equal(await changes.count(), before.length - 1, 'the working copy survived the reload');

  // the KEB rules: a value out of its plausible range and a word are refused at the field; a change is listed
  const lead = page.getByLabel('Vorlauf: Tage vor Beginn, an denen der Antrag vorliegen muss');
  assert.equal(await lead.inputValue(), '28');
  await lead.fill('500');
  await lead.blur();
  await page.locator('#red-keb-lead_days-error').waitFor();
  assert.match(await page.locator('#red-keb-lead_days-error').textContent(), /außerhalb des Plausiblen/);
  assert.ok(await button(page, 'Datei exportieren (be-netzwerke.json)').isDisabled());
  await lead.fill('vier Wochen');
  await lead.blur();
  assert.match(await page.locator('#red-keb-lead_days-error').textContent(), /Geben Sie eine Zahl an/);
  await lead.fill('30');
  await lead.blur();
  await page.locator('#red-keb-lead_days-error').waitFor({ state: 'detached' });
  const rule = page.locator('.be-red-change[data-section="keb"]');
  assert.match(await rule.textContent(), /geändert KEB-Regeln: Kommunale Entwicklungsbausteine \(KEB\)/);
  await rule.getByRole('button', { name: /^Rückgängig/ }).click();
  assert.equal(await lead.inputValue(), '28', 'undone, the field shows the rule as opened');
  assert.equal(await changes.count(), before.length - 1);
  assert.deepEqual(await contrastProblems(page), []);
  await page.screenshot({ path: `${SHOTS}/redaktion-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 360, height: 800 });
  assert.ok((await app.overflowX()) <= 0, 'fits a phone');
  await page.screenshot({ path: `${SHOTS}/redaktion-360.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  // the export: a dataset check-data accepts, with today's Stand, that the app shows
  const file = await downloadVia(page, button(page, 'Datei exportieren (be-netzwerke.json)'));
  assert.equal(file.name, 'be-netzwerke.json');
  const exported = JSON.parse(file.text);
  assert.ok(exported.events.some((e) => e.title === 'Netzwerktreffen Januar' && e.start === '2027-01-20T10:00' && e.source === 'gemeindenetzwerk-be'));
  const gn = exported.memberships.filter((m) => m.network === 'gemeindenetzwerk');
  assert.deepEqual(gn.map((m) => [m.member, m.as_of, m.example]), [['08117012', '2026-12-01', false], ['08326052', '2026-12-01', false], ['08115002', '2026-12-01', false]]);
  const dir = await mkdtemp(join(tmpdir(), 'be-redaktion-'));
  await writeFile(join(dir, 'be-netzwerke.json'), file.text);
  execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'check-data', '--', join(dir, 'be-netzwerke.json')], { stdio: 'pipe' });

  const viewer = await env.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  await viewer.route('**/data/be-netzwerke.json', (route) => route.fulfill({ contentType: 'application/json', body: file.text }));
  const shown = new AppPage(viewer, env.app.url);
  await shown.open('/veranstaltungen/gemeindenetzwerk-2027-01-20');
  assert.equal(await shown.headingText(), 'Netzwerktreffen Januar');
  await shown.open('/mitglieder/08117012');
  assert.match(await viewer.locator('main').innerText(), /Gemeindenetzwerk/);
  await viewer.close();
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});

test('a file from disk: a damaged one is refused with every reason, nothing is replaced', async () => {
  const { page } = await open();
  const dir = await mkdtemp(join(tmpdir(), 'be-redaktion-'));
  await writeFile(join(dir, 'kaputt.json'), '{"schema_version": 1, "stand": ');
  await page.getByLabel('Datei öffnen (JSON)').setInputFiles(join(dir, 'kaputt.json'));
  await page.getByText('Die Datei lässt sich nicht öffnen').waitFor();
  assert.match(await page.locator('.be-notice-error').innerText(), /kein gültiges JSON: Fehler in Zeile 1/);
  assert.match(await page.locator('main').innerText(), /Noch keine Arbeitskopie/);
  await page.close();
});

test('the preview runs the whole app on the working copy, marked as a preview, nothing published', async () => {
  // with the service worker, which serves the working copy on this device only
  const page = await env.newPage({ viewport: { width: 1280, height: 900 } });
  const app = new AppPage(page, env.app.url);
  await app.open('/redaktion');
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 20_000 });
  await page.reload();
  await app.ready();
  await button(page, 'Datensatz der Anwendung öffnen').click();
  await button(page, 'Neue Veranstaltung').click();
  await page.getByLabel('Titel').fill('Vorschau-Treffen');
  await page.getByLabel('Tag', { exact: true }).fill('20.1.27');
  await page.getByLabel('Beispiel (erfundener Eintrag)').check();
  await button(page, 'Übernehmen').click();
  const [preview] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: 'Vorschau öffnen (neues Fenster)' }).click()]);
  const shown = new AppPage(preview, env.app.url);
  await shown.ready();
  assert.match(await preview.locator('.be-notice-preview').innerText(), /^Vorschau der Redaktion: Diese Daten sind noch nicht veröffentlicht/);
  await preview.getByRole('link', { name: 'Veranstaltungen', exact: true }).first().click();
  await preview.getByText('Vorschau-Treffen').first().waitFor();
  // the published file is unchanged
  const published = await (await fetch(new URL('data/be-netzwerke.json', env.app.url))).text();
  assert.ok(!published.includes('Vorschau-Treffen'));
  await preview.close();
  await page.close();
});
