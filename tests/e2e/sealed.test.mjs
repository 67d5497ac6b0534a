// Embedded in a page built like a real CMS theme (TYPO3/WordPress style: element rules for header,
// nav, footer and main; class-scoped rules for lists, tables, inputs, hidden native checkboxes,
// headings and svg sizes; a delegated click handler on hash links; <base href>), on another origin
// and under a strict Content-Security-Policy of its own: the app inside its shadow root looks exactly
// as on a blank host page, the theme keeps its look, and links, focus and the wizard work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { startServer } from '../../tools/serve.mjs';
import { launchChromium } from './browser.mjs';
import { AXE_TAGS } from './app-page.mjs';
import { LOOPBACK_POLICY, recordPolicyViolations } from './harness.mjs';

const THEME_CSS = `
html { font-size: 62.5% }
body { margin: 0; font: 1.6rem/1.8 Georgia, serif; color: #333; letter-spacing: .03em }
header { position: sticky; top: 0; z-index: 100; background: #002b5c; color: #fff; padding: 2rem; text-transform: uppercase }
nav ul { display: flex; gap: 3rem; list-style: none; margin: 0; padding: 0 }
nav a { color: #fff; font-weight: bold }
main { padding: 3rem; max-width: 90rem; margin: 0 auto }
footer { position: fixed; bottom: 0; left: 0; right: 0; background: #222; color: #eee; padding: 1rem }
h1, h2, h3 { font-family: Impact, sans-serif; text-transform: uppercase; color: #900; letter-spacing: .1em }
.content h1 { font-size: 4.8rem; border-bottom: 5px solid #900 }
.ce-bodytext ul li { list-style: none; padding-left: 2.5rem; position: relative }
.ce-bodytext ul li::before { content: "»"; position: absolute; left: 0; color: #900 }
.content table { border-collapse: collapse; width: 100% }
.content table td, .content table th { border: 3px solid red; padding: 2rem; text-align: center }
.content input, .content select, .content textarea { border: 2px dashed blue; height: 6rem; font-size: 2rem; border-radius: 0 }
.content input[type="checkbox"], .content input[type="radio"] { opacity: 0; position: absolute; width: 1px; height: 1px }
.content svg { width: 1.6rem; height: 1.6rem }
.content a { color: #c00; text-decoration: none; border-bottom: 1px dotted }
.content p { margin: 0 0 3rem; line-height: 2.2 }
.content { accent-color: hotpink; color: #0a0; list-style: square; text-align: justify; word-spacing: .3em }`;

// the theme's script: a delegated handler that takes over every link with a hash (smooth scrolling)
const THEME_JS = `document.addEventListener('click', (e) => {
  const a = e.target.closest && e.target.closest('a[href*="#"]');
  if (a) { e.preventDefault(); window.themeIntercepted = (window.themeIntercepted || 0) + 1; }
});`;

const page = (css, appUrl, withApp = true) => `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Stadt Musterstadt</title><link rel="icon" href="data:,">
<base href="/">${css ? '<link rel="stylesheet" href="theme.css"><script src="theme.js"></script>' : ''}</head><body>
<header><p id="host-brand">Stadt Musterstadt</p><nav><ul><li><a id="host-link" href="/rathaus">Rathaus</a></li>
<li><a id="host-anchor" href="#kontakt">Kontakt</a></li></ul></nav></header>
<main><div class="content"><h1 id="host-title">Bürgerschaftliches Engagement</h1>
<div class="ce-bodytext"><ul id="host-list"><li>Ehrenamt</li></ul>
${withApp ? '<div data-be-netzwerke data-lang="de"></div>' : ''}</div>
<p id="kontakt">Kontakt: Rathaus</p></div></main>
<footer id="host-footer">© Stadt Musterstadt</footer>
${withApp ? `<script type="module" src="${appUrl}embed.js"></script>` : ''}</body></html>`;

/** What the app draws, where the theme would reach it without a shadow root. */
const PROBES = [
  ['#/mitglieder', ['.be-header', '.be-nav ul', '.be-nav a', '.be-footer', '#be-main h1', '#be-members-q', '.be-facts, .be-hint', '#be-results li']],
  ['#/karte', ['.be-map-svg', '.be-table td', '.be-table th', '.be-legend-classes li']],
  ['#/veranstaltungen', ['#be-main h2', '#be-main ul li', '#be-main p']],
];
const PROPS = ['position', 'top', 'z-index', 'display', 'color', 'background-color', 'font-family', 'font-size', 'line-height',
  'letter-spacing', 'word-spacing', 'text-transform', 'text-align', 'list-style-type', 'padding-left', 'padding-top',
  'border-top-width', 'border-top-style', 'opacity', 'accent-color', 'margin-bottom'];
