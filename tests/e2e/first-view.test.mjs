// The first view of the own page: pages whose heading needs no data show it before the app has
// loaded (prerendered at build time), in the place where the app then shows the same text, so
// nothing moves; pages whose heading comes from the data, and the iframe, keep the skeleton.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp } from './harness.mjs';
import { AppPage } from './app-page.mjs';

const PAGES_WITH_HEAD = ['/', '/mitglieder', '/karte', '/personen', '/veranstaltungen', '/quellen', '/offene-daten'];

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

/** The page as it is before the app runs: the wasm never arrives. */
async function openWithoutApp(path, width) {
  const page = await env.newPage({ viewport: { width, height: 800 } });
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(env.app.url.replace(/\/$/, '') + path);
  await page.waitForLoadState('load');
  return page;
}

const visibleHead = (page) => page.evaluate(() => {
  const shown = [...document.querySelectorAll('h1')].filter((h) => h.checkVisibility());
  const box = (el) => { const r = el.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].map(Math.round); };
  const lead = shown[0]?.nextElementSibling;
  return {
    headings: document.querySelectorAll('h1').length,
    title: shown.map((h) => h.textContent.trim()),
    lead: lead?.textContent.trim(),
    boxes: shown[0] ? [box(shown[0]), box(lead)] : [],
    titleBar: !!document.querySelector('.be-skeleton-title')?.checkVisibility(),
  };
});

for (const width of [360, 1280]) {
  test(`at ${width} px each page's heading and lead are there before the app, where the app puts them`, async () => {
    for (const path of PAGES_WITH_HEAD) {
      const before = await openWithoutApp(path, width);
      const early = await visibleHead(before);
      assert.equal(early.headings, 1, `${path}: one h1 on the page`);
      assert.equal(early.title.length, 1, `${path}: the heading is shown before the app`);
      assert.ok(early.lead.length > 40, `${path}: the lead is shown before the app`);
      assert.equal(early.titleBar, false, `${path}: no placeholder bar where the heading is`);
      await before.context().close();

      const page = await env.newPage({ viewport: { width, height: 800 } });
      const app = new AppPage(page, env.app.url);
      await app.open(path);
      const late = await visibleHead(page);
      assert.deepEqual(late.title, early.title, `${path}: the app's heading is the prerendered one`);
      assert.equal(late.lead, early.lead, `${path}: the app's lead is the prerendered one`);
      assert.deepEqual(late.boxes, early.boxes, `${path}: heading and lead stay where they were`);
      await page.context().close();
    }
  });
}

test('loading a page moves nothing: no layout shift from the first paint to the full page', async () => {
  for (const path of ['/', '/mitglieder', '/mitglieder?lang=en', '/impressum']) {
    const page = await env.newPage({ viewport: { width: 360, height: 800 } });
    await page.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value)))
        .observe({ type: 'layout-shift', buffered: true });
    });
    const app = new AppPage(page, env.app.url);
    await app.open(path);
    await page.waitForTimeout(500);
    assert.deepEqual(await page.evaluate(() => window.shifts), [], path);
    await page.context().close();
  }
});

test('the English view shows the English heading first', async () => {
  const before = await openWithoutApp('/mitglieder?lang=en', 360);
  const early = await visibleHead(before);
  assert.deepEqual(early.title, ['Member directory']);
  assert.equal(await before.locator('.be-pre').getAttribute('lang'), 'en', 'marked as English for screen readers');
  await before.context().close();
  const page = await env.newPage({ viewport: { width: 360, height: 800 } });
  const app = new AppPage(page, env.app.url);
  await app.open('/mitglieder?lang=en');
  assert.equal(await app.headingText(), 'Member directory');
  assert.deepEqual((await visibleHead(page)).boxes, early.boxes, 'heading and lead stay where they were');
  await page.context().close();
});

test('a page without a fixed heading and the iframe keep the skeleton', async () => {
  for (const path of ['/impressum', '/mitglieder/08317096', '/?einbettung=iframe']) {
    const page = await openWithoutApp(path, 360);
    const early = await visibleHead(page);
    assert.deepEqual(early.title, [], `${path}: no heading shown before the app`);
    assert.equal(early.headings, 0, `${path}: no hidden heading left either`);
    assert.equal(early.titleBar, true, `${path}: the placeholder bar holds the heading's place`);
    await page.context().close();
  }
});
