/**
 * What the service worker downloads in the background at a first visit (scripts/bench/weak-link.ts
 * and tests/e2e/offline.spec.ts): every request it makes, with the bytes of its body as sent
 * (compressed; none when the browser's cache answered), and its own script gzipped. Headers are
 * left out: the host speaks HTTP/2, which sends a header repeated from the last response in a few
 * bytes, where the local server's HTTP/1.1 repeats the whole policy each time.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { devices, type Browser, type BrowserContext } from 'playwright-core';
import { targets } from './weight.ts';

/** Every request the service worker makes, with the bytes of its body as sent. */
export function workerTraffic(context: BrowserContext, workerBytes: number) {
  const requests: { path: string; bytes: Promise<number> }[] = [];
  context.on('request', (request) => {
    if (!request.serviceWorker()) return;
    const path = new URL(request.url()).pathname;
    requests.push({
      path,
      bytes: request
        .response()
        .then(async (response) => {
          if (!response) return 0;
          if (path.endsWith('/sw.js')) return workerBytes;
          // Negative, or nothing, when the browser's cache answered.
          const sizes = await request.sizes();
          return Math.max(0, sizes.responseBodySize);
        })
        .catch(() => 0),
    });
  });
  const sizes = () =>
    Promise.all(requests.map(async ({ path, bytes }) => ({ path, bytes: await bytes })));
  return {
    sizes,
    bytes: async () => (await sizes()).reduce((sum, request) => sum + request.bytes, 0),
  };
}

/** The help files the built worker lists, and its own script gzipped. */
export function builtWorker(dist: string) {
  const source = readFileSync(`${dist}/sw.js`);
  return {
    helpFiles: [...source.toString('utf8').matchAll(/sha256:"/g)].length,
    bytes: gzipSync(source).length,
  };
}

/** Bytes the worker downloads at a first visit to a guide, ordinary or saving data. */
export async function workerOnce(
  browser: Browser,
  origin: string,
  dist: string,
  saveData: boolean,
) {
  const context = await browser.newContext({ ...devices['Pixel 5'] });
  const built = builtWorker(dist);
  if (saveData)
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'connection', {
        get: () => ({ saveData: true, effectiveType: '4g' }),
      });
    });
  const traffic = workerTraffic(context, built.bytes);
  const page = await context.newPage();
  try {
    await page.goto(`${origin}${targets(dist).find((t) => t.kind === 'guide')?.path ?? '/'}`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    if (saveData) await page.waitForTimeout(2000);
    else
      for (let waited = 0; waited < 60_000; waited += 200) {
        const kept = await page.evaluate(
          async () => (await (await caches.open('offline-help')).keys()).length,
        );
        if (kept >= built.helpFiles) break;
        await page.waitForTimeout(200);
      }
    return await traffic.bytes();
  } finally {
    await context.close();
  }
}
