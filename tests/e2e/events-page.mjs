// Page object for the events list and an event page, with calendar downloads read back.
import ICAL from 'ical.js';
import { downloadVia } from './download.mjs';

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
    const file = await downloadVia(this.page, this.page.getByRole('button', { name: buttonName }));
    return { ...file, calendar: new ICAL.Component(ICAL.parse(file.text)) };
  }
}

/** UIDs → our event ids. */
export function eventIds(calendar) {
  return calendar.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid').replace(/@be-netzwerke\.de$/, ''));
}

export { ICAL };
