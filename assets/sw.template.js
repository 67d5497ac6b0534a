/*! be-netzwerke service worker · MIT licence
 * Made by tools/sw-manifest.mjs after each build: BUILD names the exact set of files of one build,
 * so a new build installs a new cache next to the old one and pages never mix old and new files.
 * - app files: from the cache of their build (installed all at once);
 * - pages (navigation): the app page of this build (so its HTML, JS and wasm always match), the network
 *   if it is not cached; a new build is fetched in the background and takes over once no page of the
 *   old build is open (no skipWaiting: an open page keeps loading its own build's files, also the
 *   KEB module it loads later), so the next visit uses it;
 * - data (data/*.json): stale-while-revalidate — the cached copy at once, refreshed in the background
 *   (a request with cache "no-cache", the Redaktion's before publishing, goes to the network);
 *   responses carry X-BE-Fetched, the time they were fetched, so the app can say how fresh they are.
 * - the Redaktion's preview (data/redaktion-vorschau.json): the working copy the Redaktion put into the
 *   cache PREVIEW_CACHE, never the network (it exists only on this device);
 * Registered only by the app's own page (standalone or iframe), never by an embedding host.
 */
const BUILD = '__BUILD__';
const FILES = __FILES__;
const APP_CACHE = `be-app-${BUILD}`;
const DATA_CACHE = 'be-data';
const PREVIEW_CACHE = 'be-redaktion';
const PREVIEW = 'data/redaktion-vorschau.json';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(APP_CACHE).then((c) => c.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('be-app-') && key !== APP_CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

async function stamped(response) {
  const headers = new Headers(response.headers);
  headers.set('X-BE-Fetched', new Date().toISOString());
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

async function data(request) {
  const cache = await caches.open(DATA_CACHE);
  // the copy installed with the app answers until the first refresh has landed
  const cached = (await cache.match(request, { ignoreSearch: true }))
    || (await caches.match(request, { cacheName: APP_CACHE, ignoreSearch: true }));
  const refresh = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(request, await stamped(response.clone()));
    return response;
  });
  if (cached) {
    refresh.catch(() => {});
    return cached;
  }
  return refresh.then((r) => cache.match(request, { ignoreSearch: true }).then((c) => c || r));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin) return;
  const scope = new URL(self.registration.scope);
  const path = url.pathname.slice(scope.pathname.length);
  if (request.mode === 'navigate') {
    event.respondWith(caches.match(new URL('index.html', scope).href, { cacheName: APP_CACHE })
      .then((page) => page || fetch(request)));
  } else if (path === PREVIEW) {
    event.respondWith(caches.open(PREVIEW_CACHE).then((c) => c.match(request, { ignoreSearch: true }))
      .then((hit) => hit || new Response('', { status: 404, statusText: 'No preview on this device' })));
  } else if (path.startsWith('data/') && path.endsWith('.json')) {
    // the Redaktion asks past every cache for the file as the server has it (its ETag)
    if (request.cache === 'no-cache' || request.cache === 'no-store') return;
    event.respondWith(data(request));
  } else {
    event.respondWith(caches.match(request, { cacheName: APP_CACHE, ignoreSearch: true }).then((hit) => hit || fetch(request)));
  }
});
