/**
 * The participation figures of the sample content, worked out by hand from the sample ward fixture (tests/fixtures/tan-hung/): groups.csv,
 * participation.csv, officials.csv and the targets in site.yaml (70 % of
 * households, 100 % of officials), so that a wrong rule in src/lib/tables/participation.ts fails the tests
 * that compare them with what the site shows. Change them with the sample tables.
 *
 * The rule, as the campaign states it: a target is met when joined × 100 ≥ target × total; a
 * percentage is shown rounded down to one decimal ("69,9%"); a group's latest row counts.
 */
export interface Figures {
  total: number;
  joined: number;
  /** As shown: rounded down to one decimal, Vietnamese comma. */
  percent: string;
  met: boolean;
}

export interface SampleGroup {
  code: string;
  name: string;
  /** Undefined: the group has not reported. */
  figures?: Figures & { shortfall: number; date: string };
}

/** In name order, as the report lists them. Every row is dated 05/11/2025 (to-1's latest). */
export const SAMPLE_GROUPS: SampleGroup[] = [
  // 85 of 120: 85 000 / 120 = 708.3 tenths → 70,8 %; 8 500 ≥ 70 × 120 = 8 400, met.
  {
    code: 'to-1',
    name: 'Tổ dân phố số 1',
    figures: {
      total: 120,
      joined: 85,
      percent: '70,8%',
      met: true,
      shortfall: 0,
      date: '05/11/2025',
    },
  },
  // 104 of 150: 693.3 tenths → 69,3 %; 10 400 < 10 500, not met; 105 − 104 = 1 more.
  {
    code: 'to-2',
    name: 'Tổ dân phố số 2',
    figures: {
      total: 150,
      joined: 104,
      percent: '69,3%',
      met: false,
      shortfall: 1,
      date: '05/11/2025',
    },
  },
  // 72 of 98: 734.6 tenths → 73,4 %; 7 200 ≥ 6 860, met.
  {
    code: 'to-3',
    name: 'Tổ dân phố số 3',
    figures: {
      total: 98,
      joined: 72,
      percent: '73,4%',
      met: true,
      shortfall: 0,
      date: '05/11/2025',
    },
  },
  // 98 of 140: exactly 700 tenths → 70 %; 9 800 ≥ 9 800, met on the line.
  {
    code: 'to-4',
    name: 'Tổ dân phố số 4',
    figures: {
      total: 140,
      joined: 98,
      percent: '70%',
      met: true,
      shortfall: 0,
      date: '05/11/2025',
    },
  },
  // 61 of 110: 554.5 tenths → 55,4 %; not met; 70 % of 110 = 77, so 77 − 61 = 16 more.
  {
    code: 'to-5',
    name: 'Tổ dân phố số 5',
    figures: {
      total: 110,
      joined: 61,
      percent: '55,4%',
      met: false,
      shortfall: 16,
      date: '05/11/2025',
    },
  },
  // No row in participation.csv.
  { code: 'to-6', name: 'Tổ dân phố số 6' },
];

/** The progress page's order: not reported first, then the lowest percentage. */
export const SAMPLE_FURTHEST_FIRST = ['to-6', 'to-5', 'to-2', 'to-4', 'to-1', 'to-3'];

/** The reported groups together: 120+150+98+140+110 = 618, 85+104+72+98+61 = 420, 679.6 tenths. */
export const SAMPLE_HOUSEHOLDS = { total: 618, joined: 420, percent: '67,9%', met: 3, groups: 6 };

/** Units against 100 %, lowest first, then by name: 6/7 = 85,7 %, 11/12 = 91,6 %, then the full ones. */
export const SAMPLE_UNITS: (Figures & { unit: string })[] = [
  {
    unit: 'Trung tâm Văn hóa, Thể thao và Truyền thông',
    total: 7,
    joined: 6,
    percent: '85,7%',
    met: false,
  },
  { unit: 'Phòng Kinh tế, Hạ tầng và Đô thị', total: 12, joined: 11, percent: '91,6%', met: false },
  { unit: 'Phòng Văn hóa – Xã hội', total: 9, joined: 9, percent: '100%', met: true },
  { unit: 'Văn phòng HĐND và UBND', total: 18, joined: 18, percent: '100%', met: true },
];

/** All officials: 7+12+9+18 = 46, 6+11+9+18 = 44, 956.5 tenths → 95,6 %. */
export const SAMPLE_OFFICIALS = { total: 46, joined: 44, percent: '95,6%' };

/** The date of the latest figures. */
export const SAMPLE_AS_OF = '05/11/2025';

/** What the pages say of a group's figures. */
export function pageStatus(figures: { met: boolean } | undefined): string {
  if (!figures) return 'Chưa có số liệu';
  return figures.met ? 'Đạt' : 'Chưa đạt';
}
