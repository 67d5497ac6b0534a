// Embedded in a hostile CMS page on another origin, with the app served from a sub path
// (/engagement/): one snippet mounts it; the host keeps its look, its links and its path;
// deep links, reload and back/forward work through the URL hash.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { startServer } from '../../tools/serve.mjs';
import { LOOPBACK_POLICY } from './harness.mjs';
import { launchChromium } from './browser.mjs';
import { AXE_TAGS } from './app-page.mjs';

const HOSTILE_CSS = `
  * { box-sizing: content-box }
  button { all: unset }
  html { font-size: 10px }
  a { color: red !important }
  body { height: 100%; margin: 0; font-family: Georgia, serif }
  h1 { color: #123456; font-size: 30px }
  h2 { text-transform: uppercase; letter-spacing: 3px }
  p.host { color: #222; line-height: 1.2 }`;

const hostPage = (snippet) => `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Gemeinde Musterstadt</title>
<base href="/">
<style>${HOSTILE_CSS}</style></head><body>
<header><h1 id="host-title">Gemeinde Musterstadt</h1>
<nav><a id="host-link" href="/kontakt">Kontakt</a> <a id="host-anchor" href="PAGE#unten">Nach unten</a></nav></header>
<p class="host" id="host-text">Willkommen auf der Website der Gemeinde.</p>
<button id="host-button">Host-Knopf</button>
${snippet}
<p class="host" id="unten">Fußzeile der Gemeinde</p>
</body></html>`;

const HOST_IDS = ['host-title', 'host-text', 'host-link', 'host-button', 'unten'];
const PROPS = ['color', 'font-size', 'font-family', 'line-height', 'padding-top', 'box-sizing', 'background-color', 'margin-top'];

let app, appRoot, host, browser;
before(async () => {
  app = await startServer({ root: 'dist', base: '/engagement/', csp: LOOPBACK_POLICY });
  appRoot = await startServer({ root: 'dist', csp: LOOPBACK_POLICY });
  await mkdir('.tmp/host', { recursive: true });
  await writeFile('.tmp/host/baseline.html', hostPage('<div id="slot"></div>').replace('PAGE', 'baseline.html'));
  await writeFile('.tmp/host/cms.html', hostPage(`<div data-be-netzwerke data-lang="de"></div>
<script type="module" src="${app.url}embed.js"></script>`).replace('PAGE', 'cms.html'));
  await writeFile('.tmp/host/frame.html', hostPage(`<iframe data-be-netzwerke-frame src="${appRoot.url}?einbettung=iframe"
  title="BE-Netzwerke Baden-Württemberg" style="width:100%;border:0"></iframe>
<noscript><a href="${appRoot.url}">BE-Netzwerke Baden-Württemberg öffnen</a></noscript>
<script src="${appRoot.url}embed-frame.js" defer></script>`).replace('PAGE', 'frame.html'));
  host = await startServer({ root: '.tmp/host' });
  browser = await launchChromium();
});
after(async () => { await browser?.close(); await host?.close(); await app?.close(); await appRoot?.close(); });

async function hostStyles(page) {
  return page.evaluate(([ids, props]) => Object.fromEntries(ids.map((id) => {
    const cs = getComputedStyle(document.getElementById(id));
    return [id, props.map((p) => cs.getPropertyValue(p))];
  })), [HOST_IDS, PROPS]);
}

async function openCms(hash = '', viewport = { width: 360, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().includes('/kontakt')) errors.push(m.text()); });
  await page.goto(host.url + 'cms.html' + hash);
  await page.locator('#be-main h1').waitFor({ timeout: 20_000 });
  await page.locator('#be-main .be-skeleton').waitFor({ state: 'detached', timeout: 20_000 });
  return { page, errors };
}

test('one snippet mounts the app into its element; the host page keeps its look', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const baseline = await context.newPage();
  await baseline.goto(host.url + 'baseline.html');
  const before = await hostStyles(baseline);
  const { page, errors } = await openCms();
  assert.equal((await page.locator('#be-main h1').textContent()).trim(), 'Das Netzwerk der Netzwerke');
  assert.deepEqual(await hostStyles(page), before, 'host elements look the same with the app on the page');
  assert.equal(await page.title(), 'Gemeinde Musterstadt', 'the host owns the document title');
  assert.deepEqual(errors, []);
  await context.close();
});

