// Page objects over WebDriver for the cross-browser journeys: the same words on the screen as the
// Playwright page objects (tests/e2e/*-page.mjs), and the same answers (ANSWERS from keb-page.mjs).
import { By, until } from 'selenium-webdriver';

const xpathText = (s) => (s.includes('"') ? `'${s}'` : `"${s}"`);

export class XbApp {
  constructor(driver, baseUrl) {
    this.driver = driver;
    this.baseUrl = baseUrl.replace(/\/$/, '');
  }

  async open(path = '/') {
    await this.driver.get(this.baseUrl + path);
    await this.waitForHeading();
  }

  async waitForHeading(text) {
    // the app's heading, not the prerendered one shown before the app starts
    const locator = text ? By.xpath(`//main[@id="be-main"]//h1[contains(normalize-space(.), ${xpathText(text)})]`) : By.css('#be-main h1');
    const heading = await this.driver.wait(until.elementLocated(locator), 20_000);
    // the loading skeleton may already show a page's fixed heading: wait until the page is drawn
    await this.driver.wait(async () => (await this.driver.findElements(By.css('#be-main .be-skeleton'))).length === 0, 20_000);
    return heading;
  }

  async heading() { return (await this.driver.findElement(By.css('#be-main h1')).getText()).trim(); }

  /** The control a visible label names (its `for` attribute). */
  async byLabel(text) {
    const label = await this.driver.wait(until.elementLocated(By.xpath(`//label[normalize-space(.)=${xpathText(text)}]`)), 10_000);
    return this.driver.findElement(By.id(await label.getAttribute('for')));
  }

  async button(text) {
    return this.driver.wait(until.elementLocated(By.xpath(`//button[normalize-space(.)=${xpathText(text)}]`)), 20_000);
  }

  async link(text) {
    return this.driver.wait(until.elementLocated(By.xpath(`//a[normalize-space(.)=${xpathText(text)}]`)), 20_000);
  }

  /** Sets a field as typing would; date fields get their value set (each engine types dates differently). */
  async fill(el, value) {
    if ((await el.getAttribute('type')) === 'date') {
      await this.driver.executeScript('arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event("input", { bubbles: true }));', el, value);
      return;
    }
    await el.clear();
    await el.sendKeys(value);
  }

  /** A viewport of `width` CSS px where the engine allows it (window chrome differs per engine). */
  async setWidth(width) {
    const win = this.driver.manage().window();
    await win.setRect({ width, height: 900 });
    const inner = await this.driver.executeScript('return window.innerWidth');
    if (inner !== width) await win.setRect({ width: width + (width - inner), height: 900 });
    return this.driver.executeScript('return window.innerWidth');
  }

  async activeElementId() { return this.driver.executeScript('return document.activeElement && document.activeElement.id'); }
  async activeElementClass() { return this.driver.executeScript('return document.activeElement && document.activeElement.className'); }
}

export class XbKeb {
  constructor(app) { this.app = app; this.driver = app.driver; }

  async continue() { await (await this.app.button('Weiter')).click(); }

  async errorLinks() {
    await this.driver.wait(until.elementLocated(By.css('.be-error-summary a')), 10_000);
    const links = await this.driver.findElements(By.css('.be-error-summary a'));
    return Promise.all(links.map(async (a) => (await a.getText()).trim()));
  }

  async answer(a) {
    for (const r of [...(a.radios ?? []), ...(a.checks ?? [])]) await (await this.app.byLabel(r)).click();
    for (const [i, [label, amount]] of (a.costs ?? []).entries()) {
      if (i > 0) await (await this.app.button('Weitere Kostenposition')).click();
      await this.app.fill(await this.app.byLabel(`Kostenposition ${i + 1}: Wofür?`), label);
      await this.app.fill(await this.app.byLabel(`Kostenposition ${i + 1}: Betrag`), amount);
    }
    for (const [label, value] of Object.entries(a.fields ?? {})) await this.app.fill(await this.app.byLabel(label), value);
  }

  async answerAll(answers) {
    const titles = Object.keys(answers);
    for (const [i, title] of titles.entries()) {
      await this.app.waitForHeading(title);
      await this.answer(answers[title]);
      await this.continue();
      await this.app.waitForHeading(titles[i + 1] ?? 'Angaben prüfen');
    }
  }
}
