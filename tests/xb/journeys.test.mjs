// The core journeys in Chromium, Firefox and WebKit against the release build: start page →
// network → directory search → Kommune page; a deep link reloaded; the KEB wizard from
// eligibility to the check page with one validation error; an event's calendar file; the app
// embedded in a host page. One browser start per engine; screenshots at 360 and 1280 px into
// test-results/xb/<engine>/.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { By, until } from 'selenium-webdriver';
import { startServer } from '../../tools/serve.mjs';
import { LOOPBACK_POLICY } from '../e2e/harness.mjs';
import { startEngine } from './engines.mjs';
import { XbApp, XbKeb } from './xb-page.mjs';
import { answersStarting } from '../e2e/keb-page.mjs';

// this engine's real clock: a start on 31 December of this year is never past nor next year
const YEAR_END = `31.12.${new Date().getFullYear()}`;

const ENGINES = (process.env.XB_ENGINES || 'chromium,firefox,webkit').split(',');
const SHOTS = process.env.XB_SHOTS || 'test-results/xb';

let app, host;
before(async () => {
  app = await startServer({ root: 'dist', csp: LOOPBACK_POLICY });
  await mkdir('.tmp/xb-host', { recursive: true });
  await writeFile('.tmp/xb-host/cms.html', `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Gemeinde Musterstadt</title>
<style>body { font-family: Georgia, serif } a { color: red } h1 { color: rgb(255, 0, 0); text-transform: uppercase }</style></head><body>
<h1 id="host-title">Gemeinde Musterstadt</h1><p id="host-text">Willkommen.</p>
<div data-be-netzwerke data-lang="de"></div>
<script type="module" src="${app.url}embed.js"></script></body></html>`);
  host = await startServer({ root: '.tmp/xb-host' });
});
after(async () => { await host?.close(); await app?.close(); });

