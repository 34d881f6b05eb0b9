/**
 * The city hub's settings, `city.yaml` in the folder given by SITE_CONTENT (as a ward's site.yaml
 * is): the city, its hub's title and address, how feeds are read, and the list of wards, each with
 * its name and the address of its feed (`…/tien-do/so-lieu.json`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { t } from '../../i18n/index.ts';

export const CITY_FILE = 'city.yaml';

const wardSchema = z.object({
  name: z.string().trim().min(1),
  /** The ward's feed: https://<ward site>/tien-do/so-lieu.json. */
  feed: z.url({ protocol: /^https?$/ }),
});

export const citySchema = z.object({
  city: z.object({
    /** "Thành phố Hải Phòng". */
    name: z.string().trim().min(1),
    /** The hub's title: "Công dân số Hải Phòng – toàn thành phố". */
    title: z.string().trim().min(1),
    /** The hub's public address. */
    url: z.url(),
  }),
  /** How feeds are read: how many at once, how long to wait, how many retries. */
  fetch: z
    .object({
      concurrency: z.number().int().min(1).max(64).default(8),
      timeoutSeconds: z.number().positive().max(120).default(10),
      retries: z.number().int().min(0).max(3).default(1),
    })
    .prefault({}),
  /** Figures older than the newest ward's by more than this many days are marked as stale. */
  staleDays: z.number().int().min(1).default(7),
  /** Households percentage a group must reach (the campaign's 70 %). */
  targetPercent: z.number().min(0).max(100).default(70),
  /** How the printed report is headed and signed; the city's name alone by default. */
  report: z
    .object({
      issuer: z.array(z.string().min(1)).min(1).optional(),
      place: z.string().min(1).optional(),
      recipient: z.string().min(1).optional(),
      signer: z.array(z.string().min(1)).optional(),
    })
    .optional(),
  wards: z.array(wardSchema).min(1),
});

export type CityConfig = z.infer<typeof citySchema>;
export type CityWard = CityConfig['wards'][number];

/** city.yaml of a folder, checked; an error names the field and the ward's line in the list. */
export function readCity(folder: string): CityConfig {
  const file = path.join(folder, CITY_FILE);
  const parsed = citySchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `${file}: ${issue.path.join('.') || '(tệp)'}: ${issue.message}`,
    );
    throw new Error(lines.join('\n'));
  }
  const seen = new Set<string>();
  for (const ward of parsed.data.wards) {
    for (const key of [ward.name, ward.feed]) {
      if (seen.has(key)) throw new Error(t('city.config.duplicate', { file, key }));
      seen.add(key);
    }
  }
  return parsed.data;
}

/** A ward's site, from its feed's address, for a ward whose feed could not be read. */
export function siteOfFeed(feed: string): string {
  return new URL('../../', new URL(feed)).href;
}
