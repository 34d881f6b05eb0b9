/** The ward's official letters, newest first. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { newestFirst } from '../lib/site/sort.ts';
import { perBuild } from './memo.ts';

export type LetterEntry = CollectionEntry<'announcements'>;

export const getLetters = perBuild(async (): Promise<LetterEntry[]> => {
  const entries = await getCollection('announcements');
  return entries.sort((a, b) => newestFirst(a.data, b.data));
});
