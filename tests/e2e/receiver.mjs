// A KEB receiver on loopback, as a network's web server would run it: accepts POSTed
// applications (JSON), answers with a reference number, and drops repeats of an idempotency key
// (the same answer again). It can fail on purpose and records everything it was sent.
import { createServer } from 'node:http';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../tools/serve.mjs';
import { LOOPBACK_POLICY } from './harness.mjs';

// the programme's maximum, as the bundled data publishes it
const MAX_CENTS = JSON.parse(await readFile('data/be-netzwerke.json', 'utf8')).keb.max_funding_cents;

/** What a receiver checks before it accepts: the documented format, a key that matches, the essentials. */
export function problemsOf(headers, body) {
  const problems = [];
  if (!String(headers['content-type']).startsWith('application/json')) problems.push('content-type');
  let json;
  try { json = JSON.parse(body); } catch { return [...problems, 'not JSON']; }
  if (json.format !== 'be-netzwerke/keb-antrag' || json.version !== 1) problems.push('format/version');
  if (!headers['idempotency-key'] || json.idempotency_key !== headers['idempotency-key']) problems.push('idempotency key');
  if (!/^\d{5}(\d{3})?$/.test(json.kommune?.schluessel ?? '')) problems.push('kommune');
  if (json.erklaerung !== true) problems.push('erklaerung');
  for (const step of ['antragsteller', 'ansprechperson', 'vorklaerung', 'massnahme', 'perspektive', 'zielgruppen', 'anbindung', 'finanzierung']) {
    if (typeof json[step] !== 'object' || json[step] === null) problems.push(step);
  }
  if (!Number.isInteger(json.finanzierung?.foerderung_cent) || json.finanzierung.foerderung_cent > MAX_CENTS) problems.push('foerderung_cent');
  return problems;
}

export async function startReceiver() {
  const state = { posts: [], accepted: new Map(), failures: [], refused: [] };
  const server = createServer(async (req, res) => {
    const cors = {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': 'content-type, idempotency-key',
      'access-control-allow-methods': 'POST',
    };
    if (req.method === 'OPTIONS') { res.writeHead(204, cors).end(); return; }
    let body = '';
    for await (const chunk of req) body += chunk;
    const key = req.headers['idempotency-key'];
    state.posts.push({ key, body });
    const status = state.failures.shift();
    if (status) { res.writeHead(status, cors).end('{"fehler":"vorübergehend"}'); return; }
    const problems = problemsOf(req.headers, body);
    if (problems.length) {
      state.refused.push(problems);
      res.writeHead(422, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify({ fehler: problems }));
      return;
    }
    if (!state.accepted.has(key)) {
      state.accepted.set(key, { reference: `KEB-2026-${String(state.accepted.size + 1).padStart(4, '0')}`, json: JSON.parse(body) });
    }
    res.writeHead(201, { ...cors, 'content-type': 'application/json' });
    res.end(JSON.stringify({ referenz: state.accepted.get(key).reference }));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/antraege`;
  return {
    url,
    state,
    /** The next `n` POSTs are answered with `status`. */
    failNext(n, status) { for (let i = 0; i < n; i++) state.failures.push(status); },
    close: () => { server.closeAllConnections(); return new Promise((ok) => server.close(ok)); },
  };
}

/** The release build with `data-submit` set, as an operator deploys it; served on loopback. */
export async function deployWithSubmit(submitUrl) {
  const dir = await mkdtemp(join(tmpdir(), 'be-keb-'));
  await cp('dist', dir, { recursive: true });
  const index = join(dir, 'index.html');
  const html = await readFile(index, 'utf8');
  await writeFile(index, html.replace('data-be-netzwerke ', `data-be-netzwerke data-submit="${submitUrl}" `));
  return { ...(await startServer({ root: dir, csp: LOOPBACK_POLICY })), root: dir };
}