test('hostile host styles break neither layout nor contrast inside the app', async () => {
  const { page } = await openCms('#/mitglieder?kreis=08317');
  const fontSize = await page.locator('.be').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(fontSize >= 16, `app text stays readable (${fontSize}px) under html { font-size: 10px }`);
  await page.locator('.be-download summary').click();
  const button = page.getByRole('button', { name: 'CSV (Tabellenkalkulation)' });
  const box = await button.boundingBox();
  assert.ok(box.height >= 24 && box.width >= 24, 'buttons keep their target size under button { all: unset }');
  const heading = await page.locator('#be-main h1').evaluate((h) => [getComputedStyle(h).color, getComputedStyle(h).fontSize]);
  assert.deepEqual(heading, ['rgb(27, 27, 27)', '24px'], 'the host\'s h1 rule does not restyle the app\'s heading');
  const h2 = await page.locator('.be h2').first().evaluate((h) => getComputedStyle(h).textTransform);
  assert.equal(h2, 'none');
  const linkColor = await page.locator('.be main a').first().evaluate((a) => getComputedStyle(a).color);
  assert.notEqual(linkColor, 'rgb(255, 0, 0)', 'the host\'s a { color: red !important } does not reach the app');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, 'no sideways scrolling at 360px');
  const axe = await new AxeBuilder({ page }).include('[data-be-netzwerke]').withTags(AXE_TAGS).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  await page.close();
});

test('deep link, reload and back/forward work through the hash; the host path never changes', async () => {
  const { page } = await openCms('#/mitglieder/08317096');
  assert.equal((await page.locator('#be-main h1').textContent()).trim(), 'Offenburg');
  await page.reload();
  await page.locator('#be-main h1').waitFor();
  assert.equal((await page.locator('#be-main h1').textContent()).trim(), 'Offenburg');
  await page.locator('.be nav').getByRole('link', { name: 'Veranstaltungen' }).click();
  await page.waitForFunction(() => location.hash === '#/veranstaltungen');
  assert.equal(new URL(page.url()).pathname, '/cms.html');
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/mitglieder/08317096');
  await page.locator('#be-main h1', { hasText: 'Offenburg' }).waitFor();
  await page.goForward();
  await page.locator('#be-main h1', { hasText: 'Veranstaltungen' }).waitFor();
  await page.close();
});

test('the host\'s own links keep working: an in-page anchor and a link to another page', async () => {
  const { page } = await openCms('#/mitglieder/08317096');
  await page.locator('#host-anchor').click();
  await page.waitForFunction(() => location.hash === '#unten');
  assert.equal((await page.locator('#be-main h1').textContent()).trim(), 'Offenburg', 'a host anchor is not an app route');
  await page.locator('#host-link').click();
  await page.waitForURL((u) => u.pathname === '/kontakt');
  await page.close();
});

async function openFrame(hash = '') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(host.url + 'frame.html' + hash);
  const frame = page.frameLocator('iframe[data-be-netzwerke-frame]');
  await frame.locator('#be-main h1').waitFor({ timeout: 20_000 });
  await frame.locator('#be-main .be-skeleton').waitFor({ state: 'detached', timeout: 20_000 });
  return { page, frame, iframe: page.locator('iframe[data-be-netzwerke-frame]') };
}

/** The iframe's height and the height of the document inside it. */
async function heights(page, iframe) {
  const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
  const inner = await page.frames()[1].evaluate(() => document.documentElement.getBoundingClientRect().height);
  return { outer, inner };
}

/** Heights once the frame has reported its size (messages are asynchronous). */
async function settled(page, iframe) {
  let h;
  for (let i = 0; i < 50; i++) {
    h = await heights(page, iframe);
    if (Math.abs(h.outer - h.inner) <= 2) break;
    await page.waitForTimeout(100);
  }
  return h;
}

