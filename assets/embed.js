/*! be-netzwerke embed loader · MIT licence
 * One snippet in a CMS page:
 *   <div data-be-netzwerke data-lang="de"></div>
 *   <script type="module" src="https://YOUR-SERVER/be-netzwerke/embed.js"></script>
 * Loads the app's stylesheet and wasm from the folder this file is served from, tells the app where its
 * own files are (data-assets), and starts it; the app mounts into the first [data-be-netzwerke] element.
 * Sealed from the host page: the element gets an open shadow root holding the app's stylesheet, so the
 * theme's rules do not reach in and the app's do not leak out. Where a shadow root cannot be attached
 * (or styled), the app mounts into the element itself with the stylesheet in the page's <head>.
 */
const base = new URL('.', import.meta.url);
const hosts = [...document.querySelectorAll('[data-be-netzwerke]:not([data-be-mounted])')];
for (const el of hosts) if (!el.hasAttribute('data-assets')) el.setAttribute('data-assets', base.href);
const glue = import(new URL('be-netzwerke.js', base).href);

async function seal(host) {
  if (!host || host.shadowRoot || !('adoptedStyleSheets' in Document.prototype)) return false;
  try {
    const response = await fetch(new URL('be.css', base));
    if (!response.ok) return false;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(await response.text());
    host.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
    return true;
  } catch {
    return false;
  }
}

if (!(await seal(hosts[0])) && !document.querySelector('link[data-be-netzwerke-style]')) {
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = new URL('be.css', base).href;
  css.setAttribute('data-be-netzwerke-style', '');
  document.head.append(css);
}
const { default: init } = await glue;
await init({ module_or_path: new URL('be-netzwerke_bg.wasm', base) });
