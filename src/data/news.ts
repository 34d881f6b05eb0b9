/** News from the culture centre, newest first, and its topics. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { collectTags, type Tag } from '../lib/site/news.ts';
import { newestFirst } from '../lib/site/sort.ts';
import { perBuild } from './memo.ts';

export type NewsEntry = CollectionEntry<'news'>;

export const getNews = perBuild(async (): Promise<NewsEntry[]> => {
  const entries = await getCollection('news');
  return entries.sort((a, b) => newestFirst(a.data, b.data));
});

export const getNewsTags = perBuild(async (): Promise<Tag[]> =>
  collectTags((await getNews()).map((entry) => entry.data)),
);
