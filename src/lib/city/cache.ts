/**
 * The last good figures of every ward, kept between builds in one JSON file, so that a ward whose
 * site is briefly down shows its last figures, marked with the day they were read, instead of
 * disappearing from the city's table. Keyed by the ward's name, so a ward that moves its site keeps
 * its last figures: a `Map`, so that a ward named "constructor" or "__proto__" is a name like any
 * other, never a property of every object.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readFeed, type ProgressFeed } from '../tables/progress-feed.ts';

export interface CachedFeed {
  feed: ProgressFeed;
  /** When it was read, an ISO timestamp. */
  readAt: string;
}

export type FeedCache = Map<string, CachedFeed>;

/** The cache file, or an empty cache when there is none or it cannot be read. */
export function readCache(file: string): FeedCache {
  if (!existsSync(file)) return new Map();
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { wards?: Record<string, CachedFeed> };
    const cache: FeedCache = new Map();
    for (const [name, entry] of Object.entries(json.wards ?? {})) {
      // Checked again: a cache written by an older hub must not bring figures of another format.
      const read = readFeed(JSON.stringify(entry.feed));
      if ('feed' in read && typeof entry.readAt === 'string') {
        cache.set(name, { feed: read.feed, readAt: entry.readAt });
      }
    }
    return cache;
  } catch {
    return new Map();
  }
}

export function writeCache(file: string, cache: FeedCache): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ version: 1, wards: Object.fromEntries(cache) })}\n`);
}
