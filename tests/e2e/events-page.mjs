// Page object for the events list and an event page, with calendar downloads read back.
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';

/** Records the MIME type of every Blob the page turns into a download URL. */
export async function recordBlobTypes(page) {
  await page.addInitScript(() => {
    const create = URL.createObjectURL;
    window.__blobTypes = [];
    URL.createObjectURL = (blob) => { window.__blobTypes.push(blob.type); return create.call(URL, blob); };
  });
}

export class EventsPage {
  constructor(app) {
    this.app = app;
    this.page = app.page;
  }

  async open(query = '') { await this.app.open('/veranstaltungen' + (query ? `?${query}` : '')); }
  facet(label) { return this.page.getByLabel(label, { exact: true }); }
  get shownIds() { return this.page.locator('.be-event').evaluateAll((els) => els.map((e) => e.dataset.event)); }

  /** Clicks a download button; returns { name, text, type, calendar } with the file parsed by ical.js. */
  async download(buttonName) {
    const [dl] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: buttonName }).click(),
    ]);
    const text = await readFile(await dl.path(), 'utf8');
    const type = await this.page.evaluate(() => window.__blobTypes.at(-1));
    return { name: dl.suggestedFilename(), text, type, calendar: new ICAL.Component(ICAL.parse(text)) };
  }
}

/** UIDs → our event ids. */
export function eventIds(calendar) {
  return calendar.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid').replace(/@be-netzwerke\.de$/, ''));
}

export { ICAL };
