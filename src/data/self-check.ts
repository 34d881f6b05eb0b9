/** The self-check's questions in a stable order, each with the guide it comes from. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getGuides } from './guides.ts';
import { getSite } from './site.ts';
import { perBuild } from './memo.ts';

export type SelfCheckEntry = CollectionEntry<'selfCheck'>;

export interface Question {
  id: string;
  data: SelfCheckEntry['data'];
  guide: { title: string; href: string };
}

export const getSelfCheck = perBuild(async () => {
  const [entries, guides, site] = await Promise.all([
    getCollection('selfCheck'),
    getGuides(),
    getSite(),
  ]);
  // Grouped by guide in reading order, so a printed handout follows the guides.
  const orderOf = new Map(guides.map((guide, index) => [guide.id, index]));
  const titleOf = new Map(guides.map((guide) => [guide.id, guide.data.title]));
  const questions: Question[] = entries
    .sort(
      (a, b) =>
        (orderOf.get(a.data.guide) ?? 0) - (orderOf.get(b.data.guide) ?? 0) ||
        a.id.localeCompare(b.id, 'en', { numeric: true }),
    )
    .map((entry) => ({
      id: entry.id,
      data: entry.data,
      guide: {
        title: titleOf.get(entry.data.guide) ?? '',
        href: `/huong-dan/${entry.data.guide}/`,
      },
    }));
  return { questions, draw: site.selfCheck?.questions ?? site.campaign.questions };
});
