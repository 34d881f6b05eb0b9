/**
 * The print step of `npm run build`: prints every asset of the print center with Chromium, from
 * the real pages of the built site, so what staff see on screen is what the printer gets. PDFs
 * take their paper size from the pages' @page rules and embed the project's font; banners are
 * screenshots at their exact pixel size. Each asset also gets a thumbnail for the print center.
 *
 *   node scripts/print-assets.ts [--dist dist] [--concurrency 2] [--no-cache]
 *
 * The list of assets comes from the build itself (/in-an/print-jobs.json). The group posters print
 * fifty to a Chromium document, or are cut from the sheet of all posters, then split into one PDF
 * each (scripts/print-plan.ts, scripts/print-batch.ts); the other pages print one by one.
 * Documents print in parallel, one per core; progress is printed as it goes.
 *
 * A rebuild prints again only what changed. Each asset's key is a hash of what it is made from,
 * read from the built files (src/lib/print/print-cache.ts): the page's HTML, every file it loads, the
 * headers, the asset's settings and the printer. Printed files are kept by key outside dist/ (which
 * `astro build` empties), in node_modules/.cache/print-assets/<content folder>/ or PRINT_CACHE_DIR,
 * and copied into dist/ when the key is unchanged.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { cacheDir, contentDir, packageDir, productPath } from '../src/lib/site/paths.ts';
import { fileOf, pageResources, printKey, sitePath } from '../src/lib/print/print-cache.ts';
import type { PrintAsset } from '../src/lib/print/print-assets.ts';
import { CHROMIUM_PATH, launchChromium } from './chromium.ts';
import { printWork } from './print-batch.ts';
import { preparePage } from './print-page.ts';
import { serve } from './serve.ts';
import { copyWhole, writeWhole } from '../src/lib/site/write-whole.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    concurrency: {
      type: 'string',
      // One page per core: on two cores a third page only waits for the others (measured).
      default: process.env.PRINT_CONCURRENCY ?? String(Math.min(4, availableParallelism())),
    },
    cache: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const dist = path.resolve(values.dist);
const concurrency = Math.max(1, Number(values.concurrency));

const assets: PrintAsset[] = JSON.parse(
  await readFile(path.join(dist, 'in-an/print-jobs.json'), 'utf8'),
);
const base = new URL((await import('../src/lib/content-rules/site-file.ts')).readSite().site.url)
  .pathname;
const started = performance.now();

/** The site path of an asset as a file in dist/. */
const output = (sitePath: string) => path.join(dist, sitePath);

// ---- The cache: what each asset is made from, and the files printed from it.

const printCache = path.resolve(
  process.env.PRINT_CACHE_DIR ??
    path.join(
      cacheDir('print-assets'),
      createHash('sha256').update(contentDir()).digest('hex').slice(0, 16),
    ),
);
const ENTRIES = path.join(printCache, 'entries.json');

interface Entry {
  key: string;
  /** The files of the built site Chromium asked for while printing it. */
  requested: string[];
}

const entries: Record<string, Entry> =
  values.cache && existsSync(ENTRIES) ? JSON.parse(await readFile(ENTRIES, 'utf8')) : {};

/** The printer: Chromium's version, the print code, and the headers every file is served with. */
function printerIdentity(): string {
  const version = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const files = [
    import.meta.filename,
    productPath('scripts/print-page.ts'),
    productPath('scripts/print-batch.ts'),
    productPath('scripts/print-sheets.ts'),
    productPath('scripts/print-plan.ts'),
    path.join(packageDir('pdf-lib'), 'package.json'),
    productPath('scripts/chromium.ts'),
    productPath('src/lib/print/print-assets.ts'),
    productPath('src/lib/print/print-cache.ts'),
    path.join(dist, '_headers'),
  ];
  const hash = createHash('sha256').update(`print-cache 1\0${version}\0${sharp.versions.vips}`);
  for (const file of files) hash.update(existsSync(file) ? readFileSync(file) : 'missing');
  return hash.digest('hex');
}
const printer = values.cache ? printerIdentity() : '';