// sizes that do not follow the host's column width (which is the host's to choose)
const SIZED = [['#/mitglieder', '#be-members-q', 'height'], ['#/karte', '.be-map-svg', 'height']];
const HOST_IDS = ['host-brand', 'host-link', 'host-title', 'host-list', 'kontakt', 'host-footer'];
const HOST_PROPS = ['color', 'font-family', 'font-size', 'text-transform', 'position', 'background-color', 'list-style-type'];

let app, host, browser, hostPolicy;
before(async () => {
  app = await startServer({ root: 'dist', base: '/engagement/', csp: LOOPBACK_POLICY });
  const appOrigin = new URL(app.url).origin;
  // the host's own strict policy: what README "Embedding in a municipal website" asks an operator to allow
  hostPolicy = `default-src 'self'; script-src 'self' ${appOrigin} 'wasm-unsafe-eval'; style-src 'self' ${appOrigin}; `
    + `connect-src 'self' ${appOrigin}; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'`;
  await mkdir('.tmp/theme', { recursive: true });
  await writeFile('.tmp/theme/theme.css', THEME_CSS);
  await writeFile('.tmp/theme/theme.js', THEME_JS);
  await writeFile('.tmp/theme/cms.html', page(true, app.url));
  await writeFile('.tmp/theme/blank.html', page(false, app.url));
  await writeFile('.tmp/theme/theme-only.html', page(true, app.url, false));
  host = await startServer({ root: '.tmp/theme', csp: hostPolicy });
  browser = await launchChromium();
});
after(async () => { await browser?.close(); await host?.close(); await app?.close(); });

async function open(file, hash, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript(recordPolicyViolations);
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (m) => { if (m.type() === 'error' && !/rathaus|favicon/.test(m.text())) errors.push(m.text()); });
  await p.goto(`${host.url}${file}${hash}`);
  await p.locator('#be-main h1').waitFor({ timeout: 20_000 });
  await p.locator('#be-main .be-skeleton').waitFor({ state: 'detached', timeout: 20_000 });
  return { page: p, errors };
}

const stylesOf = (p, selector) => p.locator(selector).first().evaluate((el, props) => {
  const cs = getComputedStyle(el);
  return props.map((name) => `${name}: ${cs.getPropertyValue(name)}`);
}, PROPS);

const hostStyles = (p) => p.evaluate(([ids, props]) => Object.fromEntries(ids.map((id) => {
  const cs = getComputedStyle(document.getElementById(id));
  return [id, props.map((name) => cs.getPropertyValue(name))];
})), [HOST_IDS, HOST_PROPS]);

for (const width of [360, 1280]) {
  test(`at ${width} px the app looks as on a blank host page, and the theme keeps its look`, async () => {
    for (const [hash, selectors] of PROBES) {
      const blank = await open('blank.html', hash, width);
      const themed = await open('cms.html', hash, width);
      for (const selector of selectors) {
        assert.deepEqual(await stylesOf(themed.page, selector), await stylesOf(blank.page, selector), `${hash} ${selector}`);
      }
      for (const [, selector, prop] of SIZED.filter(([h]) => h === hash)) {
        const size = (q) => q.locator(selector).first().evaluate((el, name) => getComputedStyle(el).getPropertyValue(name), prop);
        const [mine, theirs] = [await size(themed.page), await size(blank.page)];
        if (selector === '.be-map-svg') assert.ok(parseFloat(mine) > 200, `${selector} ${prop} ${mine}: the theme's svg rule does not shrink the map`);
        else assert.equal(mine, theirs, `${selector} ${prop}`);
      }
      if (hash === '#/mitglieder') {
        await themed.page.screenshot({ path: `test-results/screenshots/sealed_cms_${width}.png`, fullPage: true });
      }
      const bare = await browser.newPage({ viewport: { width, height: 900 } });
      await bare.goto(`${host.url}theme-only.html`);
      assert.deepEqual(await hostStyles(themed.page), await hostStyles(bare), 'the theme\'s own elements are unchanged');
      await bare.close();
      assert.deepEqual(themed.errors, []);
      await blank.page.context().close();
      await themed.page.context().close();
    }
  });
}

test('inside the shadow root a page of the pages part gets its stylesheet there, not in the host\'s head', async () => {
  const { page: p } = await open('cms.html', '#/karte');
  await p.locator('.be-map-svg a').first().waitFor();
  const inRoot = await p.locator('[data-be-netzwerke]').evaluate((el) => el.shadowRoot.querySelectorAll('link[data-be-part="pages"]').length);
  assert.equal(inRoot, 1);
  assert.equal(await p.locator('head link[data-be-part]').count(), 0);
  assert.equal(await p.locator('.be-table').first().evaluate((el) => getComputedStyle(el).borderCollapse), 'collapse');
  await p.context().close();
});

