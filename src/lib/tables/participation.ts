/**
 * Participation against the targets: households per residential group (at least 70 % in every
 * group) and the ward's officials (100 %). Every page, the group pages and the report read their
 * figures from here, so they always agree.
 *
 * THE ROUNDING RULE, stated once: whether a target is met is decided on whole numbers, never on a
 * rounded percentage: `joined × 100 ≥ target × total`. A percentage is shown truncated (rounded
 * down) to one decimal, so 1,749 of 2,500 households (69.96 %) shows as 69,9 % and has not met
 * 70 %: a figure never looks met when it is not.
 */
import { compareVietnamese } from '../site/sort.ts';

export interface Ratio {
  joined: number;
  total: number;
}

/** A percentage in tenths, rounded down: 1,749 of 2,500 → 699 (69.9 %). */
export function percentTenths({ joined, total }: Ratio): number {
  if (total <= 0) return 0;
  return Math.floor((joined * 1000) / total);
}

const PERCENT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** "69,9%", "70%", "100%": the rounding rule above, in Vietnamese number style. */
export function formatPercent(ratio: Ratio): string {
  return `${PERCENT.format(percentTenths(ratio) / 10)}%`;
}

/** Whether `target` percent is reached, on whole numbers. */
export function meetsTarget({ joined, total }: Ratio, target: number): boolean {
  return total > 0 && joined * 100 >= target * total;
}

/** How many more must take part to reach `target` percent (0 once it is met). */
export function shortfall({ joined, total }: Ratio, target: number): number {
  return Math.max(0, Math.ceil((target * total) / 100) - joined);
}

export interface GroupRef {
  code: string;
  name: string;
}

interface Dated {
  date: string;
}

export interface HouseholdRow extends Dated {
  group: string;
  households: number;
  joined: number;
}

export interface OfficialsRow extends Dated {
  unit: string;
  officials: number;
  joined: number;
}

export interface Progress extends Ratio {
  /** The day the figures were counted. */
  date: string;
  met: boolean;
}

export interface GroupProgress extends GroupRef {
  /** The group's latest figures; none when it has not reported yet. */
  progress?: Progress;
}

export interface UnitProgress extends Progress {
  unit: string;
}

export interface WardProgress {
  targets: { households: number; officials: number };
  /** Every group, in the order given (the ward's own order, for the report). */
  groups: GroupProgress[];
  /** The same groups, those furthest from the target first: not reported, then by percentage. */
  furthestFirst: GroupProgress[];
  /** Households over the groups that reported. */
  households?: Progress;
  groupsReported: number;
  groupsMet: number;
  /** Officials per unit, lowest percentage first, and their total. */
  units: UnitProgress[];
  officials?: Progress;
  /** The latest day of any figure; figures of earlier days are shown with their own date. */
  asOf?: string;
}

/** The latest row for each key: a table may keep earlier counts as history. */
function latest<T extends Dated>(rows: readonly T[], key: (row: T) => string): Map<string, T> {
  const byKey = new Map<string, T>();
  for (const row of rows) {
    const current = byKey.get(key(row));
    if (!current || row.date > current.date) byKey.set(key(row), row);
  }
  return byKey;
}

function progress(ratio: Ratio, date: string, target: number): Progress {
  return { ...ratio, date, met: meetsTarget(ratio, target) };
}

function total(items: readonly Progress[], target: number): Progress | undefined {
  if (items.length === 0) return undefined;
  const ratio = items.reduce(
    (sum, item) => ({ joined: sum.joined + item.joined, total: sum.total + item.total }),
    { joined: 0, total: 0 },
  );
  const date = items.map((item) => item.date).reduce((a, b) => (a > b ? a : b));
  return progress(ratio, date, target);
}

/** Lowest percentage first; equal ones keep their given order (callers sort by name first). */
function byPercent(a: Ratio | undefined, b: Ratio | undefined): number {
  if (!a || !b) return Number(Boolean(a)) - Number(Boolean(b));
  return a.joined * b.total - b.joined * a.total;
}

export function wardProgress(input: {
  groups: readonly GroupRef[];
  households: readonly HouseholdRow[];
  officials: readonly OfficialsRow[];
  targets: { households: number; officials: number };
}): WardProgress {
  const { targets } = input;
  const householdsByGroup = latest(input.households, (row) => row.group);
  const groups: GroupProgress[] = input.groups.map((group) => {
    const row = householdsByGroup.get(group.code);
    return row
      ? {
          ...group,
          progress: progress(
            { joined: row.joined, total: row.households },
            row.date,
            targets.households,
          ),
        }
      : { ...group };
  });
  const furthestFirst = [...groups].sort((a, b) => byPercent(a.progress, b.progress));
  const reported = groups.flatMap((group) => (group.progress ? [group.progress] : []));

  const units: UnitProgress[] = [...latest(input.officials, (row) => row.unit).values()]
    .sort((a, b) => compareVietnamese(a.unit, b.unit))
    .map((row) => ({
      unit: row.unit,
      ...progress({ joined: row.joined, total: row.officials }, row.date, targets.officials),
    }))
    .sort(byPercent);

  const households = total(reported, targets.households);
  const officials = total(units, targets.officials);
  const dates = [households?.date, officials?.date].filter((date) => date !== undefined);
  return {
    targets,
    groups,
    furthestFirst,
    households,
    groupsReported: reported.length,
    groupsMet: reported.filter((item) => item.met).length,
    units,
    officials,
    asOf: dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : undefined,
  };
}
