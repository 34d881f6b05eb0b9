/**
 * What the printer gets, read back: every PDF has the page count its page asks for (a poster is
 * one sheet), and every printed QR code decodes to its own page's address (a group's poster to the
 * group's page; the leaflet and the banners to the home page). Posters are reported on the group's
 * row of the groups table, whose texts are what makes a poster run over.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../../src/lib/content-rules/content-errors.ts';
import type { PrintAsset } from '../../src/lib/print/print-assets.ts';
import { contentPath } from '../../src/lib/site/paths.ts';
import { readGroups, tableFile } from '../../src/lib/tables/read.ts';
import { absoluteUrl } from '../../src/lib/site/urls.ts';
import { sha256, type CheckCache } from './findings.ts';
import { decodeAll, pdfInfo, rasterise, readPng } from './pdf.ts';

const KIND_NAMES: Record<PrintAsset['kind'], string> = {
  poster: 'Áp phích',
  posters: 'Tệp in mọi áp phích',
  leaflet: 'Tờ rơi',
  banner: 'Băng rôn điện tử',
  bulletin: 'Bản tin',
  report: 'Báo cáo',
};

/** The address a printed QR code must open, or undefined when the asset prints none to check. */
function expectedCode(asset: PrintAsset, siteUrl: string): string | undefined {
  if (asset.kind === 'poster' && asset.group)
    return absoluteUrl(siteUrl, `/to-dan-pho/${asset.group}/`);
  if (asset.kind === 'leaflet' || asset.kind === 'banner') return absoluteUrl(siteUrl, '/');
  return undefined;
}

export async function printedProblems(
  dist: string,
  siteUrl: string,
  cache: CheckCache,
): Promise<Problem[]> {
  const assets: PrintAsset[] = JSON.parse(
    readFileSync(path.join(dist, 'in-an/print-jobs.json'), 'utf8'),
  );
  const rows = new Map((await readGroups()).map((row) => [row.data.code, row]));
  const groupsFile = tableFile('groups');
  const problems: Problem[] = [];
  for (const asset of assets) {
    const file = path.join(dist, asset.file);
    const expected = expectedCode(asset, siteUrl);
    const row = asset.group ? rows.get(asset.group) : undefined;
    const what = `${KIND_NAMES[asset.kind]}${asset.paper ? ` ${asset.paper}` : ''}${row ? ` của ${row.data.name}` : ''} (${asset.file})`;
    const where = row ? { file: groupsFile, line: row.line } : { file: contentPath('site.yaml') };
    const key = sha256(`${readFileSync(file).toString('base64')}\0${expected ?? ''}`);
    problems.push(
      ...(await cache.get('printed', key, async () => {
        const found: Problem[] = [];
        if (asset.format === 'pdf' && asset.pages) {
          const pages = pdfInfo(file).pages;
          if (pages !== asset.pages)
            found.push({
              ...where,
              message: `${what} in ra ${pages} trang thay vì ${asset.pages}: chữ dài quá một tờ. Rút ngắn tên, nơi hỗ trợ hoặc giờ hỗ trợ${row ? ' của tổ ở dòng này' : ''}, rồi dựng lại.`,
            });
        }
        if (expected) {
          // 100 dpi reads a code of 1 mm modules (4 pixels each) and costs half of 150 dpi.
          const image = asset.format === 'pdf' ? rasterise(file, 1, 100) : readPng(file);
          const codes = decodeAll(image, expected).map((code) => code.text);
          if (!codes.includes(expected))
            found.push({
              ...where,
              message: `Mã QR trên ${what} không mở được ${expected} (điện thoại đọc được: ${codes.join(', ') || 'không mã nào'}). Kiểm tra site.url trong site.yaml và mã tổ trong bảng các tổ, rồi dựng lại.`,
            });
        }
        return found;
      })),
    );
  }
  return problems;
}
