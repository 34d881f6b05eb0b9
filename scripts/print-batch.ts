/**
 * Prints many one-sheet pages as one Chromium document, then splits it into one PDF a page: the
 * group posters, hundreds of pages that differ only in their data. Opening a page, waiting for its
 * font and calling page.pdf() costs about the same for one sheet as for fifty, so a batch of
 * fifty posters costs a little more than one poster printed alone (measured: 500 A4 posters
 * printed one by one took about 100 s on both cores, as one document 5 s).
 *
 * A batch is opened at its first page's real address, with that page's headers; the <main> of
 * every other page of the batch is put in after it. Only pages with the same shell (everything
 * but the <title> and the <main>) go in one batch, so the sheets are laid out and printed with the
 * very style sheets, fonts and paper rules of their own pages. Each split PDF gets its own page's
 * title and keeps Chromium's other metadata; the previews are cut from one screenshot of the
 * batch's sheets shrunk side by side (scripts/print-sheets.ts).
 *
 * The sheet of all A4 posters is such a document already: when its <main> is the A4 posters'
 * <main>s one after the other and its shell is theirs, the A4 posters are cut from it too.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { PrintAsset } from '../src/lib/print/print-assets.ts';
import { planBatches, type Read, type SheetPlan } from './print-plan.ts';
import { open, PDF_OPTIONS, printAsset, setViewport, type PrintSite } from './print-page.ts';
import {
  grid,
  pageTitle,
  previews,
  PREVIEWS_PER_SHOT,
  sheetBoxes,
  splitDocument,
  type Box,
} from './print-sheets.ts';

/** Makes the folders of the assets' files and previews. */
async function folders(assets: readonly PrintAsset[], site: PrintSite) {
  for (const asset of assets) {
    await mkdir(path.dirname(path.join(site.dist, asset.file)), { recursive: true });
    await mkdir(path.dirname(path.join(site.dist, asset.preview)), { recursive: true });
  }
}

/** Opens a page with a viewport wide enough for an A3 sheet and tall enough for a grid of previews. */
async function openForPreviews(
  page: Page,
  asset: PrintAsset,
  assets: PrintAsset[],
  site: PrintSite,
) {
  const { width, height } = grid(assets.slice(0, PREVIEWS_PER_SHOT));
  await setViewport(page, { width: Math.max(width, 1300), height: Math.max(height, 1300) });
  await open(page, asset, site);
}

/** Prints the open page and cuts its pages `sheets` into the PDFs of `assets`. */
async function cut(
  page: Page,
  assets: PrintAsset[],
  sheets: number[],
  pages: number,
  site: PrintSite,
  read: Read,
  whole?: string,
) {
  const bytes = await page.pdf(PDF_OPTIONS);
  if (whole) await writeFile(whole, bytes);
  if (!assets.length) return;
  const parts = assets.map((asset, index) => ({
    index: sheets[index]!,
    title: pageTitle(read(asset.source) ?? ''),
    file: path.join(site.dist, asset.file),
  }));
  await splitDocument(bytes, pages, parts, assets[0]!.source);
}

/** The previews of the sheets `sheets` of the open page, PREVIEWS_PER_SHOT a screenshot. */
async function previewsOf(
  page: Page,
  assets: PrintAsset[],
  sheets: number[],
  boxes: Box[],
  site: PrintSite,
) {
  for (let first = 0; first < assets.length; first += PREVIEWS_PER_SHOT) {
    const last = first + PREVIEWS_PER_SHOT;
    await previews(page, assets.slice(first, last), sheets.slice(first, last), boxes, site);
  }
}

/** Checks that the open page has one sheet per page it stands for. */
function checkSheets(boxes: Box[], pages: number, source: string) {
  if (boxes.length !== pages)
    throw new Error(
      `${source} and the pages printed with it: ${boxes.length} sheets for ${pages} pages; each page's <main> must hold one sheet`,
    );
}

/**
 * Prints a batch of one-sheet pages (from planBatches): one document, one page.pdf(), split into
 * each asset's PDF, with each asset's preview.
 */
export async function printBatch(page: Page, assets: PrintAsset[], site: PrintSite, read: Read) {
  await folders(assets, site);
  await openForPreviews(page, assets[0]!, assets, site);
  const others = assets.slice(1).map((asset) => {
    const html = read(asset.source);
    if (html === undefined) throw new Error(`${asset.source}: no such page in the built site`);
    return html;
  });
  // The sheets of the other pages after the open page's.
  await page.evaluate((htmls) => {
    const main = document.querySelector('main')!;
    for (const html of htmls) {
      const other = new DOMParser().parseFromString(html, 'text/html');
      const sheets = [...other.querySelector('main')!.children];
      main.append(...sheets.map((node) => document.adoptNode(node)));
    }
  }, others);
  const boxes = await sheetBoxes(page);
  checkSheets(boxes, assets.length, assets[0]!.source);
  const sheets = assets.map((_, index) => index);
  await previewsOf(page, assets, sheets, boxes, site);
  await cut(page, assets, sheets, assets.length, site, read);
}

/**
 * Prints the sheet of all posters, with its preview, and cuts from it the A4 posters to print,
 * with theirs.
 */
export async function printSheet(page: Page, plan: SheetPlan, site: PrintSite, read: Read) {
  await folders([plan.asset, ...plan.cut], site);
  await openForPreviews(page, plan.asset, [plan.asset, ...plan.cut], site);
  const boxes = await sheetBoxes(page);
  checkSheets(boxes, plan.pages.length, plan.asset.source);
  await previews(page, [plan.asset], [0], boxes, site);
  const sheets = plan.cut.map((poster) => plan.pages.indexOf(poster));
  await previewsOf(page, plan.cut, sheets, boxes, site);
  const whole = path.join(site.dist, plan.asset.file);
  await cut(page, plan.cut, sheets, plan.pages.length, site, read, whole);
}

/** What one page prints at a time, and the assets it makes. */
export interface Work {
  assets: PrintAsset[];
  print: (page: Page, site: PrintSite) => Promise<void>;
}

/**
 * The print step's work, in order of length: the sheet of all posters (one long document, with
 * the A4 posters cut from it) first, then the batches of posters, so that the short ones print
 * beside them rather than after them. `all` is every asset of the site, printed or not.
 */
export function printWork(toPrint: readonly PrintAsset[], all: readonly PrintAsset[], read: Read) {
  const { sheet, batches, singles } = planBatches(toPrint, read, all);
  const alone = (asset: PrintAsset): Work => ({
    assets: [asset],
    print: (page, site) => printAsset(page, asset, site),
  });
  const work: Work[] = [];
  if (sheet)
    work.push({
      assets: [sheet.asset, ...sheet.cut],
      print: (page, site) => printSheet(page, sheet, site, read),
    });
  work.push(...singles.filter((asset) => asset.kind === 'posters').map(alone));
  for (const batch of batches)
    work.push({ assets: batch, print: (page, site) => printBatch(page, batch, site, read) });
  work.push(...singles.filter((asset) => asset.kind !== 'posters').map(alone));
  return work;
}
