/*! be-netzwerke, the own page's first script (ARCHITECTURE.md "Content-Security-Policy") · MIT licence */
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
