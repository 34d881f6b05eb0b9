/**
 * The service worker's own code, run by the phone's browser (not by Node, not by Astro). The build
 * bundles it with the Workbox modules it imports into one small file (scripts/sw-bundle.ts), then
 * writes the list of files to keep in place of `self.__WB_MANIFEST` (scripts/service-worker.ts).
 *
 * - At the first visit: keep the listed pages and what they load (precache); a page's address
 *   ending in "/" is answered with its index.html. A new worker takes over at once and deletes the
 *   caches of older Workbox versions.
 * - A group page once opened: network first, kept (the last 20) for offline.
 * - Any other page: the network, or the offline page without a signal.
 * - The site's hashed files (/_astro/) not kept at the first visit: from the cache, refreshed.
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
import { NetworkFirst, NetworkOnly, StaleWhileRevalidate } from 'workbox-strategies';

/** The parts of the worker's global scope used here (the project's types are the page's DOM). */
declare const self: {
  skipWaiting(): Promise<void>;
  /** Replaced by the build with the files to keep, each with its content's hash. */
  __WB_MANIFEST: PrecacheEntry[];
};

/** The offline page in the precache (the site's base path included), set by the bundler. */
declare const OFFLINE_URL: string;

void self.skipWaiting();
clientsClaim();

precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'index.html' });
cleanupOutdatedCaches();

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

// Pictures and styles of pages visited that are not kept at the first visit.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/_astro/'),
  new StaleWhileRevalidate({
    cacheName: 'astro-assets',
    plugins: [new ExpirationPlugin({ maxEntries: 60 })],
  }),
  'GET',
);
