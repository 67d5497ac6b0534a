// Static server for the built app (dist/): SPA fallback for deep links, brotli/gzip,
// correct MIME types. Used by `.ci/serve` and by the end-to-end tests (import startServer).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
  '.ics': 'text/calendar; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.webmanifest', '.ics', '.txt']);

/**
 * The Content-Security-Policy of the app's own page (README "Before you publish"): no inline script or
 * style but the page's own, allowed by the hashes the build computed; nothing from elsewhere but the data
 * endpoints and receivers in `connect`; framed only by `frameAncestors`.
 */
export function appPolicy({ connect = [], frameAncestors = ["'self'"], hashes = buildHashes() } = {}) {
  return [
    "default-src 'self'", ["script-src 'self' 'wasm-unsafe-eval'", ...hashes['script-src']].join(' '),
    ["style-src 'self'", ...hashes['style-src']].join(' '), "img-src 'self' data: blob:",
    `connect-src ${["'self'", ...connect].join(' ')}`, "object-src 'none'", "base-uri 'self'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

/** The hashes of the own page's inline stylesheet and scripts, as the last build wrote them (tools/own-page.mjs). */
function buildHashes(root = 'dist') {
  try {
    return JSON.parse(readFileSync(join(root, 'csp.json'), 'utf8'));
  } catch {
    return { 'script-src': [], 'style-src': [] };
  }
}

/**
 * Starts a server for `root` below URL prefix `base` ("/" or "/engagement/").
 * `csp`: a policy (appPolicy(...)) sent with every HTML page; none when unset.
 * Returns { server, url, close() }. Port 0 picks a free port.
 */
export async function startServer({ root = 'dist', port = 0, host = '127.0.0.1', base = '/', log = false, csp } = {}) {
  const absRoot = resolve(root);
  const cache = new Map();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://x');
      let path = decodeURIComponent(url.pathname);
      if (!path.startsWith(base)) { res.writeHead(404).end('not found'); return; }
      path = '/' + path.slice(base.length);
      let file = normalize(join(absRoot, path));
      if (!file.startsWith(absRoot)) { res.writeHead(403).end(); return; }
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) { file = join(file, 'index.html'); info = await stat(file).catch(() => null); }
      if (!info) {
        // Deep links (no file extension) get the app; missing assets stay 404.
        if (extname(path)) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
        file = join(absRoot, 'index.html');
      }
      const ext = extname(file);
      const body = await readFile(file);
      // Public files: any site may embed the app (module scripts and fetches from another origin need CORS).
      const headers = { 'content-type': TYPES[ext] || 'application/octet-stream', 'cache-control': 'no-cache',
        'access-control-allow-origin': '*' };
      if (csp && ext === '.html') headers['content-security-policy'] = csp;
      const accept = String(req.headers['accept-encoding'] || '');
      let out = body;
      if (COMPRESSIBLE.has(ext) && body.length > 512) {
        const enc = accept.includes('br') ? 'br' : accept.includes('gzip') ? 'gzip' : null;
        if (enc) {
          const key = `${file}:${enc}:${info?.mtimeMs}`;
          out = cache.get(key) || (enc === 'br'
            ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
            : gzipSync(body, { level: 9 }));
          cache.set(key, out);
          headers['content-encoding'] = enc;
          headers['vary'] = 'accept-encoding';
        }
      }
      headers['content-length'] = out.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : out);
      if (log) console.log(req.method, req.url, 200);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  await new Promise((ok) => server.listen(port, host, ok));
  const { port: actual } = server.address();
  return { server, url: `http://${host}:${actual}${base}`, close: () => new Promise((ok) => server.close(ok)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT || 8080);
  const { url } = await startServer({ root: process.argv[2] || 'dist', port, base: process.env.BASE || '/', csp: appPolicy() });
  console.log(`be-netzwerke: ${url}  (Ctrl+C to stop)`);
}
