/*! be-netzwerke iframe embed, host side · MIT licence
 * <iframe data-be-netzwerke-frame src="https://YOUR-SERVER/be-netzwerke/?einbettung=iframe"
 *         title="BE-Netzwerke Baden-Württemberg" style="width:100%;border:0"></iframe>
 * <script src="https://YOUR-SERVER/be-netzwerke/embed-frame.js" defer></script>
 * Sizes the iframe to its content and mirrors the app's route into this page's hash (#be=/route), so a
 * reload or a shared link opens the same view. Only messages from the iframe's own window and origin count.
 */
(() => {
  const KEY = 'be=';
  const frame = document.querySelector('iframe[data-be-netzwerke-frame]');
  if (!frame) return;
  const url = new URL(frame.src, location.href);
  const origin = url.origin;
  const fromHash = () => {
    const h = location.hash.slice(1);
    return h.startsWith(KEY) ? decodeURIComponent(h.slice(KEY.length)) : null;
  };
  const initial = fromHash();
  if (initial && initial.startsWith('/')) {
    url.hash = initial;
    frame.src = url.href;
  }
  addEventListener('message', (event) => {
    const data = event.data;
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    if (!data || data.source !== 'be-netzwerke') return;
    if (data.type === 'height' && Number.isFinite(data.height)) {
      const px = `${Math.max(200, Math.round(data.height))}px`;
      if (frame.style.height !== px) frame.style.height = px;
    } else if (data.type === 'route' && typeof data.route === 'string' && data.route.startsWith('/')) {
      const hash = '#' + KEY + encodeURIComponent(data.route).replace(/%2F/g, '/');
      // replace, not push: the iframe's own navigation already makes the history entries;
      // absolute, because a <base href> on the page would send a bare "#…" elsewhere
      if (location.hash !== hash) history.replaceState(history.state, '', location.href.split('#')[0] + hash);
    }
  });
})();
