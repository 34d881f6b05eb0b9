/**
 * The service worker's own code, run by the phone's browser (not by Node, not by Astro). The build
 * bundles it with the Workbox modules it imports into one small file (scripts/sw-bundle.ts), then
 * writes the lists of files to keep in place of `self.__WB_MANIFEST` and `self.__HELP_PAGES`
 * (scripts/service-worker.ts).
 *
 * - At the first visit, whatever the connection: only the offline page and what it loads
 *   (Workbox's precache). A new worker takes over at once and deletes older Workbox caches.
 * - The help (guides, rules, FAQ, self-check, each with one size of its pictures) is kept in a
 *   cache of its own when a page asks for it (the message KEEP_HELP): on an ordinary connection
 *   the page asks at once (src/components/site/RegisterServiceWorker.astro); when the phone saves
 *   data, only when the resident presses "Lưu để đọc khi mất mạng" on the guides page. Each file
 *   is first asked of the browser's own cache (`force-cache`), so the page just loaded and its
 *   pictures are not downloaded a second time, and kept only if its SHA-256 is the one the build
 *   listed; otherwise it is downloaded.
 * - A help page opened is kept as well (so, saving data, the help is kept as it is read); without
 *   a signal it comes from that cache.
 * - A group page once opened: network first, kept (the last 20) for offline.
 * - Any other page: the network, or the offline page without a signal.
 * - The site's hashed files (/_astro/): from any cache that has them, else the network, kept.
 */
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import {
  cleanupOutdatedCaches,
  precacheAndRoute,
  PrecacheFallbackPlugin,
  type PrecacheEntry,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly } from 'workbox-strategies';
import { HELP_KEPT, KEEP_HELP } from './messages.ts';

/** One file of the help (a page by its address, "/huong-dan/"), with its content's SHA-256 (hex). */
interface HelpFile {
  url: string;
  sha256: string;
}

/** The parts of the worker's global scope used here (the project's types are the page's DOM). */
declare const self: {
  skipWaiting(): Promise<void>;
  addEventListener(
    type: 'message',
    listener: (event: {
      data: unknown;
      source: { postMessage(message: unknown): void } | null;
      waitUntil(promise: Promise<unknown>): void;
    }) => void,
  ): void;
  /** Replaced by the build with the files to keep at once, each with its content's hash. */
  __WB_MANIFEST: PrecacheEntry[];
  /** Replaced by the build with the help's files, kept when a page asks. */
  __HELP_PAGES: HelpFile[];
};

/** The offline page in the precache (the site's base path included), set by the bundler. */
declare const OFFLINE_URL: string;

const HELP_CACHE = 'offline-help';

const HELP = self.__HELP_PAGES;
const HELP_URLS = new Set(HELP.map((file) => file.url));

void self.skipWaiting();
clientsClaim();

precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'index.html' });
cleanupOutdatedCaches();

async function sha256(body: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The file's response, from the browser's cache when that copy is the listed one. */
async function fetchListed(file: HelpFile): Promise<Response> {
  for (const cache of ['force-cache', 'reload'] as const) {
    const response = await fetch(file.url, { cache, credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${file.url}: ${response.status}`);
    const body = await response.clone().arrayBuffer();
    if ((await sha256(body)) === file.sha256 || cache === 'reload') return response;
  }
  throw new Error(`${file.url}: not fetched`);
}

/** Keeps every help file not kept yet, or changed since; drops those no longer listed. */
async function keepHelp(): Promise<void> {
  const cache = await caches.open(HELP_CACHE);
  for (const request of await cache.keys())
    if (!HELP_URLS.has(new URL(request.url).pathname)) await cache.delete(request);
  for (const file of HELP) {
    const kept = await cache.match(file.url);
    if (kept && (await sha256(await kept.arrayBuffer())) === file.sha256) continue;
    await cache.put(file.url, await fetchListed(file));
  }
}

self.addEventListener('message', (event) => {
  if (event.data !== KEEP_HELP) return;
  event.waitUntil(keepHelp().then(() => event.source?.postMessage(HELP_KEPT)));
});

// A help page: the network, kept as it is read; without a signal, the kept copy.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && HELP_URLS.has(url.pathname),
  new NetworkFirst({
    cacheName: HELP_CACHE,
    plugins: [new PrecacheFallbackPlugin({ fallbackURL: OFFLINE_URL })],
  }),
  'GET',
);

// A group page (the QR code's target) once visited: fresh when online, kept for offline.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.pathname.includes('/to-dan-pho/'),
  new NetworkFirst({
    cacheName: 'to-dan-pho',
    plugins: [
      new ExpirationPlugin({ maxEntries: 20 }),
      new PrecacheFallbackPlugin({ fallbackURL: OFFLINE_URL }),
    ],
  }),
  'GET',
);

// Any other page: the network, and the offline page when there is none.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkOnly({ plugins: [new PrecacheFallbackPlugin({ fallbackURL: OFFLINE_URL })] }),
  'GET',
);

// Hashed files (pictures, scripts): their name changes with their content, so any kept copy is
// good: the help's, the precache's, or one kept when a page used it.
const assets = new CacheFirst({
  cacheName: 'astro-assets',
  plugins: [new ExpirationPlugin({ maxEntries: 60 })],
});
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/_astro/'),
  async (options) => (await caches.match(options.request)) ?? assets.handle(options),
  'GET',
);
