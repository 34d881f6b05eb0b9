/**
 * The ward's figures as data, `/tien-do/so-lieu.json` in format `cong-dan-so-tien-do/1`: what a
 * ward publishes and what the city hub reads, so both sides share this one schema. The ward builds
 * it from the same `WardProgress` as `/tien-do/` (src/lib/participation.ts), so the feed and the
 * page always agree; the hub reads it with `readFeed`, which says in Vietnamese what is wrong.
 * `schemas/cong-dan-so-tien-do-1.schema.json` is this schema as JSON Schema, for other readers.
 */
import { writeCsv } from './csv-write.ts';
import { z } from 'astro/zod';
import type { WardProgress } from './participation.ts';

export const FEED_FORMAT = 'cong-dan-so-tien-do/1';

/** Where every ward publishes it, below its site's address. */
export const FEED_PATH = 'tien-do/so-lieu.json';
export const FEED_CSV_PATH = 'tien-do/so-lieu.csv';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written year-month-day');
const count = z.number().int().min(0);
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

/** The groups of the feed as CSV (src/lib/csv-write.ts); blank cells when not reported. */
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

/** Why a feed cannot be counted, as the hub says it. */
export type FeedProblem =
  { kind: 'malformed'; detail: string } | { kind: 'other-format'; format: string };

/**
 * A feed's text read and checked: the feed, or what is wrong with it. Beyond the schema, a figure
 * of joined above its total is refused, so the hub never adds up impossible figures.
 */
export function readFeed(text: string): { feed: ProgressFeed } | { problem: FeedProblem } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problem: { kind: 'malformed', detail: (error as Error).message } };
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (typeof format === 'string' && format !== FEED_FORMAT) {
    return { problem: { kind: 'other-format', format } };
  }
  const parsed = feedSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { problem: { kind: 'malformed', detail: `${issue.path.join('.')}: ${issue.message}` } };
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
      return { problem: { kind: 'malformed', detail: `${where}: joined above total` } };
    }
  }
  return { feed };
}
