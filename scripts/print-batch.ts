/**
 * Prints many one-sheet pages as one Chromium document, then splits it into one PDF a page: the
 * group posters, hundreds of pages that differ only in their data. Opening a page, waiting for its
 * font and calling page.pdf() costs about the same for one sheet as for fifty, so a batch of
 * fifty posters costs a little more than one poster printed alone (measured: 500 A4 posters
 * printed one by one take about 90 s of both cores, as one document 5 s).
 *
 * A batch is opened at its first page's real address, with that page's headers; the <main> of
 * every other page of the batch is put in after it. Only pages with the same shell (everything
 * but the <title> and the <main>) go in one batch, so the sheets are laid out and printed with the
 * very style sheets, fonts and paper rules of their own pages. Each split PDF gets its own page's
 * title and keeps Chromium's other metadata; the previews are cut from a few screenshots of the
 * batch laid out for the screen, each sheet's at the size a screenshot of its own page has.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { PREVIEW_WIDTH, previewSize, type PrintAsset } from '../src/lib/print-assets.ts';
import { cdp, open, setViewport, type PrintSite } from './print-page.ts';

/** Sheets of one batch; more costs memory without saving time (measured: 25 to 100 the same). */
export const BATCH_SIZE = 50;

/** Columns of the grid of previews the batch is drawn as for its screenshot. */
const COLUMNS = 5;
/** Space between two previews in that grid, so that no sheet's shadow falls on its neighbour. */
const GAP = 16;

/** Where each sheet's preview is drawn for the screenshot, and the size of the whole grid. */
function grid(assets: readonly PrintAsset[]) {
  const cellHeight = Math.max(...assets.map((asset) => previewSize(asset).height)) + GAP;
  return {
    cell: (index: number) => ({
      left: (index % COLUMNS) * (PREVIEW_WIDTH + GAP),
      top: Math.floor(index / COLUMNS) * cellHeight,
    }),
    width: COLUMNS * (PREVIEW_WIDTH + GAP),
    height: Math.ceil(assets.length / COLUMNS) * cellHeight,
  };
}

/**
 * The page's HTML without its <title> and the inside of its <main>: equal for pages that can print
 * together. None for a page with no single <main>, or with a script in it, which a sheet moved
 * into another document would not run.
 */
function shell(html: string): string | undefined {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start || html.indexOf('<main', start + 1) >= 0) return undefined;
  if (/<script\b/i.test(html.slice(start, end))) return undefined;
  return html.slice(0, start).replace(/<title>[^<]*<\/title>/, '') + html.slice(end);
}

/**
 * Splits the assets to print into batches of one-sheet PDF pages that share a shell, at most
 * BATCH_SIZE each, and the assets printed one by one. `read` gives a built page's HTML.
 */
export function planBatches(
  assets: readonly PrintAsset[],
  read: (source: string) => string | undefined,
): { batches: PrintAsset[][]; singles: PrintAsset[] } {
  const byShell = new Map<string, PrintAsset[]>();
  const singles: PrintAsset[] = [];
  for (const asset of assets) {
    const html = asset.kind === 'poster' && asset.pages === 1 ? read(asset.source) : undefined;
    const key = html === undefined ? undefined : shell(html);
    if (key === undefined) singles.push(asset);
    else byShell.set(key, [...(byShell.get(key) ?? []), asset]);
  }
  const batches: PrintAsset[][] = [];
  for (const group of byShell.values()) {
    if (group.length === 1) singles.push(...group);
    else
      for (let i = 0; i < group.length; i += BATCH_SIZE)
        batches.push(group.slice(i, i + BATCH_SIZE));
  }
  return { batches, singles };
}

/** Rectangles of the sheets in <main>, in page coordinates (CSS pixels). */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Puts the sheets of the other pages (their HTML in `others`) after the open page's, waits for
 * their fonts and pictures, and returns every page's title and the sheets' boxes.
 */
