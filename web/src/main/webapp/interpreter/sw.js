// The interpreter door's service worker: it keeps the page's shell (HTML, scripts, styles, messages, fonts,
// icons) so that the door opens at once on a poor connection, and it never stores an API answer, a gateway
// message or anything from Keycloak. Shell files are served from the cache and refreshed in the background.
const VERSION = 'saphan-interpreter-shell-v1';
const SHELL = [
  '/interpreter/',
  '/interpreter/interpreter.js',
  '/interpreter/interpreter.css',
  '/interpreter/manifest.webmanifest',
  '/interpreter/icons/icon-192.png',
  '/interpreter/messages/en.json',
  '/interpreter/messages/th.json',
  '/interpreter/messages/my.json',
  '/shared/layout.css',
  '/shared/page.js',
  '/shared/api.js',
  '/shared/auth.js',
  '/shared/feed.js',
  '/shared/i18n.js',
  '/shared/time.js',
  '/shared/messages/en.json',
  '/shared/messages/th.json',
  '/shared/messages/my.json',
  '/shared/vendor/keycloak-js/keycloak.js',
  '/shared/vendor/fonts/noto-sans-myanmar-myanmar-400-normal.woff2',
];

/** Only these paths are ever cached: the shell, never /api, /gateway or another origin. */
function isShell(url) {
  return url.origin === self.location.origin
    && (SHELL.includes(url.pathname) || url.pathname.startsWith('/shared/vendor/'))
    && !url.pathname.startsWith('/api/') && !url.pathname.startsWith('/gateway/');
}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== VERSION).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  const url = new URL(request.url);
  // a navigation to the door (Keycloak's redirect back carries its answer in the fragment, not seen here)
  const key = request.mode === 'navigate' && url.pathname === '/interpreter/' ? '/interpreter/' : url.pathname;
  if (!isShell(new URL(key, self.location.origin)) || (url.search && request.mode !== 'navigate')) {
    return; // the network, untouched: API answers and everything else are never stored
  }
  event.respondWith(caches.open(VERSION).then(async (cache) => {
    const cached = await cache.match(key);
    const fresh = fetch(request).then((answer) => {
      if (answer.ok && answer.type === 'basic') {
        cache.put(key, answer.clone());
      }
      return answer;
    });
    if (cached) {
      event.waitUntil(fresh.catch(() => null));
      return cached;
    }
    return fresh;
  }));
});
