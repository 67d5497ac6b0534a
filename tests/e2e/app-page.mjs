// Page object for the app (style of leptos's examples/counters): what a user sees and does.
import AxeBuilder from '@axe-core/playwright';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export class AppPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.consoleErrors = [];
    this.requests = [];
    page.on('console', (m) => { if (m.type() === 'error') this.consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => this.consoleErrors.push(e.message));
    page.on('request', (r) => this.requests.push(r.url()));
  }

  async open(path = '/') {
    await this.page.goto(this.baseUrl + path);
    await this.ready();
  }

  /** The app has drawn the page: its heading is there and the loading skeleton (which may already
   *  show a page's fixed heading) is gone. */
  async ready() {
    await this.heading.waitFor({ timeout: 20_000 });
    await this.page.locator('#be-main .be-skeleton').waitFor({ state: 'detached', timeout: 20_000 });
  }

  /** The app's page heading (not the prerendered one shown before the app starts). */
  get heading() { return this.page.locator('#be-main h1'); }
  get main() { return this.page.locator('main'); }
  get notice() { return this.page.locator('.be-notice'); }
  /** The text of a notice once its list of problems (loaded with the pages part) is shown. */
  async noticeText(selector = '.be-notice-warning') {
    await this.page.locator(selector).waitFor({ timeout: 15_000 });
    await this.page.locator(`${selector} .be-notice-pending`).waitFor({ state: 'detached', timeout: 15_000 });
    return this.page.locator(selector).textContent();
  }
  nav(name) { return this.page.getByRole('navigation', { name: /Hauptnavigation|Main navigation/ }).getByRole('link', { name }); }

  async headingText() { return (await this.heading.textContent()).trim(); }

  async axeViolations() {
    const result = await new AxeBuilder({ page: this.page }).withTags(AXE_TAGS).analyze();
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  /** What the page's Content-Security-Policy blocked so far (recorded by harness.recordPolicyViolations). */
  async policyViolations() {
    return this.page.evaluate(() => window.__bePolicyViolations ?? ['no recorder']);
  }

  /** Horizontal overflow in px (0 = fits the viewport). */
  async overflowX() {
    return this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }

  foreignRequests(allowedOrigins) {
    return this.requests.filter((u) => !u.startsWith('data:') && !allowedOrigins.some((o) => u.startsWith(o)));
  }
}
