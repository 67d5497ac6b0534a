// Page object for the member directory: what a user types, picks and reads there.
export class DirectoryPage {
  constructor(app) {
    this.app = app;
    this.page = app.page;
  }

  async open(query = '') { await this.app.open('/mitglieder' + (query ? `?${query}` : '')); }

  get searchBox() { return this.page.getByLabel(/Kommune, Kreis, PLZ oder Schlüssel|Municipality, district/); }
  get status() { return this.page.locator('#be-result-count'); }
  get resultLinks() { return this.page.locator('#be-results > li > a'); }
  facet(label) { return this.page.getByLabel(label, { exact: true }); }
  /** On a phone the filters are folded behind "Filter": open them as a user would. */
  async openFilters() {
    const details = this.page.locator('details.be-filters');
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  }

  async statusText() { return (await this.status.textContent()).trim(); }
  async firstResult() { return (await this.resultLinks.first().textContent()).trim(); }
  async resultNames() { return (await this.resultLinks.allTextContents()).map((s) => s.trim()); }

  /** The number of matching rows, read from the announced count ("… von 1.136 Treffern" or "51 Treffer"). */
  async total() {
    const text = await this.statusText();
    const m = text.match(/([\d.]+) (?:Treffern?|results)$/) || text.match(/von ([\d.]+)/);
    return Number(m[1].replace(/\./g, ''));
  }

  async waitForStatus(re) {
    await this.page.waitForFunction((src) => new RegExp(src).test(document.querySelector('#be-result-count')?.textContent.trim()), re.source);
  }

  params() { return new URL(this.page.url()).searchParams; }
}
