/** Guides in reading order (`order`), each with its neighbours for the previous/next links. */
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { throwIfProblems } from '../lib/content-rules/content-errors.ts';
import { byOrder, duplicateOrders, neighbours } from '../lib/site/guides.ts';
import { perBuild } from './memo.ts';

export type GuideEntry = CollectionEntry<'guides'>;

export const getGuides = perBuild(async (): Promise<GuideEntry[]> => {
  const guides = (await getCollection('guides')).sort((a, b) => byOrder(a.data, b.data));
  throwIfProblems(
    duplicateOrders(
      guides.map((guide) => ({
        file: path.resolve(guide.filePath ?? guide.id),
        order: guide.data.order,
      })),
    ),
  );
  return guides;
});

/** One page per guide, with the guides before and after it. */
export async function guidePaths() {
  const guides = await getGuides();
  return guides.map((guide, index) => ({
    params: { slug: guide.id },
    props: { guide, number: index + 1, total: guides.length, ...neighbours(guides, index) },
  }));
}
