// One application loaded in pieces (src/app/lazy.rs, tools/split-build.mjs): the first view fetches the
// app's one binary, a page of a part fetches that part's files, a part that cannot be loaded says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { setUp } from './harness.mjs';
import { AppPage } from './app-page.mjs';

const PARTS = JSON.parse(readFileSync('dist/parts.json', 'utf8'));
const fileOf = (url) => new URL(url).pathname.split('/').pop();

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

/** A page on a cold cache (a new context) and the files it fetched. */
async function coldPage(path) {
  const page = await env.newPage({ viewport: { width: 1280, height: 900 } });
  const app = new AppPage(page, env.app.url);
  await app.open(path);
  const fetched = app.requests.filter((u) => u.startsWith(env.app.url)).map(fileOf);
  return { page, app, fetched };
}

test('the build has one wasm-bindgen module: no second runtime beside the app', () => {
  const modules = readdirSync('dist').filter((f) => f.endsWith('_bg.wasm'));
  assert.deepEqual(modules, ['be-netzwerke_bg.wasm']);
  const glue = readdirSync('dist').filter((f) => f.endsWith('.js') && readFileSync(`dist/${f}`, 'utf8').includes('__wbindgen'));
  assert.deepEqual(glue, ['be-netzwerke.js']);
  assert.deepEqual(Object.keys(PARTS).sort(), ['antrag', 'keb', 'pages', 'redaktion'], 'parts.json names the application, the KEB page, the pages part and the Redaktion');
});

test('the start page on a cold cache fetches the app and no part', async () => {
  const { page, app, fetched } = await coldPage('/');
  const wasm = fetched.filter((f) => f.endsWith('.wasm'));
  assert.deepEqual(wasm, ['be-netzwerke_bg.wasm']);
  assert.equal(fetched.filter((f) => f === 'be-netzwerke.json').length, 1, 'the dataset once');
  assert.ok(!fetched.some((f) => f.endsWith('.css')), 'the pages\' and the wizard\'s styles stay away');
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});

test('a page of the pages part comes with its stylesheet: the map and its table are laid out', async () => {
  const { page, app, fetched } = await coldPage('/karte');
  assert.equal(fetched.filter((f) => f === 'be-pages.css').length, 1, 'the part\'s stylesheet, once');
  await page.locator('svg a[data-kreis]').first().waitFor();
  const style = (selector, prop) => page.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), prop);
  assert.equal(await style('.be-map-layout', 'display'), 'grid');
  assert.equal(await style('.be-table', 'border-collapse'), 'collapse');
  // on to another page of the part and back: still one stylesheet
  await app.nav('Mitglieder').click();
  await app.ready();
  assert.equal(await style('.be-results', 'list-style-type'), 'none');
  assert.equal(await page.locator('link[data-be-part]').count(), 1);
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});

test('/keb on a cold cache fetches the app, the KEB part and the dataset once, nothing else', async () => {
  const { page, app, fetched } = await coldPage('/keb');
  assert.equal(await app.headingText(), 'Kommunale Entwicklungsbausteine (KEB)');
  const wasm = [...new Set(fetched.filter((f) => f.endsWith('.wasm')))].sort();
  assert.deepEqual(wasm, ['be-netzwerke_bg.wasm', ...PARTS.keb.filter((f) => f.endsWith('.wasm'))].sort());
  assert.ok(PARTS.antrag.some((f) => !PARTS.keb.includes(f)), 'the application has files of its own');
  assert.deepEqual(fetched.filter((f) => f.endsWith('.js')).sort(), ['__wasm_split.js', 'be-netzwerke.js', 'frame.js']);
  assert.ok(fetched.includes('be-keb.css'));
  assert.equal(fetched.filter((f) => f === 'be-netzwerke.json').length, 1, 'the dataset once');
  // the wizard works from the part, over the app's data: a Kommune's eligibility
  await app.open('/keb?kommune=08311000');
  await page.getByText(/Freiburg im Breisgau ist Mitglied im StädteNetzWerk/).waitFor();
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});

