// Shared set-up for the end-to-end suites: the release build served on loopback, one browser.
import { appPolicy, startServer } from '../../tools/serve.mjs';
import { launchChromium } from './browser.mjs';
import { mkdir } from 'node:fs/promises';

/** The own page's policy in the tests: endpoints, receivers and framing hosts are on loopback. */
export const LOOPBACK_POLICY = appPolicy({ connect: ['http://127.0.0.1:*'], frameAncestors: ["'self'", 'http://127.0.0.1:*'] });

export const SHOTS = process.env.SCREENSHOT_DIR || 'test-results/screenshots';

/** Runs in every page and frame: keeps each Content-Security-Policy violation (AppPage.policyViolations). */
export function recordPolicyViolations() {
  window.__bePolicyViolations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__bePolicyViolations.push(`${e.effectiveDirective} ${e.blockedURI || 'inline'} ${e.sourceFile}:${e.lineNumber}`));
}

export async function setUp() {
  // the own page under the strict policy an operator sends (README), framed by test hosts on loopback
  const app = await startServer({ root: 'dist', csp: LOOPBACK_POLICY });
  const browser = await launchChromium();
  await mkdir(SHOTS, { recursive: true });
  return {
    app,
    browser,
    /** A page in its own context (axe-core needs one; it also isolates storage). */
    async newPage(options = {}) {
      const context = await browser.newContext(options);
      await context.addInitScript(recordPolicyViolations);
      return context.newPage();
    },
    async tearDown() { await browser.close(); await app.close(); },
  };
}
