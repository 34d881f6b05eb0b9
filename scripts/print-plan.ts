/**
 * Which assets the print step prints together (scripts/print-batch.ts prints them): one-sheet
 * pages with the same shell (everything but the <title> and the <main>), such as every group's A4
 * poster, go in batches of one Chromium document each; the sheet of all posters, when it is made
 * of the A4 posters' pages one after the other, gives them their PDFs. Pure: it reads the built
 * pages through `read`, so it is unit-tested without a browser.
 */
import type { PrintAsset } from '../src/lib/print/print-assets.ts';

/** Sheets of one batch; more costs memory without saving time (measured: 25 to 100 the same). */
export const BATCH_SIZE = 50;

/** Gives a built page's HTML from its site path, or undefined when there is no such page. */
export type Read = (source: string) => string | undefined;

/** Where <main>'s content starts and ends in a page, when it has exactly one <main>. */
function mainRange(html: string): [number, number] | undefined {
  const tag = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (tag < 0 || end < tag || html.indexOf('<main', tag + 1) >= 0) return undefined;
  return [html.indexOf('>', tag) + 1, end];
}

/**
 * The page's HTML without its <title> and the inside of its <main>: equal for pages that can print
 * together. None for a page with no single <main>, or with a script in it, which a sheet moved
 * into another document would not run.
 */
function shell(html: string): string | undefined {
  const range = mainRange(html);
  if (!range || /<script\b/i.test(html.slice(...range))) return undefined;
  return html.slice(0, range[0]).replace(/<title>[^<]*<\/title>/, '') + html.slice(range[1]);
}

/** The inside of a page's <main>, without the spaces around it. */
const mainOf = (html: string) => {
  const range = mainRange(html);
  return range && html.slice(...range).trim();
};

/** The sheet of all posters, when it is made of the posters' pages, and those it prints. */
export interface SheetPlan {
  asset: PrintAsset;
  /** The posters of its pages, in order. */
  pages: PrintAsset[];
  /** Those of them to print, cut from it. */
  cut: PrintAsset[];
}

/** Whether `whole` is the `parts` one after the other, with nothing but spaces between them. */
function madeOf(whole: string, parts: readonly string[]): boolean {
  let at = 0;
  const skipSpaces = () => {
    while (at < whole.length && /\s/.test(whole[at]!)) at++;
  };
  for (const part of parts) {
    skipSpaces();
    if (!part || !whole.startsWith(part, at)) return false;
    at += part.length;
  }
  skipSpaces();
  return at === whole.length;
}

/** The sheet of all posters, when it is to print and provably holds the A4 posters' pages. */
function planSheet(toPrint: readonly PrintAsset[], all: readonly PrintAsset[], read: Read) {
  const asset = toPrint.find((candidate) => candidate.kind === 'posters');
  const pages = all.filter((poster) => poster.kind === 'poster' && poster.paper === asset?.paper);
  const html = asset && read(asset.source);
  if (!html || pages.length !== asset.pages) return undefined;
  const shellOf = shell(html);
  const parts = pages.map((poster) => read(poster.source) ?? '');
  if (shellOf === undefined || parts.some((part) => shell(part) !== shellOf)) return undefined;
  const mains = parts.map((part) => mainOf(part) ?? '');
  if (!madeOf(mainOf(html) ?? '', mains)) return undefined;
  return { asset, pages, cut: pages.filter((poster) => toPrint.includes(poster)) };
}

/**
 * Splits the assets to print into the sheet of all posters with the A4 posters cut from it (when
 * it holds them), batches of one-sheet PDF pages that share a shell, at most BATCH_SIZE each, and
 * the assets printed one by one. `all` is every asset of the site, printed or not.
 */
export function planBatches(
  toPrint: readonly PrintAsset[],
  read: Read,
  all: readonly PrintAsset[] = toPrint,
): { sheet?: SheetPlan; batches: PrintAsset[][]; singles: PrintAsset[] } {
  const sheet = planSheet(toPrint, all, read);
  const byShell = new Map<string, PrintAsset[]>();
  const singles: PrintAsset[] = [];
  for (const asset of toPrint) {
    if (asset === sheet?.asset || sheet?.cut.includes(asset)) continue;
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
  return { ...(sheet && { sheet }), batches, singles };
}
