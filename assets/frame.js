/*! be-netzwerke, iframe side · MIT licence
 * Loaded by the app's page. Only when it runs in an iframe with ?einbettung=iframe, it tells the host
 * page (assets/embed-frame.js) its content height and current route, as namespaced messages.
 */
(() => {
  if (window.parent === window || new URLSearchParams(location.search).get('einbettung') !== 'iframe') return;
  const post = (message) => window.parent.postMessage({ source: 'be-netzwerke', ...message }, '*');
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (Math.abs(height - last) > 1) { last = height; post({ type: 'height', height }); }
  };
  new ResizeObserver(report).observe(document.documentElement);
  const route = () => post({ type: 'route', route: location.hash.startsWith('#/') ? location.hash.slice(1) : '/' });
  addEventListener('hashchange', route);
  addEventListener('load', () => { report(); route(); });
})();
