/**
 * The ward's figures as data, `/tien-do/so-lieu.json` in format `cong-dan-so-tien-do/1`: what a
 * ward publishes and what the city hub reads, so both sides share this one schema. The ward builds
 * it from the same `WardProgress` as `/tien-do/` (src/lib/tables/participation.ts), so the feed and the
 * page always agree; the hub reads it with `readFeed`, which says in Vietnamese what is wrong.
 * `schemas/cong-dan-so-tien-do-1.schema.json` is this schema as JSON Schema, for other readers.
 */
import { writeCsv } from './csv-write.ts';
import { z } from 'astro/zod';
import { isCalendarDate } from '../site/dates.ts';
import type { WardProgress } from './participation.ts';

export const FEED_FORMAT = 'cong-dan-so-tien-do/1';

/** Where every ward publishes it, below its site's address. */
export const FEED_PATH = 'tien-do/so-lieu.json';
export const FEED_CSV_PATH = 'tien-do/so-lieu.csv';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written year-month-day');
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** More households than this in one group is not a residential group's figure (the largest are ~1,000). */
export const MAX_GROUP_HOUSEHOLDS = 20_000;
const ratio = z.object({ total: count, joined: count });

const groupSchema = z.looseObject({
  /** The group's stable code, the last part of its page's address. */
  code: z.string().min(1),
  name: z.string().min(1),
  /** Households in the group; null when it has not reported. */
  households: count.nullable(),
  /** Households that took part; null when the group has not reported. */
  joined: count.nullable(),
  /** The day of the group's latest figures; absent when it has not reported. */
  asOf: isoDate.optional(),
});

export const feedSchema = z.looseObject({
  format: z.literal(FEED_FORMAT),
  /** The ward's name, as its committee writes it. */
  ward: z.string().min(1),
  /** The ward's public site: a web address only, since the hub links to it. */
  site: z.url({ protocol: /^https?$/ }).regex(/^https?:\/\//, 'an http or https address'),
  /** The latest day of any figure; null when nothing has been reported. */
  asOf: isoDate.nullable(),
  targets: z.object({
    householdsPercent: z.number().min(0).max(100),
    officialsPercent: z.number().min(0).max(100),
  }),
  /** Households over the groups that reported. */
  households: ratio,
  /** Officials over every unit; null when the ward keeps no officials table. */
  officials: ratio.nullable(),
  groups: z.array(groupSchema),
  /** Present (true) when any figure, name or the address is sample data. */
  sample: z.literal(true).optional(),
});

export type ProgressFeed = z.infer<typeof feedSchema>;
export type FeedGroup = z.infer<typeof groupSchema>;

/** The feed of a ward, from the figures `/tien-do/` shows. */
export function buildFeed(input: {
  ward: string;
  site: string;
  sample: boolean;
  progress: WardProgress;
}): ProgressFeed {
  const { progress } = input;
  const ratioOf = (figures?: { total: number; joined: number }) =>
    figures ? { total: figures.total, joined: figures.joined } : undefined;
  return {
    format: FEED_FORMAT,
    ward: input.ward,
    site: input.site,
    asOf: progress.asOf ?? null,
    targets: {
      householdsPercent: progress.targets.households,
      officialsPercent: progress.targets.officials,
    },
    households: ratioOf(progress.households) ?? { total: 0, joined: 0 },
    officials: ratioOf(progress.officials) ?? null,
    groups: progress.groups.map(({ code, name, progress: figures }) =>
      figures
        ? { code, name, households: figures.total, joined: figures.joined, asOf: figures.date }
        : { code, name, households: null, joined: null },
    ),
    ...(input.sample ? { sample: true as const } : {}),
  };
}

export const FEED_CSV_COLUMNS = ['code', 'name', 'households', 'joined', 'asOf'] as const;

/** The groups of the feed as CSV (src/lib/tables/csv-write.ts); blank cells when not reported. */
export function feedCsv(feed: ProgressFeed): string {
  const rows = feed.groups.map((group) => [
    group.code,
    group.name,
    group.households === null ? '' : String(group.households),
    group.joined === null ? '' : String(group.joined),
    group.asOf ?? '',
  ]);
  return writeCsv(FEED_CSV_COLUMNS, rows);
}

/** Why a feed cannot be counted, as the hub says it; an `implausible` detail is Vietnamese. */
export type FeedProblem =
  | { kind: 'malformed'; detail: string }
  | { kind: 'other-format'; format: string }
  | { kind: 'implausible'; detail: string };

/** What the hub knows of a feed beyond its text: where it read it, and its own day. */
export interface FeedContext {
  /** The feed's address: its `site` must be an https address on the same host. */
  feedUrl?: string;
  /** The hub's build day in Vietnam ("2025-11-12"): no figure may be dated after it. */
  today?: string;
}

/**
 * A feed's text read and checked: the feed, or what is wrong with it. Beyond the schema, a figure
 * of joined above its total is refused, so the hub never adds up impossible figures.
 */
export function readFeed(
  text: string,
  context: FeedContext = {},
): { feed: ProgressFeed } | { problem: FeedProblem } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: { kind: 'malformed', detail: 'không đọc được như JSON' } };
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (typeof format === 'string' && format !== FEED_FORMAT) {
    return { problem: { kind: 'other-format', format } };
  }
  const parsed = feedSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { problem: { kind: 'malformed', detail: `trường "${issue.path.join('.')}"` } };
  }
  const feed = parsed.data;
  const ratios: [string, { total: number; joined: number } | null][] = [
    ['households', feed.households],
    ['officials', feed.officials],
    ...feed.groups.map((group): [string, { total: number; joined: number }] => [
      `groups.${group.code}`,
      { total: group.households ?? 0, joined: group.joined ?? 0 },
    ]),
  ];
  for (const [where, figures] of ratios) {
    if (figures && figures.joined > figures.total) {
      return {
        problem: {
          kind: 'implausible',
          detail: `ở "${where}", số tham gia (${figures.joined}) nhiều hơn tổng số (${figures.total})`,
        },
      };
    }
  }
  const implausible = implausibility(feed, context);
  return implausible ? { problem: { kind: 'implausible', detail: implausible } } : { feed };
}

