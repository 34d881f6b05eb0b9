/**
 * Stories for pages: newest first, the filters that have stories, the paginated gallery pages.
 * Only public stories reach this point in a build (the loader drops the others).
 */
import type { PaginateFunction } from 'astro';
import { getImage } from 'astro:assets';
import { getCollection, type CollectionEntry } from 'astro:content';
import { t } from '../i18n/index.ts';
import { newestFirst } from '../lib/site/sort.ts';
import { authorName, FILTER_SEGMENTS, STORIES_PER_PAGE } from '../lib/stories/stories.ts';
import { getGroups } from './groups.ts';
import { perBuild } from './memo.ts';
import { getSite } from './site.ts';

export type StoryEntry = CollectionEntry<'stories'>;

export const getStories = perBuild(async (): Promise<StoryEntry[]> =>
  (await getCollection('stories')).sort((a, b) => newestFirst(a.data, b.data)),
);

/** The name shown for a story's author. */
export function storyAuthor(story: StoryEntry): string {
  return authorName(story.data.author, t('stories.anonymous'));
}

export interface Filter {
  code: string;
  name: string;
  count: number;
}

/** The categories and groups that have stories, in their order in site.yaml and groups.csv. */
export const storyFilters = perBuild(
  async (): Promise<{ categories: Filter[]; groups: Filter[] }> => {
    const [stories, site, groups] = await Promise.all([getStories(), getSite(), getGroups()]);
    const counted = (list: { code: string; name: string }[], key: 'category' | 'group') =>
      list
        .map(({ code, name }) => ({
          code,
          name,
          count: stories.filter((story) => story.data[key] === code).length,
        }))
        .filter((filter) => filter.count > 0);
    return {
      categories: counted(site.stories.categories, 'category'),
      groups: counted(groups, 'group'),
    };
  },
);

/** Names of categories and groups by code, for cards. */
export const storyLabels = perBuild(async () => {
  const [site, groups] = await Promise.all([getSite(), getGroups()]);
  return {
    category: new Map(site.stories.categories.map((item) => [item.code, item.name])),
    group: new Map(groups.map((item) => [item.code, item.name])),
  };
});

/** The whole gallery, a page at a time. */
export async function galleryPaths(paginate: PaginateFunction) {
  return paginate(await getStories(), { pageSize: STORIES_PER_PAGE });
}

/** One paginated gallery per category and per group that has stories. */
export async function filteredPaths(paginate: PaginateFunction) {
  const [stories, filters] = await Promise.all([getStories(), storyFilters()]);
  const kinds = [
    ['category', filters.categories],
    ['group', filters.groups],
  ] as const;
  return kinds.flatMap(([kind, list]) =>
    list.flatMap((filter) =>
      paginate(
        stories.filter((story) => story.data[kind] === filter.code),
        {
          pageSize: STORIES_PER_PAGE,
          params: { kind: FILTER_SEGMENTS[kind], code: filter.code },
          props: { filter: { ...filter, kind } },
        },
      ),
    ),
  );
}

/**
 * The picture for link previews (Zalo, Facebook): the story's photo cropped to 1200 × 630, as a
 * path on the site without the base path (the page head adds the site's address).
 */
export async function storyOpenGraphImage(story: StoryEntry): Promise<string | undefined> {
  if (!story.data.photo) return undefined;
  const image = await getImage({
    src: story.data.photo,
    width: 1200,
    height: 630,
    fit: 'cover',
    format: 'jpg',
  });
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return image.src.startsWith(`${base}/`) ? image.src.slice(base.length) : image.src;
}
