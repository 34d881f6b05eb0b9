/**
 * The print step's output in dist/, read back as a printer and a phone would: every poster's QR
 * code decodes to its group's page, at 40 mm or more with modules of 1 mm or more; sizes, page
 * counts, embedded fonts and the printed text are right. Runs after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE } from '../../src/lib/print/qr.ts';
import type { PrintAsset } from '../../src/lib/print/print-assets.ts';
import { readSite } from '../../src/lib/content-rules/site-file.ts';
import { readGroups } from '../../src/lib/tables/read.ts';
import { absoluteUrl } from '../../src/lib/site/urls.ts';
import {
  decodeAll,
  pdfFonts,
  pdfInfo,
  pdfText,
  pxToMm,
  rasterise,
  readPng,
} from '../../scripts/checks/pdf.ts';

const DIST = 'dist';
const site = readSite();
const groups = (await readGroups()).map((row) => row.data);
const assets: PrintAsset[] = JSON.parse(
  readFileSync(path.join(DIST, 'in-an/print-jobs.json'), 'utf8'),
);
const file = (sitePath: string) => path.join(DIST, sitePath);
const groupUrl = (code: string) => absoluteUrl(site.site.url, `/to-dan-pho/${code}/`);
const PAPER_MM = { A4: [210, 297], A3: [297, 420], 'A4 landscape': [297, 210] } as const;

it('every asset of the print center was made, with its preview', () => {
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) {
    expect(existsSync(file(asset.file)), asset.file).toBe(true);
    expect(existsSync(file(asset.preview)), asset.preview).toBe(true);
  }
});

describe.each(assets.filter((asset) => asset.format === 'pdf'))('$file', (asset) => {
  it('has the paper size and page count of its @page rule, and embeds only the project font', () => {
    const info = pdfInfo(file(asset.file));
    const [width, height] = PAPER_MM[asset.paper!];
    expect([info.widthMm, info.heightMm]).toEqual([width, height]);
    if (asset.pages) expect(info.pages).toBe(asset.pages);
    const fonts = pdfFonts(file(asset.file));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name).toMatch(/\+BeVietnamPro-/);
    }
  });
});

describe.each(groups)('poster of $code', (group) => {
  for (const size of ['a4', 'a3'] as const) {
    it(`${size.toUpperCase()}: the QR code opens the group's page; it is printed large enough; the text is there`, () => {
      const asset = assets.find((a) => a.group === group.code && a.source.endsWith(`/${size}/`))!;
      const raster = rasterise(file(asset.file), 1, 150);
      const codes = decodeAll(raster);
      const own = codes.find((code) => code.text === groupUrl(group.code));
      expect(own, `decoded: ${codes.map((code) => code.text).join(', ')}`).toBeDefined();
      const moduleMm = pxToMm(own!.modulePx, raster.dpi);
      expect(moduleMm).toBeGreaterThanOrEqual(1);
      expect((own!.modules + 2 * QUIET_ZONE) * moduleMm).toBeGreaterThanOrEqual(40);
      if (site.help.zalo) expect(codes.map((code) => code.text)).toContain(site.help.zalo.url);

      const text = pdfText(file(asset.file)).replace(/\s+/g, ' ');
      expect(text).toContain(group.name);
      // The address is printed under the code (it may wrap after a slash or a dot).
      expect(text.replace(/ /g, '')).toContain(groupUrl(group.code));
      expect(text).toContain(site.help.hotline.number);
      expect(text).toContain('Tham gia trong 3 bước');
    });
  }
});

it('the batch PDF has every group’s A4 poster, one a page, in order', () => {
  const batch = assets.find((asset) => asset.kind === 'posters')!;
  expect(pdfInfo(file(batch.file)).pages).toBe(groups.length);
  const order = assets
    .filter((asset) => asset.kind === 'poster' && asset.paper === 'A4')
    .map((asset) => asset.group);
  order.forEach((code, index) => {
    const texts = decodeAll(rasterise(file(batch.file), index + 1, 100)).map(
      (decoded) => decoded.text,
    );
    expect(texts).toContain(groupUrl(code!));
  });
});

it('the leaflet has two A5 copies side by side on A4 landscape, with a cut line', () => {
  const leaflet = assets.find((asset) => asset.kind === 'leaflet')!;
  const text = pdfText(file(leaflet.file)).replace(/\u00a0/g, ' ');
  expect(text.split(site.help.hotline.number).length - 1).toBe(2);
  expect(text).toContain('Cắt theo đường này');
  const codes = decodeAll(rasterise(file(leaflet.file), 1, 150)).map((decoded) => decoded.text);
  expect(codes.filter((code) => code === absoluteUrl(site.site.url, '/'))).toHaveLength(2);
});

describe.each(assets.filter((asset) => asset.kind === 'banner'))('$file', (asset) => {
  it('is a PNG of exactly its size whose QR code opens the site', () => {
    const image = readPng(file(asset.file));
    expect([image.width, image.height]).toEqual([asset.viewport!.width, asset.viewport!.height]);
    expect(decodeAll(image).map((decoded) => decoded.text)).toContain(
      absoluteUrl(site.site.url, '/'),
    );
  });
});

/** The marks of src/i18n/vi.ts, written out: a printable made from sample content shows one. */
const SAMPLE_MARKS = [
  'BẢN MẪU – KHÔNG DÁN',
  'BẢN THỬ – ĐỊA CHỈ TRANG WEB CHƯA CHÍNH THỨC',
  'BẢN THỬ – CÓ DỮ LIỆU MẪU, KHÔNG IN ĐỂ PHÁT',
  'SỐ LIỆU MẪU – KHÔNG DÙNG ĐỂ BÁO CÁO',
];
const showsSample = site.site.urlIsSample || groups.some((group) => group.sample);

describe.each(assets)('$file', (asset) => {
  it.runIf(showsSample)(
    'carries the visible sample mark, since this build shows sample content',
    () => {
      // PDFs as printed; banners (PNG) from the page they were shot from.
      const text =
        asset.format === 'pdf'
          ? pdfText(file(asset.file)).replace(/\s+/g, ' ')
          : readFileSync(file(`${asset.source}index.html`), 'utf8');
      expect(
        SAMPLE_MARKS.some((mark) => text.includes(mark)),
        asset.file,
      ).toBe(true);
    },
  );

  it.runIf(asset.format === 'pdf')('never breaks a phone number across lines', () => {
    const raw = pdfText(file(asset.file)).replace(/\u00a0/g, ' ');
    const joined = raw.replace(/\s*\n\s*/g, ' ');
    const count = (text: string) => text.split(site.help.hotline.number).length - 1;
    expect(count(raw)).toBe(count(joined));
  });
});

it('each bulletin, a minute or two read aloud, fits one A4 sheet', () => {
  const bulletins = assets.filter((asset) => asset.kind === 'bulletin');
  expect(bulletins.length).toBeGreaterThan(0);
  for (const bulletin of bulletins)
    expect(pdfInfo(file(bulletin.file)).pages, bulletin.file).toBe(1);
});
