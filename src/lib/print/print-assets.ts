/**
 * Every printable asset: which page of the site is printed, to which file, on what paper. The print
 * center lists them and `scripts/print-assets.ts` makes them with Chromium, both from this one list
 * (the build writes it to /in-an/print-jobs.json). Addresses are stable: staff bookmark and share
 * the download links.
 */

export type PosterSize = 'a4' | 'a3';
export type AssetKind = 'poster' | 'posters' | 'leaflet' | 'banner' | 'bulletin' | 'report';

export interface Viewport {
  width: number;
  height: number;
}

export interface PrintAsset {
  /** Unique, also the file's base name. */
  id: string;
  kind: AssetKind;
  /** The site page that is printed (a path on the site, with trailing slash). */
  source: string;
  /** The file written into dist/ (a path on the site). */
  file: string;
  format: 'pdf' | 'png';
  /** Paper of a PDF, as its @page rule sets it: "A4", "A3", "A4 landscape". */
  paper?: 'A4' | 'A3' | 'A4 landscape';
  /** Pixel size of a PNG. */
  viewport?: Viewport;
  /** Pages a PDF must have. */
  pages?: number;
  /** A small PNG of the first page, for the print center. */
  preview: string;
  /** The residential group it is for, if any. */
  group?: string;
}

/** Width of the thumbnails in the print center, in CSS pixels. */
export const PREVIEW_WIDTH = 240;

const DOWNLOADS = '/in-an/tai-ve/';
const PREVIEWS = '/in-an/xem-truoc/';

export const BANNER_SIZES: readonly Viewport[] = [
  { width: 1200, height: 630 },
  { width: 1920, height: 1080 },
];

/** The banner used as every page's Open Graph image. */
export const OPEN_GRAPH_IMAGE = `${DOWNLOADS}banner-1200x630.png`;

export function posterPage(group: string, size: PosterSize): string {
  return `/in-an/ap-phich/${group}/${size}/`;
}

/** The ward's participation report for the city. */
export const REPORT_PAGE = '/in-an/bao-cao-tien-do/';

export function bulletinPrintPage(slug: string): string {
  return `/in-an/ban-tin/${slug}/`;
}

/**
 * The preview image of a group's A4 poster: the group page's link preview (Open Graph), so a link
 * pasted in the group's Zalo chat shows the group's own name.
 */
export function posterPreview(group: string): string {
  return `${PREVIEWS}ap-phich-${group}-a4.png`;
}

function asset(id: string, rest: Omit<PrintAsset, 'id' | 'file' | 'preview'>): PrintAsset {
  const extension = rest.format;
  return { id, ...rest, file: `${DOWNLOADS}${id}.${extension}`, preview: `${PREVIEWS}${id}.png` };
}

export function printAssets(input: {
  groups: readonly string[];
  bulletins: readonly string[];
}): PrintAsset[] {
  const assets: PrintAsset[] = [];
  for (const group of input.groups) {
    for (const size of ['a4', 'a3'] as const) {
      assets.push(
        asset(`ap-phich-${group}-${size}`, {
          kind: 'poster',
          source: posterPage(group, size),
          format: 'pdf',
          paper: size === 'a4' ? 'A4' : 'A3',
          pages: 1,
          group,
        }),
      );
    }
  }
  if (input.groups.length > 0) {
    assets.push(
      asset('tat-ca-ap-phich-a4', {
        kind: 'posters',
        source: '/in-an/tat-ca-ap-phich/a4/',
        format: 'pdf',
        paper: 'A4',
        pages: input.groups.length,
      }),
    );
  }
  assets.push(
    asset('to-roi-a5', {
      kind: 'leaflet',
      source: '/in-an/to-roi/',
      format: 'pdf',
      paper: 'A4 landscape',
      pages: 1,
    }),
  );
  for (const viewport of BANNER_SIZES) {
    assets.push(
      asset(`banner-${viewport.width}x${viewport.height}`, {
        kind: 'banner',
        source: `/in-an/banner/${viewport.width}x${viewport.height}/`,
        format: 'png',
        viewport,
      }),
    );
  }
  assets.push(
    asset('bao-cao-tien-do', { kind: 'report', source: REPORT_PAGE, format: 'pdf', paper: 'A4' }),
  );
  for (const slug of input.bulletins) {
    assets.push(
      asset(`ban-tin-${slug}`, {
        kind: 'bulletin',
        source: bulletinPrintPage(slug),
        format: 'pdf',
        paper: 'A4',
      }),
    );
  }
  return assets;
}

const PAPER_RATIO = { A4: Math.SQRT2, A3: Math.SQRT2, 'A4 landscape': 1 / Math.SQRT2 } as const;

/** The thumbnail's pixel size, so the print center reserves its place before it loads. */
export function previewSize(asset: Pick<PrintAsset, 'paper' | 'viewport'>): Viewport {
  const ratio = asset.viewport
    ? asset.viewport.height / asset.viewport.width
    : PAPER_RATIO[asset.paper ?? 'A4'];
  return { width: PREVIEW_WIDTH, height: Math.round(PREVIEW_WIDTH * ratio) };
}
