/**
 * The city hub's settings, `city.yaml` in the folder given by SITE_CONTENT (as a ward's site.yaml
 * is): the city, its hub's title and address, how feeds are read, and the list of wards, each with
 * its name and the address of its feed (`…/tien-do/so-lieu.json`).
 */
import path from 'node:path';
import { z } from 'astro/zod';
import { count, fields, httpsUrl, lines, text } from '../../schemas/common.ts';
import { throwIfProblems, type Problem } from '../content-rules/content-errors.ts';
import { readTextOnce } from '../content-rules/read-once.ts';
import { validate } from '../content-rules/validate.ts';
import { parseYaml } from '../content-rules/yaml-source.ts';

export const CITY_FILE = 'city.yaml';

/** A ward's feed: https://<ward site>/tien-do/so-lieu.json (http only for a test on loopback). */
const feedUrl = text(
  'địa chỉ số liệu của phường',
  'https://congdanso.quangtrung.haiphong.gov.vn/tien-do/so-lieu.json',
).refine((value) => /^https?:\/\/[^\s"'<>]+$/.test(value) && URL.canParse(value), {
  error: (issue) =>
    `"${String(issue.input)}" không phải địa chỉ web đầy đủ. Chép địa chỉ số liệu của phường, bắt đầu bằng https:// và kết thúc bằng /tien-do/so-lieu.json.`,
});

/** A whole number within bounds, with its example; the default when left out. */
function setting(label: string, example: string, min: number, max: number) {
  return count(label, example).refine((value) => value >= min && value <= max, {
    error: `${label.charAt(0).toLocaleUpperCase('vi')}${label.slice(1)} phải từ ${min} đến ${max}, ví dụ: ${example}`,
  });
}

const wardSchema = fields(
  { name: text('tên phường, xã', 'Phường Quang Trung'), feed: feedUrl },
  'phường, xã',
);

export const citySchema = fields({
  city: fields(
    {
      /** "Thành phố Hải Phòng". */
      name: text('tên thành phố', 'Thành phố Hải Phòng'),
      /** The hub's title: "Công dân số Hải Phòng – toàn thành phố". */
      title: text('tên trang tổng hợp', 'Công dân số Hải Phòng – toàn thành phố'),
      /** The hub's public address. */
      url: httpsUrl('địa chỉ trang tổng hợp', 'https://congdanso.haiphong.gov.vn/'),
    },
    'thông tin thành phố',
  ),
  /** How feeds are read: how many at once, how long to wait, how many retries. */
  fetch: fields({
    concurrency: setting('số phường đọc cùng lúc', '8', 1, 64).default(8),
    timeoutSeconds: setting('số giây chờ mỗi phường', '10', 1, 120).default(10),
    retries: setting('số lần thử lại', '1', 0, 3).default(1),
  }).prefault({}),
  /** Figures older than the newest ward's by more than this many days are marked as stale. */
  staleDays: setting('số ngày coi là số liệu cũ', '7', 1, 365).default(7),
  /** Households percentage a group must reach (the campaign's 70 %). */
  targetPercent: setting('tỷ lệ hộ cần đạt (%)', '70', 0, 100).default(70),
  /** How the printed report is headed and signed; the city's name alone by default. */
  report: fields(
    {
      issuer: lines('cơ quan ban hành', '"ỦY BAN NHÂN DÂN"').optional(),
      place: text('địa danh', 'Hải Phòng').optional(),
      recipient: text('nơi nhận báo cáo', 'Sở Khoa học và Công nghệ').optional(),
      signer: lines('người ký', '"CHỦ TỊCH"').optional(),
    },
    'phần đầu và phần ký của báo cáo',
  ).optional(),
  wards: z
    .array(wardSchema, {
      error: 'Thiếu danh sách phường, xã (wards): mỗi phường hai dòng, name và feed.',
    })
    .min(1, 'Danh sách phường, xã (wards) đang trống: thêm ít nhất một phường.'),
});

export type CityConfig = z.output<typeof citySchema>;
export type CityWard = CityConfig['wards'][number];

/**
 * city.yaml of a folder, checked with the project's schema helpers: every problem in the one
 * Vietnamese form (file, line, field, what to write), all at once.
 */
export function readCity(folder: string): CityConfig {
  const file = path.join(folder, CITY_FILE);
  const source = parseYaml(readTextOnce(file), file);
  throwIfProblems(source.problems);
  const checked = validate(citySchema, source.data, { file, lineOf: source.lineOf });
  if (!checked.ok) throwIfProblems(checked.problems);
  const config = (checked as { data: CityConfig }).data;
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  config.wards.forEach((ward, index) => {
    for (const key of [ward.name, ward.feed]) {
      if (seen.has(key))
        problems.push({
          file,
          line: source.lineOf(['wards', index]),
          field: `wards.${index}`,
          message: `“${key}” có hai lần trong danh sách (lần đầu là mục ${seen.get(key)! + 1}): mỗi phường, xã chỉ ghi một lần.`,
        });
      else seen.set(key, index);
    }
  });
  throwIfProblems(problems);
  return config;
}

/** A ward's site, from its feed's address, for a ward whose feed could not be read. */
export function siteOfFeed(feed: string): string {
  return new URL('../../', new URL(feed)).href;
}