for (const name of ENGINES) {
  describe(name, () => {
    let engine, ui;
    const shot = async (label) => {
      await mkdir(`${SHOTS}/${name}`, { recursive: true });
      await writeFile(`${SHOTS}/${name}/${label}.png`, await engine.driver.takeScreenshot(), 'base64');
    };
    before(async () => {
      engine = await startEngine(name);
      ui = new XbApp(engine.driver, app.url);
      await ui.setWidth(1280);
    });
    after(async () => { await engine?.quit(); });

    test(`${name}: start page → network → directory search → Kommune page`, async () => {
      await ui.open('/');
      await shot('start-1280');
      await (await engine.driver.findElement(By.css('a[href$="/netzwerke/staedtenetzwerk"]'))).click();
      await ui.waitForHeading('StädteNetzWerk');
      await (await ui.link('Mitglieder')).click();
      await ui.waitForHeading('Mitgliederverzeichnis');
      const box = await engine.driver.findElement(By.id('be-members-q'));
      await box.sendKeys('Offenbrug'); // a typo
      const hit = await engine.driver.wait(until.elementLocated(By.css('#be-results a[href$="/mitglieder/08317096"]')), 10_000);
      assert.match(await engine.driver.getCurrentUrl(), /q=Offenbrug/);
      await hit.click();
      await ui.waitForHeading('Offenburg');
      assert.equal(await ui.heading(), 'Offenburg');
      // German numbers whatever the engine's locale
      assert.match(await engine.driver.findElement(By.css('.be-facts')).getText(), /\d{1,3}\.\d{3}/);
      assert.equal(await ui.activeElementClass(), 'be-h1', 'focus moved to the new heading');
    });

    test(`${name}: a deep link survives a reload`, async () => {
      await ui.open('/mitglieder?kreis=08317&typ=stadt');
      const count = async () => (await engine.driver.findElement(By.id('be-result-count')).getText()).trim();
      const before = await count();
      assert.match(before, /\d+ Treffer/);
      await engine.driver.navigate().refresh();
      await ui.waitForHeading('Mitgliederverzeichnis');
      await engine.driver.wait(async () => (await count()) === before, 10_000);
      const narrow = await ui.setWidth(360);
      await shot('mitglieder-360');
      // no sideways scrolling at the narrowest width the engine gives us
      assert.ok(await engine.driver.executeScript('return document.documentElement.scrollWidth <= window.innerWidth'), `fits ${narrow} px`);
      await ui.setWidth(1280);
      await shot('mitglieder-1280');
    });

    test(`${name}: KEB wizard from eligibility to the check page, with one validation error`, async () => {
      const keb = new XbKeb(ui);
      await ui.open('/keb');
      await (await ui.byLabel('Name, PLZ oder Gemeindeschlüssel Ihrer Kommune')).sendKeys('Freiburg');
      await (await ui.link('Freiburg im Breisgau')).click();
      await (await ui.button('Antrag beginnen')).click();
      await ui.waitForHeading('Antragsteller');
      await keb.continue();
      assert.deepEqual(await keb.errorLinks(), ['Wählen Sie aus, wer den Antrag stellt']);
      await engine.driver.wait(async () => (await ui.activeElementClass()) === 'be-error-summary', 5_000);
      assert.match(await engine.driver.getTitle(), /^Fehler: Antragsteller/);
      await ui.setWidth(360);
      await shot('keb-fehler-360');
      await ui.setWidth(1280);
      await keb.answerAll(answersStarting(YEAR_END));
      const summary = await engine.driver.findElement(By.css('.be-summary:last-of-type')).getText();
      assert.match(summary, /1\.500,00 €/);
      const all = await engine.driver.findElement(By.css('main')).getText();
      assert.ok(all.includes(YEAR_END), 'the start as the page writes it');
      assert.match(all, /Raummiete und Bewirtung: 800,50 €/);
      await shot('keb-pruefen-1280');
    });

    test(`${name}: an event's calendar file`, async () => {
      await ui.open('/veranstaltungen/lnk-2027-1');
      // keep the file the app makes instead of handing it to the engine's download manager
      await engine.driver.executeScript(`
        window.__files = [];
        const make = URL.createObjectURL;
        URL.createObjectURL = (blob) => { blob.text().then((t) => window.__files.push({ type: blob.type, text: t })); return make(blob); };
        HTMLAnchorElement.prototype.click = function () { window.__files.name = this.download; };`);
      await (await ui.button('In Kalender eintragen (.ics)')).click();
      await engine.driver.wait(async () => (await engine.driver.executeScript('return window.__files.length')) > 0, 5_000);
      const [file] = await engine.driver.executeScript('return window.__files');
      const name_ = await engine.driver.executeScript('return window.__files.name');
      assert.equal(name_, 'be-netzwerke_lnk-2027-1.ics');
      assert.equal(file.type, 'text/calendar;charset=utf-8');
      assert.match(file.text, /^BEGIN:VCALENDAR\r\n/);
      assert.match(file.text, /\r\nDTSTART;TZID=Europe\/Berlin:\d{8}T\d{6}\r\n/);
      assert.ok(file.text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75));
    });

    test(`${name}: embedded in a host page, sealed in a shadow root`, async () => {
      await engine.driver.get(`${host.url}cms.html#/mitglieder/08317096`);
      // WebDriver reaches into the app's shadow root with getShadowRoot() and CSS (XPath cannot: w3c/webdriver 1610)
      const root = await engine.driver.wait(async () => {
        try { return await engine.driver.findElement(By.css('[data-be-netzwerke]')).getShadowRoot(); } catch { return null; }
      }, 20_000);
      const heading = async () => {
        const found = await root.findElements(By.css('#be-main h1'));
        const loading = await root.findElements(By.css('#be-main .be-skeleton'));
        return found.length && !loading.length ? (await found[0].getText()).trim() : '';
      };
      await engine.driver.wait(async () => (await heading()) === 'Offenburg', 20_000);
      // the host's own heading keeps the host's look (its rule capitalises it), the app's does not get it
      assert.equal(await engine.driver.findElement(By.id('host-title')).getText(), 'GEMEINDE MUSTERSTADT');
      assert.equal(await (await root.findElement(By.css('#be-main h1'))).getText(), 'Offenburg');
      const h1Colour = await engine.driver.executeScript(
        'return getComputedStyle(arguments[0]).color', await root.findElement(By.css('#be-main h1')));
      assert.notEqual(h1Colour, 'rgb(255, 0, 0)', 'the host\'s h1 rule does not reach into the app');
      await (await root.findElement(By.css('.be-nav a[href$="#/karte"]'))).click();
      await engine.driver.wait(async () => (await heading()) === 'Karte der Kreise', 20_000);
      const url = new URL(await engine.driver.getCurrentUrl());
      assert.equal(url.pathname, '/cms.html');
      assert.equal(url.hash, '#/karte');
      await shot('embedded-1280');
    });
  });
}