const fileHashes = new Map<string, string>();
/** A hash of a file of the built site (a site path), read once per run. */
function hashOf(file: string): string {
  let hash = fileHashes.get(file);
  if (hash === undefined) {
    const full = output(file);
    hash = existsSync(full)
      ? createHash('sha256').update(readFileSync(full)).digest('hex')
      : 'missing';
    fileHashes.set(file, hash);
  }
  return hash;
}
const readText = (file: string) =>
  existsSync(output(file)) ? readFileSync(output(file), 'utf8') : undefined;

function keyOf(asset: PrintAsset, requested: readonly string[]): string {
  const files = [...pageResources(asset.source, readText, '/'), ...requested];
  return printKey({ asset, printer, files, hashOf });
}

/** Where the cache keeps an asset's file and its preview for a key. */
function cached(asset: PrintAsset, key: string) {
  const stem = path.join(printCache, `${asset.id}.${key.slice(0, 20)}`);
  return { file: `${stem}.${asset.format}`, preview: `${stem}.preview.png` };
}

const toPrint: PrintAsset[] = [];
let fromCache = 0;
for (const asset of assets) {
  const entry = entries[asset.id];
  if (values.cache && entry && entry.key === keyOf(asset, entry.requested)) {
    const kept = cached(asset, entry.key);
    if (existsSync(kept.file) && existsSync(kept.preview)) {
      await copyWhole(kept.file, output(asset.file));
      await copyWhole(kept.preview, output(asset.preview));
      fromCache++;
      continue;
    }
  }
  toPrint.push(asset);
}

let origin = '';
const work = printWork(toPrint, assets, (source) => readText(fileOf(source)));
let next = 0;
let done = 0;
async function worker(browser: Browser): Promise<void> {
  const page = await browser.newPage();
  await preparePage(page);
  let requested = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin) return;
    const site = sitePath(url.pathname, '/', base);
    if (site !== undefined) requested.add(site.endsWith('/') ? `${site}index.html` : site);
  });
  while (next < work.length) {
    const { assets: item, print } = work[next++]!;
    const t0 = performance.now();
    requested = new Set();
    await print(page, { origin, base, dist });
    // A batch is opened at one of its pages: each asset's key has its own page, never another's of
    // the batch, and the other files the batch asked for (style sheets, fonts), which they share.
    const pages = new Set(item.map((asset) => fileOf(asset.source)));
    for (const asset of item) {
      if (values.cache) {
        const own = [...requested].filter(
          (file) => !pages.has(file) || file === fileOf(asset.source),
        );
        const entry = { key: keyOf(asset, own), requested: own.sort() };
        const kept = cached(asset, entry.key);
        await copyWhole(output(asset.file), kept.file);
        await copyWhole(output(asset.preview), kept.preview);
        entries[asset.id] = entry;
      }
      done++;
      const ms = Math.round((performance.now() - t0) / item.length);
      console.log(`print: [${done}/${toPrint.length}] ${asset.file} (${ms} ms)`);
    }
  }
  await page.close();
}

if (toPrint.length) {
  const server = await serve({ dir: dist, host: '127.0.0.1', port: 0 });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  try {
    const workers = Math.min(concurrency, work.length);
    await Promise.all(Array.from({ length: workers }, () => worker(browser)));
  } finally {
    await browser.close();
    server.close();
  }
}

if (values.cache) {
  // Keep the entries of this site's assets only, and the files they name.
  const kept = Object.fromEntries(
    assets.filter((asset) => entries[asset.id]).map((asset) => [asset.id, entries[asset.id]!]),
  );
  const names = new Set(
    assets
      .filter((asset) => kept[asset.id])
      .flatMap((asset) => Object.values(cached(asset, kept[asset.id]!.key)))
      .map((file) => path.basename(file)),
  );
  await writeWhole(ENTRIES, JSON.stringify(kept));
  for (const name of await readdir(printCache)) {
    if (name !== 'entries.json' && !names.has(name) && !name.endsWith('.partial')) {
      await rm(path.join(printCache, name), { force: true });
    }
  }
}

const seconds = (performance.now() - started) / 1000;
const pdfs = toPrint.filter((asset) => asset.format === 'pdf').length;
console.log(
  `print: ${toPrint.length} printed (${pdfs} PDF), ${fromCache} unchanged from the cache, ` +
    `in ${seconds.toFixed(1)} s, ${(pdfs / seconds).toFixed(1)} PDF/s, ${concurrency} at a time`,
);
