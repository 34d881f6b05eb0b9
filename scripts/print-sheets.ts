/**
 * Cutting a printed document of many sheets into one asset a sheet (scripts/print-batch.ts): each
 * sheet's preview, cut from one screenshot of the sheets shrunk side by side, and each sheet's
 * PDF, a page of the document's, with its own page's title and the document's other metadata.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import type { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { PREVIEW_WIDTH, previewSize, type PrintAsset } from '../src/lib/print/print-assets.ts';
import { cdp, type PrintSite } from './print-page.ts';

/** Previews drawn by one screenshot; the page's viewport holds their grid. */
export const PREVIEWS_PER_SHOT = 50;
/** Columns of the grid of previews the sheets are drawn as for a screenshot. */
const COLUMNS = 5;
/** Space between two previews in that grid, so that no sheet's shadow falls on its neighbour. */
const GAP = 16;

/** Where each preview is drawn for the screenshot, and the size of the whole grid. */
export function grid(assets: readonly PrintAsset[]) {
  const cellHeight = Math.max(0, ...assets.map((asset) => previewSize(asset).height)) + GAP;
  return {
    cell: (index: number) => ({
      left: (index % COLUMNS) * (PREVIEW_WIDTH + GAP),
      top: Math.floor(index / COLUMNS) * cellHeight,
    }),
    width: COLUMNS * (PREVIEW_WIDTH + GAP),
    height: Math.ceil(assets.length / COLUMNS) * cellHeight,
  };
}

/** The size of the sheets in <main>, in CSS pixels. */
export interface Box {
  width: number;
  height: number;
}

/** Waits for the fonts and pictures of the open page, and returns the size of each sheet. */
export function sheetBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
    return [...document.querySelector('main')!.children].map((sheet) => {
      const rect = sheet.getBoundingClientRect();
      return { width: rect.width, height: rect.height };
    });
  });
}

/**
 * The previews of some sheets of <main> (`sheets[i]` is the index of `assets[i]`'s sheet), at most
 * PREVIEWS_PER_SHOT: each sheet shrunk to its preview's width (a CSS transform, which leaves its
 * layout as it is) and set in a grid over the page, drawn by one screenshot, cut into one preview
 * a sheet; then the sheets are put back for printing. The styles are set through the DOM, which
 * the pages' Content-Security-Policy allows.
 */
export async function previews(
  page: Page,
  assets: readonly PrintAsset[],
  sheets: readonly number[],
  boxes: readonly Box[],
  site: PrintSite,
): Promise<void> {
  const sizes = assets.map((asset, index) => {
    const box = boxes[sheets[index]!]!;
    const scale = PREVIEW_WIDTH / box.width;
    const height = Math.round(Math.min(box.height * scale, previewSize(asset).height));
    return { scale, height };
  });
  const { cell, width, height } = grid(assets);
  const places = sizes.map((size, index) => ({
    ...cell(index),
    scale: size.scale,
    sheet: sheets[index]!,
  }));
  await page.evaluate((places) => {
    const all = document.querySelector('main')!.children;
    for (const place of places) {
      const sheet = all[place.sheet] as HTMLElement;
      sheet.dataset.printStyle = sheet.style.cssText;
      Object.assign(sheet.style, {
        position: 'fixed',
        zIndex: '1',
        margin: '0',
        left: `${place.left}px`,
        top: `${place.top}px`,
        transformOrigin: '0 0',
        transform: `scale(${place.scale})`,
      });
    }
    scrollTo(0, 0);
  }, places);
  const shot = await cdp(page).send('Page.captureScreenshot', {
    format: 'png',
    clip: { x: 0, y: 0, width, height, scale: 1 },
    // The image is decoded at once: a smaller file is not worth the time.
    optimizeForSpeed: true,
  });
  // Decoded once; each preview is cut from the pixels.
  const { data, info } = await sharp(Buffer.from(shot.data, 'base64'))
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { width: info.width, height: info.height, channels: info.channels };
  await Promise.all(
    assets.map((asset, index) =>
      sharp(data, { raw })
        .extract({ ...cell(index), width: PREVIEW_WIDTH, height: sizes[index]!.height })
        .png()
        .toFile(path.join(site.dist, asset.preview)),
    ),
  );
  await page.evaluate((indexes) => {
    const all = document.querySelector('main')!.children;
    for (const index of indexes) {
      const sheet = all[index] as HTMLElement;
      sheet.style.cssText = sheet.dataset.printStyle ?? '';
      delete sheet.dataset.printStyle;
    }
  }, sheets);
}

/** The text of a page's <title>, its character references decoded. */
export function pageTitle(html: string): string {
  const written = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  let title = '';
  const parser = new Parser({ ontext: (text) => (title += text) }, { decodeEntities: true });
  parser.write(written);
  parser.end();
  return title;
}

/**
 * Cuts a printed document into PDFs of one page each (`parts`, by page index), after checking it
 * has one page per sheet (`pages`); `source` names the document in the error.
 */
export async function splitDocument(
  bytes: Uint8Array,
  pages: number,
  parts: readonly { index: number; title: string; file: string }[],
  source: string,
) {
  // Loaded when a document is cut, not by a print step that finds everything in its cache.
  const { PDFDocument } = await import('pdf-lib');
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  if (pdf.getPageCount() !== pages)
    throw new Error(
      `${source} and the pages printed with it: ${pdf.getPageCount()} PDF pages for ${pages} sheets; a sheet overflows its paper`,
    );
  for (const part of parts) await splitPage(PDFDocument, pdf, part);
}

/** Writes one page of `source` as a PDF of its own, with its page's title. */
async function splitPage(
  PDF: typeof PDFDocument,
  source: PDFDocument,
  { index, title, file }: { index: number; title: string; file: string },
) {
  const pdf = await PDF.create({ updateMetadata: false });
  const [sheet] = await pdf.copyPages(source, [index]);
  pdf.addPage(sheet!);
  pdf.setTitle(title);
  const creator = source.getCreator();
  const producer = source.getProducer();
  const created = source.getCreationDate();
  const modified = source.getModificationDate();
  if (creator) pdf.setCreator(creator);
  if (producer) pdf.setProducer(producer);
  if (created) pdf.setCreationDate(created);
  if (modified) pdf.setModificationDate(modified);
  // Without object streams, as Chromium writes its PDFs.
  await writeFile(file, await pdf.save({ useObjectStreams: false }));
}
