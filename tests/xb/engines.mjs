// The three browser engines over W3C WebDriver (selenium-webdriver 4.46.0, the last for Node 20):
// Chromium (chromedriver), Firefox ESR (geckodriver), WebKitGTK (WebKitWebDriver + MiniBrowser
// under Xvfb). Explicit driver paths: nothing here downloads a browser. Recipe and traps:
// ../shared/TOOLCHAIN.md "Firefox and WebKit".
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder } from 'selenium-webdriver';
import chrome from 'selenium-webdriver/chrome.js';
import firefox from 'selenium-webdriver/firefox.js';
import { CHROMIUM_ARGS } from '../e2e/browser.mjs';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

function freePort() {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

async function waitFor(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try { if ((await fetch(url)).ok) return; } catch { /* not up yet */ }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`no answer from ${url}`);
}

/** Xvfb on a free display; resolves to { display, stop }. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const x = spawn('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1400x1000x24'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    x.stdio[3].once('data', (d) => resolve({ display: `:${String(d).trim()}`, stop: () => x.kill() }));
    x.once('error', reject);
  });
}

/** Starts one engine; returns { name, driver, quit() }. */
export async function startEngine(name) {
  // browsers write caches into HOME and TMPDIR: a scratch folder per run
  const scratch = await mkdtemp(join(tmpdir(), `be-xb-${name}-`));
  process.env.TMPDIR = scratch;
  if (name === 'chromium') {
    const options = new chrome.Options().setChromeBinaryPath(process.env.CHROME_PATH || '/usr/bin/chromium')
      .addArguments('--headless=new', ...CHROMIUM_ARGS, `--user-data-dir=${scratch}`);
    const driver = await new Builder().forBrowser('chrome').setChromeOptions(options)
      .setChromeService(new chrome.ServiceBuilder('/usr/bin/chromedriver')).build();
    return { name, driver, quit: () => driver.quit() };
  }
  if (name === 'firefox') {
    const options = new firefox.Options().setBinary('/usr/bin/firefox-esr').addArguments('-headless');
    options.setPreference('intl.accept_languages', 'de-DE,de');
    const service = new firefox.ServiceBuilder(join(homedir(), '.cargo/bin/geckodriver'));
    const driver = await new Builder().forBrowser('firefox').setFirefoxOptions(options).setFirefoxService(service).build();
    return { name, driver, quit: () => driver.quit() };
  }
  if (name === 'webkit') {
    const x = await startXvfb();
    const port = await freePort();
    const wd = spawn('WebKitWebDriver', [`--port=${port}`], { env: { ...process.env, DISPLAY: x.display, HOME: scratch }, stdio: 'ignore' });
    await waitFor(`http://127.0.0.1:${port}/status`, 15_000);
    const capabilities = {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    };
    // without a display MiniBrowser hangs instead of failing: give the session a deadline
    const session = new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(capabilities).build();
    const driver = await Promise.race([session, new Promise((_, no) => setTimeout(() => no(new Error('WebKit session start timed out')), 60_000))]);
    return {
      name,
      driver,
      quit: async () => { await driver.quit().catch(() => {}); wd.kill(); x.stop(); },
    };
  }
  throw new Error(`unknown engine ${name}`);
}
