// A second origin on loopback that plays a data endpoint: good, broken, hostile, slow or failing.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

export const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">';

function bundledWith(edit) {
  const data = JSON.parse(readFileSync('data/be-netzwerke.json', 'utf8'));
  edit(data);
  return JSON.stringify(data);
}

const ROUTES = {
  '/good.json': () => [200, bundledWith((d) => { d.stand = '2026-11-24'; })],
  '/malformed.json': () => [200, '{\n  "schema_version": 1,\n  "stand": "2026-11-25",,\n}'],
  '/html.json': () => [200, '<!doctype html><title>Wartung</title>'],
  '/hostile.json': () => [200, bundledWith((d) => { d.kommunen[0].name = HOSTILE_NAME; })],
  '/unknown-ref.json': () => [200, bundledWith((d) => { d.memberships[0].member = '08999999'; })],
  '/v2.json': () => [200, bundledWith((d) => { d.schema_version = 2; })],
  '/missing.json': () => [200, bundledWith((d) => { delete d.kommunen[7].plz; })],
  '/error503.json': () => [503, 'Service Unavailable'],
};

/** Starts the endpoint; returns { url, closedUrl, close() }; closedUrl points at a port nobody listens on. */
export async function startEndpoint() {
  const server = createServer((req, res) => {
    if (req.url.startsWith('/never.json')) return; // never answers: the app's 10 s timeout must fire
    const route = ROUTES[new URL(req.url, 'http://x').pathname];
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
