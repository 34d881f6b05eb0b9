/**
 * The sample ward's feed (dist/tien-do/so-lieu.json and .csv, after `npm run build` of the fixture)
 * says what /tien-do/ says: the figures worked out by hand in tests/sample-progress.ts, side by
 * side with the page built from the same tables. Kept with the print checks: it reads the build.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import {
  SAMPLE_GROUPS,
  SAMPLE_HOUSEHOLDS,
  SAMPLE_OFFICIALS,
  SAMPLE_UNITS,
} from '../sample-progress.ts';

const text = readFileSync('dist/tien-do/so-lieu.json', 'utf8');
/** The fields read here, as docs/city-hub.md gives the format. */
interface Feed {
  format: string;
  ward: string;
  sample?: boolean;
  asOf: string | null;
  households: { total: number; joined: number };
  officials: { total: number; joined: number } | null;
  groups: { code: string; name: string; households: number | null; joined: number | null }[];
}
const feed = JSON.parse(text) as Feed;
const page = readFileSync('dist/tien-do/index.html', 'utf8')
  .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
  .replace(/<[^>]+>/g, ' ')
  .replace(/\s+/g, ' ');

/** "05/11/2025" as the feed writes it. */
const iso = (date: string) => date.split('/').reverse().join('-');

it('is a feed of format cong-dan-so-tien-do/1, marked as sample data', () => {
  expect(feed.format).toBe('cong-dan-so-tien-do/1');
  expect(feed.ward).toBe('Phường Tân Hưng');
  expect(feed.sample).toBe(true);
  expect(feed.asOf).toBe('2025-11-05');
});

it('says 420 of 618 households in 6 groups, as the page does', () => {
  expect(feed.households).toEqual({ total: 618, joined: 420 });
  expect(SAMPLE_HOUSEHOLDS).toMatchObject({ total: 618, joined: 420, groups: 6 });
  expect(feed.groups).toHaveLength(SAMPLE_HOUSEHOLDS.groups);
  expect(page).toContain('420 trên 618');
  expect(page).toContain(SAMPLE_HOUSEHOLDS.percent);
});

it('holds every group with the hand-worked figures, not reported as null', () => {
  expect(feed.groups).toEqual(
    SAMPLE_GROUPS.map(({ code, name, figures }) =>
      figures
        ? {
            code,
            name,
            households: figures.total,
            joined: figures.joined,
            asOf: iso(figures.date),
          }
        : { code, name, households: null, joined: null },
    ),
  );
  for (const { name, figures } of SAMPLE_GROUPS) {
    if (figures)
      expect(page).toContain(`${name} ${figures.total} ${figures.joined} ${figures.percent}`);
  }
});

it('sums the officials of every unit, as the page does', () => {
  expect(feed.officials).toEqual({
    total: SAMPLE_OFFICIALS.total,
    joined: SAMPLE_OFFICIALS.joined,
  });
  expect(SAMPLE_UNITS.reduce((sum, unit) => sum + unit.total, 0)).toBe(SAMPLE_OFFICIALS.total);
  expect(page).toContain(SAMPLE_OFFICIALS.percent);
});

it('is linked from /tien-do/ for staff, with its CSV', () => {
  const html = readFileSync('dist/tien-do/index.html', 'utf8');
  expect(html).toMatch(/href="\/tien-do\/so-lieu\.json"/);
  expect(html).toMatch(/href="\/tien-do\/so-lieu\.csv"/);
});

it('offers the same groups as CSV', () => {
  const csv = readFileSync('dist/tien-do/so-lieu.csv', 'utf8');
  expect(csv.split('\r\n')).toEqual([
    '\uFEFFcode,name,households,joined,asOf',
    'to-1,Tổ dân phố số 1,120,85,2025-11-05',
    'to-2,Tổ dân phố số 2,150,104,2025-11-05',
    'to-3,Tổ dân phố số 3,98,72,2025-11-05',
    'to-4,Tổ dân phố số 4,140,98,2025-11-05',
    'to-5,Tổ dân phố số 5,110,61,2025-11-05',
    'to-6,Tổ dân phố số 6,,,',
    '',
  ]);
});