test('iframe: a shared link opens the same view inside the frame, and its height follows the content', async () => {
  const { page, frame, iframe } = await openFrame('#be=/mitglieder/08317096');
  assert.equal((await frame.locator('#be-main h1').textContent()).trim(), 'Offenburg');
  assert.equal(await iframe.getAttribute('title'), 'BE-Netzwerke Baden-Württemberg');
  let h = await settled(page, iframe);
  assert.ok(Math.abs(h.outer - h.inner) <= 2, `iframe ${h.outer}px for content ${h.inner}px`);
  const short = h.outer;
  await frame.locator('.be nav').getByRole('link', { name: 'Mitglieder' }).click();
  await frame.locator('#be-results li').first().waitFor();
  await page.waitForFunction((before) => document.querySelector('iframe').getBoundingClientRect().height > before + 200, short);
  h = await settled(page, iframe);
  assert.ok(Math.abs(h.outer - h.inner) <= 2, `after navigating: iframe ${h.outer}px for content ${h.inner}px`);
  await page.close();
});

test('iframe: the route is mirrored into the host hash, survives a reload; foreign messages are ignored', async () => {
  const { page, frame, iframe } = await openFrame();
  await frame.locator('.be nav').getByRole('link', { name: 'Veranstaltungen' }).click();
  await page.waitForFunction(() => location.hash === '#be=/veranstaltungen');
  assert.equal(new URL(page.url()).pathname, '/frame.html');
  await page.reload();
  const again = page.frameLocator('iframe[data-be-netzwerke-frame]');
  await again.locator('#be-main h1').waitFor();
  await again.locator('#be-main .be-skeleton').waitFor({ state: 'detached' });
  assert.equal((await again.locator('#be-main h1').textContent()).trim(), 'Veranstaltungen');
  await page.waitForTimeout(300);
  const before = await iframe.evaluate((f) => f.style.height);
  await page.evaluate(() => window.postMessage({ source: 'be-netzwerke', type: 'height', height: 9999 }, '*'));
  await page.waitForTimeout(200);
  assert.equal(await iframe.evaluate((f) => f.style.height), before, 'a message from another origin does not resize the frame');
  await page.close();
});

test('embedded: the KEB wizard loads its module from the app server and keeps the host page intact', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${host.url}cms.html#/keb?kommune=08311000`);
  await page.getByRole('button', { name: 'Antrag beginnen' }).click();
  await page.locator('h1', { hasText: 'Antragsteller' }).waitFor({ timeout: 20_000 });
  assert.match(new URL(page.url()).hash, /^#\/keb\/antrag\/e[0-9a-z]+\/antragsteller$/);
  assert.equal(new URL(page.url()).pathname, '/cms.html', 'the host path stays');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.locator('.be-error-summary').waitFor();
  // an error link focuses its field without touching the route in the hash
  const before = page.url();
  await page.locator('.be-error-summary a').first().click();
  assert.equal(page.url(), before);
  // the focused node inside the app's shadow root (the document sees its host element)
  assert.equal(await page.evaluate(() => (document.activeElement.shadowRoot ?? document).activeElement.id), 'keb-art');
  assert.match(await page.locator('dl.be-facts').last().textContent(), /Ihr Netzwerk\s*StädteNetzWerk/, 'the one eligible network is a fact');
  await page.getByLabel('Die Kommune selbst').check();
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.locator('h1', { hasText: 'Ansprechperson' }).waitFor();
  await page.goBack();
  await page.locator('h1', { hasText: 'Antragsteller' }).waitFor();
  assert.ok(await page.getByLabel('Die Kommune selbst').isChecked(), 'answers kept in the window');
  const axe = await new AxeBuilder({ page }).include('[data-be-netzwerke]').withTags(AXE_TAGS).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  assert.deepEqual(await hostStyles(page), await (async () => {
    const p = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await p.goto(`${host.url}baseline.html`);
    const s = await hostStyles(p);
    await p.close();
    return s;
  })(), 'the wizard styles leave the host alone');
  assert.deepEqual(errors, []);
  await context.close();
});
