/**
 * The print step of `npm run build`: prints every asset of the print center with Chromium, from
 * the real pages of the built site, so what staff see on screen is what the printer gets. PDFs
 * take their paper size from the pages' @page rules and embed the project's font; banners are
 * screenshots at their exact pixel size. Each asset also gets a thumbnail for the print center.
 *
 *   node scripts/print-assets.ts [--dist dist] [--concurrency 3]
 *
 * The list of assets comes from the build itself (/in-an/print-jobs.json). Pages print in parallel,
 * a few at a time; progress is printed as it goes.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { PREVIEW_WIDTH, previewSize, type PrintAsset } from '../src/lib/print-assets.ts';
import { launchChromium } from './chromium.ts';
import { serve } from './serve.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    concurrency: {
      type: 'string',
      default: process.env.PRINT_CONCURRENCY ?? String(Math.min(4, availableParallelism() + 1)),
    },
  },
});
const dist = path.resolve(values.dist);
const concurrency = Math.max(1, Number(values.concurrency));

const assets: PrintAsset[] = JSON.parse(
  await readFile(path.join(dist, 'in-an/print-jobs.json'), 'utf8'),
);
const server = await serve({ dir: dist, host: '127.0.0.1', port: 0 });
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const base = new URL((await import('../src/lib/site-file.ts')).readSite().site.url).pathname;
const browser = await launchChromium();
const started = performance.now();

/** The site path of an asset as a file in dist/. */
const output = (sitePath: string) => path.join(dist, sitePath);

async function open(page: Page, asset: PrintAsset): Promise<void> {
  const response = await page.goto(`${origin}${base}${asset.source.slice(1)}`, {
    waitUntil: 'load',
  });
  if (!response?.ok()) throw new Error(`${asset.source} answered ${response?.status()}`);
  // The font is the project's own: fail rather than print with a fallback.
  const fontReady = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].some(
      (face) => face.family.replace(/"/g, '') === 'Be Vietnam Pro' && face.status === 'loaded',
    );
  });
  if (!fontReady) throw new Error(`${asset.source}: the Be Vietnam Pro font did not load`);
}

async function print(page: Page, asset: PrintAsset): Promise<void> {
  await mkdir(path.dirname(output(asset.file)), { recursive: true });
  await mkdir(path.dirname(output(asset.preview)), { recursive: true });
  if (asset.format === 'png') {
    const viewport = asset.viewport!;
    await page.setViewportSize(viewport);
    await open(page, asset);
    const image = await page.screenshot({ clip: { x: 0, y: 0, ...viewport } });
    await sharp(image).toFile(output(asset.file));
    await sharp(image).resize({ width: PREVIEW_WIDTH }).toFile(output(asset.preview));
    return;
  }
  await page.setViewportSize({ width: 1300, height: 1000 });
  await open(page, asset);
  await page.pdf({ path: output(asset.file), preferCSSPageSize: true, printBackground: true });
  // The first sheet, or the top of a flowing document (bulletin, report) cut to its paper's shape.
  const box = await page.locator('main > :first-child').boundingBox();
  if (!box) throw new Error(`${asset.source}: nothing to preview in <main>`);
  const { width, height } = previewSize(asset);
  const clip = { ...box, height: Math.min(box.height, (box.width * height) / width) };
  const image = await page.screenshot({ clip, fullPage: true });
  await sharp(image).resize({ width: PREVIEW_WIDTH }).png().toFile(output(asset.preview));
}

let next = 0;
let done = 0;
async function worker(): Promise<void> {
  const page = await browser.newPage();
  while (next < assets.length) {
    const asset = assets[next++]!;
    const t0 = performance.now();
    await print(page, asset);
    done++;
    console.log(
      `print: [${done}/${assets.length}] ${asset.file} (${Math.round(performance.now() - t0)} ms)`,
    );
  }
  await page.close();
}

try {
  await Promise.all(Array.from({ length: Math.min(concurrency, assets.length) }, worker));
} finally {
  await browser.close();
  server.close();
}
const seconds = (performance.now() - started) / 1000;
const pdfs = assets.filter((asset) => asset.format === 'pdf').length;
console.log(
  `print: ${assets.length} assets (${pdfs} PDF) in ${seconds.toFixed(1)} s, ` +
    `${(pdfs / seconds).toFixed(1)} PDF/s, ${concurrency} at a time`,
);
