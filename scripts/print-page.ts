/**
 * Prints one asset of the print center from its page on the served site: a PDF at the paper size
 * of the page's @page rules with a preview of its first sheet, or a banner screenshot at its exact
 * pixel size with a small copy. Used by the print step (scripts/print-assets.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import sharp from 'sharp';
import { PREVIEW_WIDTH, previewSize, type PrintAsset } from '../src/lib/print/print-assets.ts';

/** Where the built site is served, and the folder of its files. */
export interface PrintSite {
  /** "http://127.0.0.1:4321" */
  origin: string;
  /** The site's base path, with slashes: "/" or "/congdanso/". */
  base: string;
  /** The built site's folder, where printed files are written. */
  dist: string;
}

/** Opens an asset's page and waits for its font: printing with a fallback font fails. */
export async function open(page: Page, asset: PrintAsset, site: PrintSite): Promise<void> {
  const response = await page.goto(`${site.origin}${site.base}${asset.source.slice(1)}`, {
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

/** A PDF at the paper size of the page's @page rules, with its backgrounds. */
export const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true } as const;

/**
 * Wide enough for an A3 sheet (1123 × 1587 CSS pixels) and tall enough for it below the print
 * page's toolbar, so the preview is drawn from the viewport without a full-page capture.
 */
const PDF_VIEWPORT = { width: 1300, height: 2200 };

export async function setViewport(page: Page, viewport: { width: number; height: number }) {
  const current = page.viewportSize();
  if (current?.width !== viewport.width || current.height !== viewport.height) {
    await page.setViewportSize(viewport);
  }
}

export async function printAsset(page: Page, asset: PrintAsset, site: PrintSite): Promise<void> {
  const output = (file: string) => path.join(site.dist, file);
  await mkdir(path.dirname(output(asset.file)), { recursive: true });
  await mkdir(path.dirname(output(asset.preview)), { recursive: true });
  if (asset.format === 'png') {
    const viewport = asset.viewport!;
    await setViewport(page, viewport);
    await open(page, asset, site);
    const image = await page.screenshot({ clip: { x: 0, y: 0, ...viewport } });
    await sharp(image).toFile(output(asset.file));
    await sharp(image).resize({ width: PREVIEW_WIDTH }).toFile(output(asset.preview));
    return;
  }
  await setViewport(page, PDF_VIEWPORT);
  await open(page, asset, site);
  // The preview first, while the page is laid out for the screen: the first sheet, or the top of a
  // flowing document (bulletin, report) cut to its paper's shape. The viewport is tall enough
  // for an A3 sheet, so no full-page capture (which lays the whole page out again) is needed;
  // Chromium draws it straight at the preview's width.
  const box = await page.evaluate(() => {
    const rect = document.querySelector('main > :first-child')?.getBoundingClientRect();
    return (
      rect && { x: rect.x + scrollX, y: rect.y + scrollY, width: rect.width, height: rect.height }
    );
  });
  if (!box) throw new Error(`${asset.source}: nothing to preview in <main>`);
  const { width, height } = previewSize(asset);
  const clip = { ...box, height: Math.min(box.height, (box.width * height) / width) };
  const preview = await cdp(page).send('Page.captureScreenshot', {
    format: 'png',
    clip: { ...clip, scale: PREVIEW_WIDTH / clip.width },
  });
  await page.pdf({ ...PDF_OPTIONS, path: output(asset.file) });
  await writeFile(output(asset.preview), Buffer.from(preview.data, 'base64'));
}

const sessions = new WeakMap<Page, CDPSession>();

/** Opens the page's DevTools session, which printAsset draws previews through. */
export async function preparePage(page: Page): Promise<void> {
  sessions.set(page, await page.context().newCDPSession(page));
}
/** The page's DevTools session: Chromium draws the preview straight at its small size. */
export function cdp(page: Page): CDPSession {
  const session = sessions.get(page);
  if (!session) throw new Error('no DevTools session for this page');
  return session;
}
