// A second origin on loopback that plays a data endpoint: good, broken, hostile, slow or failing.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

export const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">';
export const HOSTILE_KEY = '08136088';

/** Links and texts an attacker would put into a data file: every one must be refused. */
export function withHostileLinks(d) {
  d.events[0].registration_url = 'javascript:window.__pwned=1';
  d.events[1].online_url = 'data:text/html,<script>parent.__pwned=1</script>';
  d.events[2].registration_url = ' JaVaScRiPt:window.__pwned=1';
  d.networks[0].contact.web = '//evil.example/';
  d.networks[1].contact.email = 'info@example.org?bcc=alle@evil.example&body=Bitte%20zahlen';
  d.networks[2].contact.phone = '+49 711 0;javascript:x';
  d.sources[0].licence_url = 'vbscript:msgbox(1)';
  d.kommunen[0].name = 'Stuttgart\u202Emoc.live';
}

function bundledWith(edit) {
  const data = JSON.parse(readFileSync('data/be-netzwerke.json', 'utf8'));
  edit(data);
  return JSON.stringify(data);
}

const ROUTES = {
  '/good.json': () => [200, bundledWith((d) => { d.stand = '2026-11-24'; })],
  '/malformed.json': () => [200, '{\n  "schema_version": 1,\n  "stand": "2026-11-25",,\n}'],
  '/html.json': () => [200, '<!doctype html><title>Wartung</title>'],
  // Aalen: a Kommune no event's address names (the address must name its Kommune)
  '/hostile.json': () => [200, bundledWith((d) => { d.kommunen.find((k) => k.key === HOSTILE_KEY).name = HOSTILE_NAME; })],
  '/unknown-ref.json': () => [200, bundledWith((d) => { d.memberships[0].member = '08999999'; })],
  '/v2.json': () => [200, bundledWith((d) => { d.schema_version = 2; })],
  '/missing.json': () => [200, bundledWith((d) => { delete d.kommunen[7].plz; })],
  '/error503.json': () => [503, 'Service Unavailable'],
  '/hostile-links.json': () => [200, bundledWith(withHostileLinks)],
  '/bom.json': () => [200, '\ufeff' + bundledWith((d) => { d.stand = '2026-11-23'; })],
};

/** A CMS page on this origin that embeds the app with `data-source` from its own `?quelle=`
 *  (its other query parameters, such as ?daten=, stay the host page's). */
const hostPage = (appUrl) => `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Gemeinde Musterstadt</title><link rel="icon" href="data:,"></head>
<body><header><p>Gemeinde Musterstadt</p></header>
<div data-be-netzwerke data-lang="de"></div>
<script>
  const source = new URLSearchParams(location.search).get('quelle');
  if (source) document.querySelector('[data-be-netzwerke]').setAttribute('data-source', source);
  const s = document.createElement('script'); s.type = 'module'; s.src = ${JSON.stringify(appUrl + 'embed.js')};
  document.body.append(s);
</script></body></html>`;

/** Starts the endpoint; returns { url, closedUrl, close() }; closedUrl points at a port nobody listens on.
 *  With `appUrl`, it also serves `/host.html`, a host page embedding the app served there. */
export async function startEndpoint({ appUrl } = {}) {
  const server = createServer((req, res) => {
    if (req.url.startsWith('/never.json')) return; // never answers: the app's 10 s timeout must fire
    const pathname = new URL(req.url, 'http://x').pathname;
    if (pathname === '/host.html' && appUrl) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(hostPage(appUrl));
    }
    const route = ROUTES[pathname];
    const [status, body] = route ? route() : [404, 'not found'];
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' });
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const closed = createServer();
  await new Promise((ok) => closed.listen(0, '127.0.0.1', ok));
  const closedPort = closed.address().port;
  await new Promise((ok) => closed.close(ok));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    closedUrl: `http://127.0.0.1:${closedPort}`,
    close: () => { server.closeAllConnections(); return new Promise((ok) => server.close(ok)); },
  };
}
