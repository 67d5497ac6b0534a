/*! be-netzwerke, the own page's first script · MIT licence
 * A file, not an inline script, so the page runs under a strict Content-Security-Policy (no 'unsafe-inline').
 * Loaded in <head> before the stylesheet: it names the language and the opened page on <html>
 * (data-be-lang, data-be-page); rules in the page's stylesheet (tools/own-page.mjs) then show the matching
 * prerendered header and heading at the first paint, where the app will draw them. Not inside an iframe:
 * there the skeleton stays. The app waits (app/host.rs) until the browser has shown the heading, at most 300 ms.
 * Offline after the first visit: the service worker is registered once the first view is shown
 * (be-netzwerke-ready), so caching the app does not slow that view down.
 */
(() => {
  const root = document.documentElement;
  const query = new URLSearchParams(location.search);
  // as app::nav reads it: "en", "en-GB" … English, anything else the page's German
  root.dataset.beLang = (query.get('lang') || '').split(/[-_]/)[0].toLowerCase() === 'en' ? 'en' : 'de';
  const base = new URL(document.baseURI).pathname;
  const hold = !query.has('einbettung') && location.pathname.startsWith(base);
  if (hold) {
    root.dataset.bePage = '/' + location.pathname.slice(base.length).replace(/\/+$/, '');
    root.dataset.beHold = '';
    const release = () => delete root.dataset.beHold;
    setTimeout(release, 300);
    if (PerformanceObserver.supportedEntryTypes.includes('largest-contentful-paint')) {
      new PerformanceObserver((list) => list.getEntries().some((e) => e.element?.closest('.be-pre')) && release())
        .observe({ type: 'largest-contentful-paint', buffered: true });
    } else requestAnimationFrame(() => requestAnimationFrame(release));
  }
  if ('serviceWorker' in navigator) {
    let done = false;
    const register = () => { if (!done) { done = true; navigator.serviceWorker.register('sw.js').catch(() => {}); } };
    addEventListener('be-netzwerke-ready', register);
    addEventListener('load', () => setTimeout(register, 10000));
  }
})();
