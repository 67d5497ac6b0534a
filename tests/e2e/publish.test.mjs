// Publishing from the Redaktion to a real WebDAV server (Apache httpd + mod_dav, started here): GET is
// public, PUT needs a login and If-Match. A wrong login is refused with a clear message; a publish lands
// (204) and the public file is the new one; a publish after someone else's is refused (412), nothing is
// lost, and the editor's changes go onto the newer file and publish.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchChromium } from './browser.mjs';
import { AppPage } from './app-page.mjs';
import { startWebdav, LOGIN } from './webdav.mjs';

let browser, dav;
before(async () => { browser = await launchChromium(); dav = await startWebdav(); });
after(async () => { await browser?.close(); await dav?.close(); });

const onDisk = () => JSON.parse(readFileSync(dav.file, 'utf8'));
const button = (page, name) => page.getByRole('button', { name, exact: true });

async function changeEmail(page, value) {
  const email = page.locator('#red-fachstellen-0-email');
  await email.fill(value);
  await email.blur();
  await page.locator('.be-red-change[data-section="fachstellen"]').waitFor();
}

async function publishAs(page, password) {
  await page.getByLabel('Benutzername').fill(LOGIN.user);
  await page.getByLabel('Passwort').fill(password);
  await button(page, 'Veröffentlichen').click();
}

test('publish with a login and If-Match: 401 explained, 204 published, 412 keeps everything and reapplies', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const app = new AppPage(page, dav.url);
  await app.open('/redaktion');
  await button(page, 'Datensatz der Anwendung öffnen').click();
  await page.getByText(/^Geöffnet:/).waitFor();
  assert.match(await page.locator('section[aria-labelledby="red-publish"]').innerText(), new RegExp(`an ${dav.url}data/be-netzwerke.json gesendet`));

  await changeEmail(page, 'buero@fachstelle-ulm.example');
  await publishAs(page, 'falsch');
  await page.getByText('Die Anmeldung wurde abgelehnt (HTTP 401): Prüfen Sie Benutzername und Passwort. Ihre Arbeitskopie bleibt erhalten.').waitFor();
  assert.equal(onDisk().fachstellen[0].email, 'engagement-ulm@example.org', 'nothing was written');
  assert.equal(await page.locator('.be-red-change[data-section="fachstellen"]').count(), 1, 'the change is kept');

  await publishAs(page, LOGIN.password);
  await page.getByText(/^Veröffentlicht\./).waitFor();
  assert.equal(onDisk().fachstellen[0].email, 'buero@fachstelle-ulm.example');
  const published = await (await fetch(`${dav.url}data/be-netzwerke.json`)).json();
  assert.equal(published.fachstellen[0].email, 'buero@fachstelle-ulm.example', 'GET is public');
  assert.match(await page.locator('section[aria-labelledby="red-changes"]').innerText(), /Noch keine Änderungen/, 'what is published is the new baseline');

  // someone else publishes meanwhile (their own If-Match, with the strong ETag a second later)
  await new Promise((r) => setTimeout(r, 1100));
  const now = await fetch(`${dav.url}data/be-netzwerke.json`);
  const theirs = await now.json();
  theirs.events[0].title = 'Landesnetzwerkkonferenz Frühjahr 2026 (neuer Ort)';
  const put = await fetch(`${dav.url}data/be-netzwerke.json`, {
    method: 'PUT',
    headers: { Authorization: `Basic ${Buffer.from(`${LOGIN.user}:${LOGIN.password}`).toString('base64')}`, 'If-Match': now.headers.get('etag') },
    body: JSON.stringify(theirs),
  });
  assert.ok(put.ok, `their publish: ${put.status}`);

  await changeEmail(page, 'engagement@fachstelle-ulm.example');
  await publishAs(page, LOGIN.password);
  const conflict = page.locator('section[aria-labelledby="red-publish"] .be-notice-warning');
  await conflict.waitFor();
  assert.match(await conflict.innerText(), /Jemand hat die Datei inzwischen veröffentlicht; sie wurde nicht überschrieben/);
  assert.match(await conflict.innerText(), /Veranstaltung: Landesnetzwerkkonferenz Frühjahr 2026 \(neuer Ort\)/);
  assert.equal(onDisk().events[0].title, 'Landesnetzwerkkonferenz Frühjahr 2026 (neuer Ort)', 'their file stands');
  assert.equal(onDisk().fachstellen[0].email, 'buero@fachstelle-ulm.example');
  await button(page, 'Meine Änderungen auf die neue Datei anwenden').click();
  await page.getByText(/^Ihre Änderungen stehen jetzt auf der neuen Datei/).waitFor();
  await publishAs(page, LOGIN.password);
  await page.getByText(/^Veröffentlicht\./).waitFor();
  const merged = onDisk();
  assert.equal(merged.events[0].title, 'Landesnetzwerkkonferenz Frühjahr 2026 (neuer Ort)');
  assert.equal(merged.fachstellen[0].email, 'engagement@fachstelle-ulm.example');
  assert.deepEqual(await app.axeViolations(), []);
  await context.close();
});
