/**
 * The city's roll-up on three hand-made ward feeds: totals, the 70 % rule per group, the order of
 * the rows, stale figures and the last good figures of a ward that fails. Figures worked out by hand.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cityRollup } from '../../src/lib/city/rollup.ts';
import type { FetchResult } from '../../src/lib/city/fetch-feeds.ts';
import {
  FEED_FORMAT,
  type FeedGroup,
  type ProgressFeed,
} from '../../src/lib/tables/progress-feed.ts';
import { summaryLines } from '../../src/lib/city/page.ts';
import { citySchema, readCity } from '../../src/lib/city/config.ts';
import { ContentError, formatProblem } from '../../src/lib/content-rules/content-errors.ts';

function feed(
  ward: string,
  asOf: string,
  groups: FeedGroup[],
  officials: ProgressFeed['officials'],
): ProgressFeed {
  const reported = groups.filter((group) => group.joined !== null);
  return {
    format: FEED_FORMAT,
    ward,
    site: `https://${ward.length}.example/`,
    asOf,
    targets: { householdsPercent: 70, officialsPercent: 100 },
    households: {
      total: reported.reduce((sum, group) => sum + group.households!, 0),
      joined: reported.reduce((sum, group) => sum + group.joined!, 0),
    },
    officials,
    groups,
  };
}
const group = (households: number | null, joined: number | null, asOf?: string): FeedGroup => ({
  code: `to-${households}`,
  name: `Tổ ${households}`,
  households,
  joined,
  ...(asOf ? { asOf } : {}),
});

// A: 70/100 (met on the line) + 69/100 (not met): 139/200 = 695 tenths.
const a = feed(
  'Phường A',
  '2025-11-10',
  [group(100, 70, '2025-11-10'), group(100, 69, '2025-11-10')],
  { total: 10, joined: 9 },
);
// B: 9/10 met, one group not reported: 9/10 = 900 tenths; figures 8 days older than A's: stale.
const b = feed('Phường B', '2025-11-02', [group(10, 9, '2025-11-02'), group(null, null)], null);
// C: 1/3 = 333 tenths.
const c = feed('Phường C', '2025-11-09', [group(3, 1, '2025-11-09')], { total: 5, joined: 5 });

const ward = (name: string) => ({
  name,
  feed: `https://${name.length}.example/tien-do/so-lieu.json`,
});
const options = { staleDays: 7, targetPercent: 70, now: new Date('2025-11-11T00:00:00Z') };

describe('the city roll-up', () => {
  const results: FetchResult[] = [
    { ward: ward('Phường A'), feed: a },
    { ward: ward('Phường B'), feed: b },
    { ward: ward('Phường C'), feed: c },
    { ward: ward('Phường D'), problem: { kind: 'timeout', detail: '10 s' } },
  ];
  const { rollup, cache } = cityRollup(results, new Map(), options);

  it('adds up the wards that answered, and only those', () => {
    // 139 + 9 + 1 = 149 of 200 + 10 + 3 = 213; officials 9 + 5 of 10 + 5 (B has none).
    expect(rollup.households).toEqual({ joined: 149, total: 213 });
    expect(rollup.officials).toEqual({ joined: 14, total: 15 });
    // Groups: A 2, B 2, C 1 = 5; met: A's 70/100, B's 9/10.
    expect([rollup.groupsMet, rollup.groups]).toEqual([2, 5]);
    expect(rollup.failures.map((failure) => failure.name)).toEqual(['Phường D']);
  });

  it('orders the wards lowest percentage first and marks stale figures', () => {
    expect(rollup.rows.map((row) => [row.name, row.stale])).toEqual([
      ['Phường C', false],
      ['Phường A', false],
      ['Phường B', true],
    ]);
    expect(rollup.newest).toBe('2025-11-10');
  });

  it('says the totals as the wards do: 149 of 213 is 69.95 %, shown 69,9 %', () => {
    const config = citySchema.parse({
      city: { name: 'TP', title: 'TP', url: 'https://tp.example/' },
      wards: ['Phường A', 'Phường B', 'Phường C', 'Phường D'].map(ward),
    });
    expect(summaryLines(rollup, config)).toEqual([
      '149 trên 213 hộ gia đình đã có người tham gia: 69,9%.',
      '2 trên 5 tổ dân phố đã đạt chỉ tiêu 70%.',
      '14 trên 15 cán bộ, công chức, viên chức đã tham gia: 93,3%.',
      'Tổng hợp từ 3 trên 4 phường, xã.',
    ]);
  });

  it('keeps the last good figures of a ward that fails next time, marked with their date', () => {
    const next = cityRollup(
      [
        { ward: ward('Phường A'), problem: { kind: 'unreachable', detail: 'ECONNREFUSED' } },
        { ward: ward('Phường B'), feed: b },
      ],
      cache,
      { ...options, now: new Date('2025-11-11T01:00:00Z') },
    );
    expect(next.rollup.households).toEqual({ joined: 148, total: 210 });
    expect(next.rollup.rows.find((row) => row.name === 'Phường A')?.cachedAt).toBe(
      '2025-11-11T00:00:00.000Z',
    );
    expect(next.rollup.failures).toMatchObject([{ name: 'Phường A', cached: true }]);
    expect(next.cache.get('Phường A')?.readAt).toBe('2025-11-11T00:00:00.000Z');
  });
});

/** The problems a ContentError lists, one line each. */
function thrown(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('city.yaml', () => {
  it('refuses a ward listed twice, in Vietnamese', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'city-yaml-'));
    const entry = '  - name: Phường A\n    feed: https://a.example/tien-do/so-lieu.json\n';
    writeFileSync(
      path.join(folder, 'city.yaml'),
      `city:\n  name: TP\n  title: TP\n  url: https://tp.example/\nwards:\n${entry}${entry}`,
    );
    expect(thrown(() => readCity(folder)).map((line) => line.replace(folder, '…'))).toEqual([
      '…/city.yaml, dòng 8, trường "wards.1": “Phường A” có hai lần trong danh sách (lần đầu là mục 1): mỗi phường, xã chỉ ghi một lần.',
      '…/city.yaml, dòng 8, trường "wards.1": “https://a.example/tien-do/so-lieu.json” có hai lần trong danh sách (lần đầu là mục 1): mỗi phường, xã chỉ ghi một lần.',
    ]);
  });

  it('names every other fault of city.yaml by line and field, in Vietnamese', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'city-yaml-'));
    writeFileSync(
      path.join(folder, 'city.yaml'),
      'city:\n  name: TP\n  title: TP\n  url: tp.example\nfetch:\n  concurrency: 0\nwards:\n  - name: Phường A\n    feed: javascript:alert(1)\n    feeds: x\n',
    );
    expect(thrown(() => readCity(folder)).map((line) => line.replace(folder, '…')))
      .toMatchInlineSnapshot(`
      [
        "…/city.yaml, dòng 4, trường "city.url": "tp.example" không phải địa chỉ web đầy đủ. Chép nguyên địa chỉ, bắt đầu bằng https://, ví dụ: https://congdanso.haiphong.gov.vn/",
        "…/city.yaml, dòng 6, trường "fetch.concurrency": Số phường đọc cùng lúc phải từ 1 đến 64, ví dụ: 8",
        "…/city.yaml, dòng 9, trường "wards.0.feed": "javascript:alert(1)" không phải địa chỉ web đầy đủ. Chép địa chỉ số liệu của phường, bắt đầu bằng https:// và kết thúc bằng /tien-do/so-lieu.json.",
        "…/city.yaml, dòng 10, trường "wards.0.feeds": Trường lạ, có thể viết sai chính tả. Các trường được dùng ở đây: name, feed.",
      ]
    `);
  });
});