test('the application\'s part is fetched once a Kommune may apply, before the user begins', async () => {
  const { page, app, fetched } = await coldPage('/keb');
  const own = PARTS.antrag.filter((f) => f.endsWith('.wasm') && !PARTS.keb.includes(f));
  assert.deepEqual(fetched.filter((f) => own.includes(f)), [], 'not with the KEB page');
  const ahead = Promise.all(own.map((f) => page.waitForResponse((r) => fileOf(r.url()) === f)));
  await page.getByLabel('Name, PLZ oder Gemeindeschlüssel Ihrer Kommune').fill('Freiburg');
  await page.getByRole('link', { name: 'Freiburg im Breisgau', exact: true }).click();
  await page.getByText(/Freiburg im Breisgau ist Mitglied im StädteNetzWerk/).waitFor();
  await ahead;
  await page.getByRole('button', { name: 'Antrag beginnen' }).click();
  await page.locator('h1', { hasText: 'Antragsteller' }).waitFor();
  const wasm = app.requests.filter((u) => u.endsWith('.wasm')).map(fileOf);
  assert.equal(new Set(wasm).size, wasm.length, 'every file once');
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});

test('the application\'s part that cannot be loaded says so with a retry; the KEB page keeps working', async () => {
  const page = await env.newPage({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });
  const app = new AppPage(page, env.app.url);
  const own = (f) => PARTS.antrag.includes(f) && !PARTS.keb.includes(f);
  let blocked = true;
  await page.route((url) => own(fileOf(url.href)), (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  await app.open('/keb?kommune=08311000');
  await page.getByRole('button', { name: 'Antrag beginnen' }).click();
  const alert = page.getByRole('alert');
  await alert.getByText('Dieser Teil der Anwendung konnte nicht geladen werden.').waitFor({ timeout: 20_000 });
  blocked = false;
  await alert.getByRole('button', { name: 'Erneut versuchen' }).click();
  await page.locator('h1', { hasText: 'Antragsteller' }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  // the draft was made before the part arrived: the KEB page lists it, and it continues
  await app.open('/keb');
  await page.locator('.be-card').getByRole('link', { name: 'Fortsetzen' }).click();
  await page.locator('h1', { hasText: 'Antragsteller' }).waitFor();
  assert.match(page.url(), /\/keb\/antrag\/[^/]+\/antragsteller$/, 'the address names the step the draft continues at');
  await page.close();
});

test('a part that cannot be loaded says so with a retry; the rest of the app keeps working', async () => {
  // no service worker: its precache would fetch the part past the blocked route and answer the retry itself
  const page = await env.newPage({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });
  const app = new AppPage(page, env.app.url);
  const own = (f) => PARTS.pages.includes(f) && !PARTS.keb.includes(f);
  let answer = 'abort';
  await page.route((url) => own(fileOf(url.href)), (route) => (answer === 'abort' ? route.abort('internetdisconnected')
    : answer === '404' ? route.fulfill({ status: 404, body: 'Not Found' }) : route.continue()));
  await page.goto(`${env.app.url}/karte`);
  const alert = page.getByRole('alert');
  await alert.getByText('Dieser Teil der Anwendung konnte nicht geladen werden.').waitFor({ timeout: 20_000 });
  assert.match(await alert.textContent(), /Internetverbindung/);
  // the header still leads on: the start page (in the first view) opens
  await app.nav('Netzwerke').click();
  await app.ready();
  assert.equal(await app.headingText(), 'Das Netzwerk der Netzwerke');
  // an old page after a new release: the chunk answers 404, the same message
  answer = '404';
  await page.goBack();
  await alert.getByRole('button', { name: 'Erneut versuchen' }).waitFor();
  // the connection is back: the retry loads the map
  answer = 'pass';
  await alert.getByRole('button', { name: 'Erneut versuchen' }).click();
  await page.locator('svg a[data-kreis]').first().waitFor();
  assert.equal(await page.locator('svg a[data-kreis]').count(), 44);
  assert.equal(await page.getByRole('alert').count(), 0);
  await page.close();
});

test('in English the message and the retry are English', async () => {
  const page = await env.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  await page.route((url) => fileOf(url.href).startsWith('split_pages'), (route) => route.abort());
  await page.goto(`${env.app.url}/impressum?lang=en`);
  const alert = page.getByRole('alert');
  await alert.getByText('This part of the application could not be loaded.').waitFor({ timeout: 20_000 });
  assert.equal(await alert.getByRole('button', { name: 'Try again' }).count(), 1);
  await page.close();
});
