/**
 * The service worker's code (src/sw/service-worker.ts and the Workbox modules it imports) as one
 * minified, self-contained script, made with esbuild only when what it is made from changed
 * (src/lib/site/cached-bundle.ts): the worker's code almost never changes, only the list of files it
 * keeps, written into the bundle afterwards. The bundler's options (the offline page's address,
 * and so the site's base path, among them) are part of the bundle's key.
 */
import path from 'node:path';
import type { BuildOptions } from 'esbuild';
import { cachedBundle } from '../src/lib/site/cached-bundle.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const ENTRY = 'src/sw/service-worker.ts';

/** The bundler's options, with the worker's settings as constants (see the worker's source). */
function bundleOptions(offlineURL: string): BuildOptions & { metafile: true; write: false } {
  return {
    entryPoints: [ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    format: 'iife',
    // As Workbox's own generateSW: the oldest Chrome with everything a worker here needs.
    target: 'chrome56',
    minify: true,
    // As generateSW's terser: Workbox's internal names (_name, name_) shortened too, but not the
    // placeholder the list of files replaces.
    mangleProps: /(^_|_$)/,
    reserveProps: /^(__WB_MANIFEST|__HELP_PAGES)$/,
    legalComments: 'none',
    write: false,
    metafile: true,
    // Workbox's production build: no development logging or assertions.
    define: {
      'process.env.NODE_ENV': JSON.stringify('production'),
      OFFLINE_URL: JSON.stringify(offlineURL),
    },
  };
}

/**
 * The worker's code, with `self.__WB_MANIFEST` still in it; `reused` says whether it came from the
 * cache. `cache: false` bundles anew (and keeps the result).
 */
export function workerBundle(
  offlineURL: string,
  { cache = true } = {},
): Promise<{ code: string; reused: boolean }> {
  return cachedBundle('worker', bundleOptions(offlineURL), { cache });
}
