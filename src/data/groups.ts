/** Residential groups, in their natural order ("Tổ 2" before "Tổ 10"). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareVietnamese } from '../lib/site/sort.ts';
import { perBuild } from './memo.ts';

export type Group = CollectionEntry<'groups'>['data'];

export const getGroups = perBuild(async (): Promise<Group[]> => {
  const entries = await getCollection('groups');
  return entries.map((entry) => entry.data).sort((a, b) => compareVietnamese(a.name, b.name));
});

// Pure, so it lives in src/lib; re-exported here for the routes and components that import groups.
export { groupPath } from '../lib/site/urls.ts';
