// The app shell on every route: headings, axe-clean at phone and desktop width, no overflow,
// no console errors, no third-party requests; navigation, focus, language, deep links, 404.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, SHOTS } from './harness.mjs';
import { AppPage } from './app-page.mjs';

const ROUTES = [
  ['/', 'Das Netzwerk der Netzwerke'],
  ['/netzwerke/gemeindenetzwerk', 'Gemeindenetzwerk Bürgerschaftliches Engagement'],
  ['/mitglieder', 'Mitgliederverzeichnis'],
  ['/mitglieder/08317096', 'Offenburg'],
  ['/mitglieder/08317', 'Ortenaukreis'],
  ['/karte', 'Karte der Kreise'],
  ['/personen', 'Personen'],
  ['/veranstaltungen', 'Veranstaltungen'],
  ['/veranstaltungen/lageb-2027-03', 'LagEB-Fachtag: Engagement, Beteiligung; Demokratie'],
  ['/veranstaltungen/gibt-es-nicht', 'Seite nicht gefunden'],
  ['/keb', 'Kommunale Entwicklungsbausteine (KEB)'],
  ['/keb?kommune=08335001', 'Kommunale Entwicklungsbausteine (KEB)'],
  ['/impressum', 'Impressum'],
  ['/barrierefreiheit', 'Barrierefreiheit'],
  ['/datenschutz', 'Datenschutz'],
  ['/quellen', 'Quellen'],
  ['/leichte-sprache', 'Leichte Sprache'],
  ['/offene-daten', 'Offene Daten'],
  ['/gibt-es-nicht', 'Seite nicht gefunden'],
  ['/mitglieder/99999999', 'Seite nicht gefunden'],
];

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

for (const width of [360, 1280]) {
  test(`every route at ${width}px: heading, axe-clean, fits, no errors, no third-party requests`, async () => {
    const page = await env.newPage({ viewport: { width, height: 800 } });
    const app = new AppPage(page, env.app.url);
    for (const [path, heading] of ROUTES) {
      await app.open(path);
      assert.equal(await app.headingText(), heading, path);
      assert.deepEqual(await app.axeViolations(), [], `axe on ${path} at ${width}px`);
      assert.ok((await app.overflowX()) <= 0, `${path} scrolls sideways at ${width}px`);
      assert.deepEqual(await app.policyViolations(), [], `nothing blocked by the strict CSP on ${path}`);
      if (path === '/' || path === '/mitglieder/08317096') {
        await page.screenshot({ path: `${SHOTS}/shell${path.replace(/\W+/g, '_')}_${width}.png`, fullPage: true });
      }
    }
    assert.deepEqual(app.consoleErrors, []);
    assert.deepEqual(app.foreignRequests([env.app.url]), []);
    await page.close();
  });
}

test('every route fits a 320px phone without sideways scrolling', async () => {
  const page = await env.newPage({ viewport: { width: 320, height: 640 } });
  const app = new AppPage(page, env.app.url);
  for (const [path] of ROUTES) {
    await app.open(path);
    assert.ok((await app.overflowX()) <= 0, `${path} scrolls sideways at 320px`);
  }
  await page.close();
});

test('navigating moves focus to the new heading and sets the title; back works', async () => {
  const page = await env.newPage();
  const app = new AppPage(page, env.app.url);
  await app.open('/');
  await app.nav('Personen').click();
  await page.waitForURL(/\/personen$/);
  // the page is a part loaded on first use: focus moves once it is drawn
  await app.ready();
  assert.equal(await app.headingText(), 'Personen');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
  assert.equal(await page.title(), 'Personen – BE-Netzwerke Baden-Württemberg');
  assert.equal(await app.nav('Personen').getAttribute('aria-current'), 'page');
  await page.goBack();
  await page.waitForURL((u) => u.pathname === '/');
  assert.equal(await app.headingText(), 'Das Netzwerk der Netzwerke');
  await page.close();
});

test('a deep link survives a reload and the skip link reaches the main content', async () => {
  const page = await env.newPage();
  const app = new AppPage(page, env.app.url);
  await app.open('/mitglieder/08317096');
  await page.reload();
  await app.ready();
  assert.equal(await app.headingText(), 'Offenburg');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
  assert.ok(await skip.isVisible(), 'skip link is visible on focus');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'be-main');
  await page.close();
});

test('the language switch shows English, keeps the view and sets lang', async () => {
  const page = await env.newPage();
  const app = new AppPage(page, env.app.url);
  await app.open('/mitglieder/08317096');
  await page.getByRole('link', { name: 'Switch to English' }).click();
  await page.waitForURL(/lang=en/);
  assert.equal(await app.headingText(), 'Offenburg');
  assert.ok(await page.getByText('Official municipality key').isVisible());
  assert.equal(await page.locator('.be-root').getAttribute('lang'), 'en');
  // dates as English readers write them, not the German 25.11.2026
  assert.match(await page.locator('.be-footer-stand').textContent(), /^Data as of: \d{1,2} [A-Z][a-z]+ \d{4} · fetched \d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d$/);
  await app.nav('Members').click();
  await page.waitForURL(/\/mitglieder\?lang=en$/);
  assert.equal(await app.headingText(), 'Member directory');
  await page.close();
});

test('example records are marked "Beispiel", real historic ones are not', async () => {
  const page = await env.newPage();
  const app = new AppPage(page, env.app.url);
  await app.open('/');
  const card = (name) => page.locator('.be-node').filter({ has: page.getByRole('link', { name, exact: true }) });
  assert.equal(await card('Gemeindenetzwerk').locator('.be-badge').count(), 1);
  assert.equal(await card('StädteNetzWerk').locator('.be-badge').count(), 0);
  assert.match(await card('StädteNetzWerk').textContent(), /Mitglieder in den Daten: 49/);
  // the page says once what the badge means, with a way to the Quellen page
  const note = page.locator('#be-example-note');
  assert.match(await note.textContent(), /Erfundener Beispieleintrag, keine amtliche Angabe/);
  assert.equal(await note.getByRole('link', { name: 'Mehr dazu unter Quellen' }).count(), 1);
  await app.open('/personen');
  // the Fachberatung of each municipal network is the real organisation, with its source and date
  for (const name of ['Fachberatung Bürgerschaftliches Engagement des Städtetags Baden-Württemberg',
    'Fachberatungsteam des Gemeindenetzwerks am Institut für angewandte Sozialwissenschaften Stuttgart',
    'Fachberatung Bürgerschaftliches Engagement beim Landkreistag Baden-Württemberg']) {
    const card = page.locator('.be-card').filter({ hasText: name });
    assert.equal(await card.locator('.be-badge').count(), 0, name);
    assert.match(await card.locator('.be-source').textContent(), /^Quelle: .+\(.*gelesen am \d+\. \w+ 20\d\d\)$/, name);
    assert.equal(await card.locator('a[href*="example.org"], a[href^="mailto:"]').count(), 0, name);
  }
  // the mentors stay examples and say so
  const mentor = page.locator('.be-card').filter({ hasText: 'Mentorentrainer' }).first();
  assert.equal(await mentor.locator('.be-badge').count(), 1);
  await page.close();
});
