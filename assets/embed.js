/*! be-netzwerke embed loader · MIT licence
 * One snippet in a CMS page:
 *   <div data-be-netzwerke data-lang="de"></div>
 *   <script type="module" src="https://YOUR-SERVER/be-netzwerke/embed.js"></script>
 * Loads the app's stylesheet and wasm from the folder this file is served from, tells the app where its
 * own files are (data-assets), and starts it; the app mounts into the first [data-be-netzwerke] element.
 */
const base = new URL('.', import.meta.url);
for (const el of document.querySelectorAll('[data-be-netzwerke]:not([data-assets])')) {
  el.setAttribute('data-assets', base.href);
}
if (!document.querySelector('link[data-be-netzwerke-style]')) {
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = new URL('be.css', base).href;
  css.setAttribute('data-be-netzwerke-style', '');
  document.head.append(css);
}
const { default: init } = await import(new URL('be-netzwerke.js', base).href);
await init({ module_or_path: new URL('be-netzwerke_bg.wasm', base) });
