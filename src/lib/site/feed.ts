/**
 * The RSS feed's items, from news and official letters: newest first, with absolute links built
 * from site.yaml's `site.url` (a feed reader has no page to resolve a relative link against).
 */
import { absoluteUrl } from './urls.ts';

export interface FeedSource {
  title: string;
  date: string;
  summary: string;
  /** A path on the site, without the base ("/tin-tuc/…/"). */
  path: string;
  /** A category for readers that group items ("Tin tức", "Văn bản"). */
  category: string;
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** Midnight in Vietnam (UTC+7, no daylight saving) of a calendar date. */
export function vietnamMidnight(date: string): Date {
  return new Date(`${date}T00:00:00+07:00`);
}

export function feedItems(sources: readonly FeedSource[], siteUrl: string, limit = 50): FeedItem[] {
  return [...sources]
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'vi'))
    .slice(0, limit)
    .map((source) => ({
      title: source.title,
      link: absoluteUrl(siteUrl, source.path),
      pubDate: vietnamMidnight(source.date),
      description: source.summary,
      categories: [source.category],
    }));
}
