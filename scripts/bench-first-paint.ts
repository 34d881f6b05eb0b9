/**
 * The benchmark's offline and first-paint figures (run by scripts/bench.ts, or alone):
 *
 * - First contentful paint of a guide on an EDGE-like connection (800 ms round trip, 250 kbit/s,
 *   gzip on), side by side with the same page built with its stylesheets linked (CRITICAL_CSS=off,
 *   as before the change), both served by one gzip server, runs interleaved, median of five.
 * - The service worker: its own download and what it keeps at the first visit, compressed.
 *
 *   node scripts/bench-first-paint.ts [--dist dist] [--before <folder>]   (dist/ must be built)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { devices, type BrowserContext, type Page } from 'playwright-core';
import { readSite } from '../src/lib/content-rules/site-file.ts';
import { launchChromium } from './chromium.ts';

/** EDGE as the issue states it: 800 ms round trip, 250 kbit/s. */
export const EDGE = { latency: 800, kbps: 250 };
export const FCP_BUDGET_MS = 1600;

/** Puts the tab on the EDGE-like link, with Chromium's network emulation. */
export async function emulateEdge(context: BrowserContext, tab: Page): Promise<void> {
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: EDGE.latency,
    downloadThroughput: (EDGE.kbps * 1000) / 8,
    uploadThroughput: (EDGE.kbps * 1000) / 8,
  });
}
const RUNS = 5;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

/** A static server that gzips text as a production server would (level 6). */
function gzipServer(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    let file = path.join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    const text = /text|javascript|json|svg/.test(type);
    response.writeHead(200, {
      'Content-Type': type,
      ...(text && { 'Content-Encoding': 'gzip' }),
      'Cache-Control': 'no-store',
    });
    response.end(text ? gzipSync(body, { level: 6 }) : body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Builds the site again with its stylesheets linked, into `outDir`: the page before the change. */
export function buildBefore(outDir: string): void {
  const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...process.env, CRITICAL_CSS: 'off' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`build with CRITICAL_CSS=off failed:\n${run.stderr}`);
}

export interface PaintFigures {
  label: string;
  fcp: number[];
  median: number;
  requests: number;
}

/** First contentful paint of `page` in each folder, on a throttled phone, runs interleaved. */
export async function firstPaint(
  variants: { label: string; dir: string }[],
  page: string,
): Promise<PaintFigures[]> {
  const servers = await Promise.all(
    variants.map((variant) => gzipServer(path.resolve(variant.dir))),
  );
  const browser = await launchChromium();
  const figures = variants.map((variant) => ({
    label: variant.label,
    fcp: [] as number[],
    requests: 0,
  }));
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const [index, server] of servers.entries()) {
        const context = await browser.newContext({
          ...devices['Pixel 5'],
          serviceWorkers: 'block',
        });
        const tab = await context.newPage();
        let requests = 0;
        tab.on('request', () => requests++);
        await emulateEdge(context, tab);
        const port = (server.address() as AddressInfo).port;
        await tab.goto(`http://127.0.0.1:${port}${page}`, { waitUntil: 'load', timeout: 120_000 });
        const fcp = await tab.evaluate(
          () =>
            new Promise<number>((resolve) => {
              new PerformanceObserver((list) => {
                const entry = list.getEntriesByName('first-contentful-paint')[0];
                if (entry) resolve(entry.startTime);
              }).observe({ type: 'paint', buffered: true });
            }),
        );
        figures[index]!.fcp.push(Math.round(fcp));
        figures[index]!.requests = requests;
        await context.close();
      }
    }
  } finally {
    await browser.close();
    for (const server of servers) server.close();
  }
  return figures.map((figure) => {
    const sorted = [...figure.fcp].sort((a, b) => a - b);
    return { ...figure, median: sorted[Math.floor(sorted.length / 2)]! };
  });
}

export interface WorkerFigures {
  /** sw.js itself, gzip. */
  workerBytes: number;
  /** Files kept at the first visit, and their bytes as a server sends them. */
  precached: number;
  precachedBytes: number;
}

/** What the service worker costs a phone: its own download and its first-visit precache. */
export function serviceWorkerFigures(dist: string): WorkerFigures | undefined {
  const worker = path.join(dist, 'sw.js');
  if (!existsSync(worker)) return undefined;
  const source = readFileSync(worker);
  const base = new URL(readSite().site.url).pathname;
  const urls = [...source.toString('utf8').matchAll(/url:"([^"]+)"/g)].map((match) => match[1]!);
  let precachedBytes = 0;
  for (const url of urls) {
    const file = path.join(dist, url.slice(base.length));
    if (!existsSync(file)) continue;
    const body = readFileSync(file);
    precachedBytes += /\.(html|css|js|json|webmanifest|svg)$/.test(file)
      ? gzipSync(body, { level: 6 }).length
      : body.length;
  }
  return {
    workerBytes: gzipSync(source, { level: 6 }).length,
    precached: urls.length,
    precachedBytes,
  };
}

/** The first guide in the built sitemap. */
export function guidePath(dist: string): string | undefined {
  const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((match) => new URL(match[1]!).pathname)
    .find((page) => /\/huong-dan\/[^/]+\/$/.test(page));
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { dist: { type: 'string', default: 'dist' }, before: { type: 'string' } },
  });
  const before = values.before ?? path.join(tmpdir(), 'bench-before-critical-css');
  if (!values.before) {
    console.log(`first paint: building the page with linked stylesheets into ${before} …`);
    buildBefore(before);
  }
  const page = guidePath(values.dist);
  if (!page) throw new Error('no guide in the built sitemap');
  const figures = await firstPaint(
    [
      { label: 'before (stylesheets linked)', dir: before },
      { label: 'now (critical CSS inline)', dir: values.dist },
    ],
    page,
  );
  console.log(
    `\nGuide ${page}: first contentful paint, EDGE (${EDGE.latency} ms RTT, ${EDGE.kbps} kbit/s, gzip)`,
  );
  for (const figure of figures)
    console.log(
      `  ${figure.label}: median ${figure.median} ms (runs ${figure.fcp.join(', ')}), ${figure.requests} requests`,
    );
  const worker = serviceWorkerFigures(values.dist);
  if (worker)
    console.log(
      `Service worker: sw.js ${(worker.workerBytes / 1000).toFixed(1)} kB gzip; first visit keeps ${worker.precached} files, ${(worker.precachedBytes / 1000).toFixed(1)} kB as sent`,
    );
  const now = figures[1]!.median;
  if (now > FCP_BUDGET_MS) {
    console.error(`guide FCP ${now} ms on EDGE (budget ${FCP_BUDGET_MS} ms)`);
    process.exitCode = 1;
  }
}