async function assemble(page: Page, others: string[]): Promise<{ titles: string[]; boxes: Box[] }> {
  return page.evaluate(async (htmls) => {
    const main = document.querySelector('main')!;
    const titles = [document.title];
    for (const html of htmls) {
      const other = new DOMParser().parseFromString(html, 'text/html');
      titles.push(other.title);
      main.append(
        ...[...other.querySelector('main')!.children].map((node) => document.adoptNode(node)),
      );
    }
    await document.fonts.ready;
    await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
    const boxes = [...main.children].map((sheet) => {
      const rect = sheet.getBoundingClientRect();
      return { x: rect.x + scrollX, y: rect.y + scrollY, width: rect.width, height: rect.height };
    });
    return { titles, boxes };
  }, others);
}

/**
 * The previews: every sheet of the batch shrunk to its preview's width (a CSS transform, which
 * leaves its layout as it is) and set in a grid over the page, drawn by one screenshot, cut into
 * one preview a sheet; then the sheets are put back for printing. The styles are set through the
 * DOM, which the pages' Content-Security-Policy allows.
 */
async function previews(page: Page, assets: PrintAsset[], boxes: Box[], site: PrintSite) {
  const sizes = assets.map((asset, index) => {
    const box = boxes[index]!;
    const scale = PREVIEW_WIDTH / box.width;
    const height = Math.round(Math.min(box.height * scale, previewSize(asset).height));
    return { scale, height };
  });
  const { cell, width, height } = grid(assets);
  await page.evaluate(
    (places) => {
      const sheets = [...document.querySelector('main')!.children] as HTMLElement[];
      sheets.forEach((sheet, index) => {
        sheet.dataset.printStyle = sheet.style.cssText;
        Object.assign(sheet.style, {
          position: 'fixed',
          margin: '0',
          left: `${places[index]!.left}px`,
          top: `${places[index]!.top}px`,
          transformOrigin: '0 0',
          transform: `scale(${places[index]!.scale})`,
        });
      });
      scrollTo(0, 0);
    },
    sizes.map((size, index) => ({ ...cell(index), scale: size.scale })),
  );
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
  await page.evaluate(() => {
    for (const sheet of document.querySelector('main')!.children as HTMLCollectionOf<HTMLElement>) {
      sheet.style.cssText = sheet.dataset.printStyle ?? '';
      delete sheet.dataset.printStyle;
    }
  });
}

/** Writes page `index` of `source` as a PDF of its own, with its page's title. */
async function splitPage(source: PDFDocument, index: number, title: string, file: string) {
  const pdf = await PDFDocument.create({ updateMetadata: false });
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
  await writeFile(file, await pdf.save({ useObjectStreams: false }));
}

/**
 * Prints a batch of one-sheet pages (from planBatches): one document, one page.pdf(), split into
 * each asset's PDF, with each asset's preview. `read` gives a built page's HTML.
 */
export async function printBatch(
  page: Page,
  assets: PrintAsset[],
  site: PrintSite,
  read: (source: string) => string | undefined,
): Promise<void> {
  const output = (file: string) => path.join(site.dist, file);
  for (const asset of assets) {
    await mkdir(path.dirname(output(asset.file)), { recursive: true });
    await mkdir(path.dirname(output(asset.preview)), { recursive: true });
  }
  // Wide enough for an A3 sheet, tall enough for the grid of previews.
  const { width, height } = grid(assets);
  await setViewport(page, { width: Math.max(width, 1300), height: Math.max(height, 1300) });
  await open(page, assets[0]!, site);
  const others = assets.slice(1).map((asset) => {
    const html = read(asset.source);
    if (html === undefined) throw new Error(`${asset.source}: no such page in the built site`);
    return html;
  });
  const { titles, boxes } = await assemble(page, others);
  if (boxes.length !== assets.length)
    throw new Error(
      `${assets[0]!.source} and the pages printed with it: ${boxes.length} sheets for ${assets.length} pages; each page's <main> must hold one sheet`,
    );
  await previews(page, assets, boxes, site);
  const pdf = await PDFDocument.load(
    await page.pdf({ preferCSSPageSize: true, printBackground: true }),
    { updateMetadata: false },
  );
  if (pdf.getPageCount() !== assets.length)
    throw new Error(
      `${assets[0]!.source} and the pages printed with it: ${pdf.getPageCount()} PDF pages for ${assets.length} sheets; a sheet overflows its paper`,
    );
  for (const [index, asset] of assets.entries())
    await splitPage(pdf, index, titles[index]!, output(asset.file));
}
