/** Loudspeaker bulletins, newest first, with their reading time. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readingMinutes } from '../lib/site/reading-time.ts';
import { newestFirst } from '../lib/site/sort.ts';
import { perBuild } from './memo.ts';

export type BulletinEntry = CollectionEntry<'bulletins'>;

export const getBulletins = perBuild(async (): Promise<(BulletinEntry & { minutes: number })[]> => {
  const entries = await getCollection('bulletins');
  return entries
    .map((entry) => ({ ...entry, minutes: readingMinutes(entry.body ?? '') }))
    .sort((a, b) => newestFirst(a.data, b.data));
});

/** One page per bulletin, for the reading page and its print version alike. */
export async function bulletinPaths() {
  return (await getBulletins()).map((bulletin) => ({
    params: { slug: bulletin.id },
    props: { bulletin, minutes: bulletin.minutes },
  }));
}