test('the theme\'s hash-link handler does not take the app\'s links; the host\'s own links still work', async () => {
  const { page: p } = await open('cms.html', '#/mitglieder/08317096');
  await p.locator('.be-nav').getByRole('link', { name: 'Veranstaltungen' }).click();
  await p.waitForFunction(() => location.hash === '#/veranstaltungen');
  assert.equal(await p.evaluate(() => window.themeIntercepted ?? 0), 0, 'the app\'s click never reached the theme as a hash link');
  assert.equal(new URL(p.url()).pathname, '/cms.html');
  await p.goBack();
  await p.waitForFunction(() => location.hash === '#/mitglieder/08317096');
  await p.locator('#be-main h1', { hasText: 'Offenburg' }).waitFor();
  await p.locator('#host-anchor').click();
  assert.equal(await p.evaluate(() => window.themeIntercepted), 1, 'the theme still handles its own anchors');
  await p.context().close();
});

test('keyboard: the skip link and the focus after navigation work inside the shadow root', async () => {
  const { page: p } = await open('cms.html', '#/mitglieder');
  const focused = () => p.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? `${el.tagName.toLowerCase()}#${el.id}.${el.className}` : '';
  });
  await p.locator('#host-anchor').focus();
  for (let i = 0; i < 5 && !(await focused()).includes('be-skip-link'); i++) await p.keyboard.press('Tab');
  assert.match(await focused(), /be-skip-link/);
  await p.keyboard.press('Enter');
  assert.match(await focused(), /^main#be-main/);
  await p.locator('.be-nav').getByRole('link', { name: 'Personen' }).click();
  await p.locator('#be-main h1', { hasText: 'Personen' }).waitFor();
  assert.match(await focused(), /^h1#/, 'the new page\'s heading has focus');
  await p.context().close();
});

test('the wizard works inside the root: error summary links focus their fields; axe finds nothing', async () => {
  const { page: p } = await open('cms.html', '#/keb?kommune=08311000', 360);
  await p.getByRole('button', { name: 'Antrag beginnen' }).click();
  await p.locator('h1', { hasText: 'Antragsteller' }).waitFor({ timeout: 20_000 });
  await p.getByRole('button', { name: 'Weiter' }).click();
  await p.locator('.be-error-summary').waitFor();
  await p.locator('.be-error-summary a').first().click();
  const active = await p.evaluate(() => document.querySelector('[data-be-netzwerke]').shadowRoot.activeElement?.id);
  assert.equal(active, 'keb-art');
  const checkbox = await p.locator('#keb-speichern').evaluate((el) => [getComputedStyle(el).opacity, getComputedStyle(el).position]);
  assert.deepEqual(checkbox, ['1', 'static'], 'the theme\'s hidden-checkbox rule does not hide the app\'s checkbox');
  const axe = await new AxeBuilder({ page: p }).include('[data-be-netzwerke]').withTags(AXE_TAGS).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  await p.context().close();
});

test('every route of the embed runs under the host\'s strict policy: nothing blocked', async () => {
  const routes = ['#/', '#/netzwerke/gemeindenetzwerk', '#/mitglieder', '#/mitglieder/08317096', '#/karte', '#/personen',
    '#/veranstaltungen', '#/veranstaltungen/lageb-2027-03', '#/keb', '#/impressum', '#/barrierefreiheit', '#/datenschutz',
    '#/quellen', '#/leichte-sprache', '#/offene-daten'];
  const { page: p, errors } = await open('cms.html', '#/');
  for (const hash of routes) {
    await p.goto(`${host.url}cms.html${hash}`);
    await p.locator('#be-main h1').waitFor({ timeout: 20_000 });
    await p.locator('#be-main .be-skeleton').waitFor({ state: 'detached', timeout: 20_000 });
    assert.deepEqual(await p.evaluate(() => window.__bePolicyViolations), [], hash);
  }
  assert.equal(await p.evaluate(() => !!document.querySelector('[data-be-netzwerke]').shadowRoot), true, 'mounted in a shadow root');
  assert.deepEqual(errors, []);
  await p.context().close();
});

test('where no shadow root can be attached, the app mounts into the element with its stylesheet in the head', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => { Element.prototype.attachShadow = undefined; });
  const p = await context.newPage();
  await p.goto(`${host.url}blank.html#/mitglieder`);
  await p.locator('#be-main h1').waitFor({ timeout: 20_000 });
  assert.equal(await p.evaluate(() => !!document.querySelector('[data-be-netzwerke]').shadowRoot), false);
  assert.equal(await p.evaluate(() => document.querySelector('[data-be-netzwerke]').classList.contains('be')), true);
  assert.equal(await p.locator('head link[data-be-netzwerke-style]').count(), 1);
  assert.equal((await p.locator('#be-main h1').textContent()).trim(), 'Mitgliederverzeichnis');
  await context.close();
});
