// Shared set-up for the end-to-end suites: the release build served on loopback, one browser.
import { startServer } from '../../tools/serve.mjs';
import { launchChromium } from './browser.mjs';
import { mkdir } from 'node:fs/promises';

export const SHOTS = process.env.SCREENSHOT_DIR || 'test-results/screenshots';

export async function setUp() {
  const app = await startServer({ root: 'dist' });
  const browser = await launchChromium();
  await mkdir(SHOTS, { recursive: true });
  return {
    app,
    browser,
    /** A page in its own context (axe-core needs one; it also isolates storage). */
    async newPage(options = {}) {
      const context = await browser.newContext(options);
      return context.newPage();
    },
    async tearDown() { await browser.close(); await app.close(); },
  };
}