/**
 * Why figures that pass the schema still cannot be a ward's, in Vietnamese, or undefined: they
 * must add up (the ward's households are the sum of its reported groups), each group once and of a
 * plausible size, every date a real day not after the hub's, and the site the ward's own.
 */
function implausibility(feed: ProgressFeed, context: FeedContext): string | undefined {
  const codes = new Set<string>();
  let total = 0;
  let joined = 0;
  for (const group of feed.groups) {
    if (codes.has(group.code)) return `tổ "${group.code}" có mặt hai lần`;
    codes.add(group.code);
    if ((group.households ?? 0) > MAX_GROUP_HOUSEHOLDS)
      return `tổ "${group.code}" có ${group.households} hộ, nhiều hơn ${MAX_GROUP_HOUSEHOLDS} hộ mà một tổ dân phố có thể có`;
    total += group.households ?? 0;
    joined += group.joined ?? 0;
  }
  if (feed.households.total !== total || feed.households.joined !== joined)
    return `tổng của phường (${feed.households.joined} trên ${feed.households.total} hộ) khác tổng các tổ (${joined} trên ${total} hộ)`;
  for (const date of [feed.asOf, ...feed.groups.map((group) => group.asOf)]) {
    if (date == null) continue;
    if (!isCalendarDate(date)) return `ngày "${date}" không có trên lịch`;
    if (context.today && date > context.today)
      return `ngày ${date} sau ngày hôm nay (${context.today})`;
  }
  if (context.feedUrl) {
    const site = new URL(feed.site);
    if (site.protocol !== 'https:' || site.username || site.password)
      return `địa chỉ trang "${feed.site}" phải bắt đầu bằng https:// và không chứa tên người dùng`;
    if (site.hostname !== new URL(context.feedUrl).hostname)
      return `địa chỉ trang "${feed.site}" không cùng tên miền với nơi đăng số liệu`;
  }
  return undefined;
}
