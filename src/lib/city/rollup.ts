/**
 * The city's figures from every ward's feed: the totals, one row per ward, the wards that could
 * not be read. The rules are the wards' own (src/lib/tables/participation.ts): a group meets the target
 * on whole numbers, percentages are rounded down to one decimal. A ward never read successfully
 * is listed with what went wrong and counted nowhere; a ward read before but failing now counts
 * with its last good figures, marked with the day they were read.
 */
import { daysBetween } from '../site/dates.ts';
import { meetsTarget, percentTenths, type Ratio } from '../tables/participation.ts';
import type { ProgressFeed } from '../tables/progress-feed.ts';
import { compareVietnamese } from '../site/sort.ts';
import type { FeedCache } from './cache.ts';
import { siteOfFeed } from './config.ts';
import type { FetchProblem, FetchResult } from './fetch-feeds.ts';

export interface WardRow {
  name: string;
  site: string;
  feed: ProgressFeed;
  households: Ratio;
  officials: Ratio | null;
  groups: number;
  groupsMet: number;
  /** Set when the feed failed now and these are the figures read then (an ISO timestamp). */
  cachedAt?: string;
  /** Figures older than the newest ward's by more than the stale limit. */
  stale: boolean;
}

export interface WardFailure {
  name: string;
  site: string;
  feedUrl: string;
  problem: FetchProblem;
  /** True when its last good figures are shown instead. */
  cached: boolean;
}

export interface CityRollup {
  /** Lowest percentage first, as the wards' own pages list groups; equal ones by name. */
  rows: WardRow[];
  failures: WardFailure[];
  households: Ratio;
  officials: Ratio;
  /** Wards with an officials table. */
  officialsWards: number;
  groups: number;
  groupsMet: number;
  /** The newest day of any ward's figures. */
  newest?: string;
}

function wardRow(name: string, feed: ProgressFeed, targetPercent: number): WardRow {
  const reported = feed.groups.filter(
    (group) => group.joined !== null && group.households !== null,
  );
  return {
    name,
    site: feed.site,
    feed,
    households: feed.households,
    officials: feed.officials,
    groups: feed.groups.length,
    groupsMet: reported.filter((group) =>
      meetsTarget({ joined: group.joined!, total: group.households! }, targetPercent),
    ).length,
    stale: false,
  };
}

function sum(ratios: readonly Ratio[]): Ratio {
  return ratios.reduce((a, b) => ({ joined: a.joined + b.joined, total: a.total + b.total }), {
    joined: 0,
    total: 0,
  });
}

export function cityRollup(
  results: readonly FetchResult[],
  cache: FeedCache,
  options: { staleDays: number; targetPercent: number; now: Date },
): { rollup: CityRollup; cache: FeedCache } {
  const nextCache: FeedCache = new Map();
  const rows: WardRow[] = [];
  const failures: WardFailure[] = [];
  for (const result of results) {
    const { ward } = result;
    if ('feed' in result) {
      rows.push(wardRow(ward.name, result.feed, options.targetPercent));
      nextCache.set(ward.name, { feed: result.feed, readAt: options.now.toISOString() });
      continue;
    }
    const cached = cache.get(ward.name);
    failures.push({
      name: ward.name,
      site: cached?.feed.site ?? siteOfFeed(ward.feed),
      feedUrl: ward.feed,
      problem: result.problem,
      cached: Boolean(cached),
    });
    if (cached) {
      rows.push({
        ...wardRow(ward.name, cached.feed, options.targetPercent),
        cachedAt: cached.readAt,
      });
      nextCache.set(ward.name, cached);
    }
  }
  const dates = rows.flatMap((row) => (row.feed.asOf ? [row.feed.asOf] : []));
  const newest = dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : undefined;
  for (const row of rows) {
    const asOf = row.feed.asOf;
    row.stale = Boolean(newest && asOf && daysBetween(asOf, newest) > options.staleDays);
  }
  rows.sort(
    (a, b) =>
      percentTenths(a.households) - percentTenths(b.households) ||
      compareVietnamese(a.name, b.name),
  );
  failures.sort((a, b) => compareVietnamese(a.name, b.name));
  const withOfficials = rows.flatMap((row) => (row.officials ? [row.officials] : []));
  return {
    rollup: {
      rows,
      failures,
      households: sum(rows.map((row) => row.households)),
      officials: sum(withOfficials),
      officialsWards: withOfficials.length,
      groups: rows.reduce((total, row) => total + row.groups, 0),
      groupsMet: rows.reduce((total, row) => total + row.groupsMet, 0),
      newest,
    },
    cache: nextCache,
  };
}
