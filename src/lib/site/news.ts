/**
 * News (tin tức): addresses, page size and topics (tags). A tag's address is its title folded to
 * ASCII ("Thanh niên số" → "thanh-nien-so"), so tags typed with different case or diacritics
 * that fold alike share one page, named as first written.
 */
import { compareVietnamese } from './sort.ts';
import { slugFromTitle } from '../content-rules/text.ts';

/** News items per list page: a phone screen shows two or three with their pictures. */
export const NEWS_PAGE_SIZE = 6;

/** How many items the home page shows. */
export const LATEST_NEWS_COUNT = 3;

export function newsPath(slug: string): string {
  return `/tin-tuc/${slug}/`;
}

export function tagSlug(tag: string): string {
  return slugFromTitle(tag);
}

export function tagPath(tag: string): string {
  return `/tin-tuc/the/${tagSlug(tag)}/`;
}

export interface Tag {
  slug: string;
  /** The tag as first written. */
  name: string;
  count: number;
}

/** Every tag of the given items, once each, in Vietnamese alphabetical order. */
export function collectTags(items: readonly { tags: readonly string[] }[]): Tag[] {
  const bySlug = new Map<string, Tag>();
  for (const item of items) {
    for (const slug of new Set(item.tags.map(tagSlug))) {
      const name = item.tags.find((tag) => tagSlug(tag) === slug)!;
      const tag = bySlug.get(slug) ?? { slug, name, count: 0 };
      tag.count += 1;
      bySlug.set(slug, tag);
    }
  }
  return [...bySlug.values()]
    .filter((tag) => tag.slug !== '')
    .sort((a, b) => compareVietnamese(a.name, b.name));
}

/** True when an item carries the tag (by its folded address). */
export function hasTag(item: { tags: readonly string[] }, slug: string): boolean {
  return item.tags.some((tag) => tagSlug(tag) === slug);
}
