/**
 * The site's settings and whether the build shows sample content, read from the content
 * collections. Astro-bound, so kept apart from src/lib.
 */
import { getCollection, getEntry } from 'astro:content';
import type { SiteConfig } from '../schemas/site.ts';
import { perBuild } from './memo.ts';

export const getSite = perBuild(async (): Promise<SiteConfig> => {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('site.yaml was not loaded: check the content folder (SITE_CONTENT).');
  return entry.data;
});

/** The collections whose entries may be marked `sample`. */
const SAMPLE_COLLECTIONS = [
  'announcements',
  'groups',
  'participation',
  'officials',
  'news',
  'stories',
  'bulletins',
  'selfCheck',
] as const;

/** What of the build is sample data, for the site-wide notice. */
export const sampleContent = perBuild(async (): Promise<{ url: boolean; entries: boolean }> => {
  const site = await getSite();
  const counts = await Promise.all(
    SAMPLE_COLLECTIONS.map(
      async (name) => (await getCollection(name, (entry) => entry.data.sample)).length,
    ),
  );
  return { url: site.site.urlIsSample, entries: counts.some((count) => count > 0) };
});
