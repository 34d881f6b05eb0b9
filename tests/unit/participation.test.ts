import { describe, expect, it } from 'vitest';
import {
  formatPercent,
  meetsTarget,
  percentTenths,
  shortfall,
  wardProgress,
} from '../../src/lib/tables/participation.ts';
import {
  householdsTemplate,
  officialsTemplate,
} from '../../src/lib/tables/participation-templates.ts';
import { parseCsv } from '../../src/lib/tables/csv.ts';
import { officialsRowSchema, participationRowSchema } from '../../src/schemas/tables.ts';

describe('the rounding rule', () => {
  it('decides "met" on whole numbers: 69.96 % has not met 70 %', () => {
    const ratio = { joined: 1749, total: 2500 };
    expect(meetsTarget(ratio, 70)).toBe(false);
    expect(formatPercent(ratio)).toBe('69,9%');
    expect(shortfall(ratio, 70)).toBe(1);
  });

  it('counts exactly 70 % as met, and shows it without a decimal', () => {
    const ratio = { joined: 1750, total: 2500 };
    expect(meetsTarget(ratio, 70)).toBe(true);
    expect(formatPercent(ratio)).toBe('70%');
    expect(shortfall(ratio, 70)).toBe(0);
  });

  it('rounds down, so a percentage never looks higher than it is', () => {
    expect(percentTenths({ joined: 2, total: 3 })).toBe(666);
    expect(formatPercent({ joined: 2, total: 3 })).toBe('66,6%');
    expect(formatPercent({ joined: 999, total: 1000 })).toBe('99,9%');
    expect(meetsTarget({ joined: 999, total: 1000 }, 100)).toBe(false);
    expect(meetsTarget({ joined: 1000, total: 1000 }, 100)).toBe(true);
  });

  it('needs the households still missing, rounded up: 70 % of 101 is 70.7, so 71', () => {
    expect(shortfall({ joined: 60, total: 101 }, 70)).toBe(11);
    expect(meetsTarget({ joined: 70, total: 101 }, 70)).toBe(false);
    expect(meetsTarget({ joined: 71, total: 101 }, 70)).toBe(true);
  });

  it('treats an empty total as nothing met', () => {
    expect(meetsTarget({ joined: 0, total: 0 }, 70)).toBe(false);
    expect(percentTenths({ joined: 0, total: 0 })).toBe(0);
  });
});

describe('wardProgress', () => {
  const groups = [
    { code: 'to-1', name: 'Tổ 1' },
    { code: 'to-2', name: 'Tổ 2' },
    { code: 'to-3', name: 'Tổ 3' },
    { code: 'to-4', name: 'Tổ 4' },
  ];
  const result = wardProgress({
    groups,
    households: [
      { date: '2025-10-25', group: 'to-1', households: 100, joined: 40 },
      { date: '2025-11-05', group: 'to-1', households: 100, joined: 80 },
      { date: '2025-11-05', group: 'to-2', households: 2500, joined: 1749 },
      { date: '2025-11-01', group: 'to-3', households: 50, joined: 35 },
    ],
    officials: [
      { date: '2025-11-05', unit: 'Văn phòng', officials: 20, joined: 20 },
      { date: '2025-11-05', unit: 'Phòng Văn hóa – Xã hội', officials: 10, joined: 9 },
    ],
    targets: { households: 70, officials: 100 },
  });

  it("uses each group's latest count", () => {
    const first = result.groups.find((group) => group.code === 'to-1');
    expect(first?.progress).toEqual({ joined: 80, total: 100, date: '2025-11-05', met: true });
  });

  it('puts groups without figures first, then the lowest percentage', () => {
    expect(result.furthestFirst.map((group) => group.code)).toEqual([
      'to-4',
      'to-2',
      'to-3',
      'to-1',
    ]);
    expect(result.furthestFirst[0]?.progress).toBeUndefined();
    expect(result.groups.map((group) => group.code)).toEqual(['to-1', 'to-2', 'to-3', 'to-4']);
  });

  it('adds up the groups that reported, and counts those that met the target', () => {
    expect(result.households).toMatchObject({ joined: 1864, total: 2650, date: '2025-11-05' });
    expect(result.groupsReported).toBe(3);
    expect(result.groupsMet).toBe(2);
  });

  it('holds officials to 100 %, lowest unit first', () => {
    expect(result.units.map((unit) => [unit.unit, unit.met])).toEqual([
      ['Phòng Văn hóa – Xã hội', false],
      ['Văn phòng', true],
    ]);
    expect(result.officials).toMatchObject({ joined: 29, total: 30, met: false });
    expect(formatPercent(result.officials!)).toBe('96,6%');
  });

  it('is as of the latest day of any figure', () => {
    expect(result.asOf).toBe('2025-11-05');
  });

  it('has no totals and no date before anyone reports', () => {
    const empty = wardProgress({
      groups,
      households: [],
      officials: [],
      targets: { households: 70, officials: 100 },
    });
    expect(empty.households).toBeUndefined();
    expect(empty.officials).toBeUndefined();
    expect(empty.asOf).toBeUndefined();
    expect(empty.groupsReported).toBe(0);
  });
});

describe('the spreadsheet templates', () => {
  it('list every group, and once filled in they read back as participation rows', () => {
    const template = householdsTemplate([
      { code: 'to-1', name: 'Tổ dân phố số 1' },
      { code: 'to-2', name: 'Tổ 2, khu "Đông"' },
    ]);
    expect(template.startsWith('\uFEFF')).toBe(true);
    // What staff do in the spreadsheet: a date and two figures on each group's line.
    const figures = ['120,85', '90,60'];
    const filled = template
      .split('\r\n')
      .map((line, index) =>
        index === 0 || !line ? line : `2025-11-05${line.slice(0, -2)},${figures[index - 1]}`,
      )
      .join('\r\n');
    const { rows, problems } = parseCsv(filled, 'participation.csv', participationRowSchema);
    expect(problems).toEqual([]);
    expect(rows.map((row) => row.data)).toEqual([
      expect.objectContaining({ group: 'to-1', households: 120, joined: 85 }),
      expect.objectContaining({ group: 'to-2', group_name: 'Tổ 2, khu "Đông"', joined: 60 }),
    ]);
  });

  it('left blank, name the missing date and figures by line', () => {
    const { problems } = parseCsv(
      officialsTemplate(['Văn phòng']),
      'officials.csv',
      officialsRowSchema,
    );
    expect(problems.map((problem) => [problem.line, problem.field])).toEqual([
      [2, 'date'],
      [2, 'officials'],
      [2, 'joined'],
    ]);
  });
});
