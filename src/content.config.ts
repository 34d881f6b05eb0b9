/**
 * The content model: one collection per kind of content in the content folder (`content/`, or
 * the folder named by SITE_CONTENT). The schemas themselves live in src/schemas, one file each.
 *
 * Each loader checks its files with the schema once, with the project's Vietnamese messages, and
 * stores what the schema returned; the `schema` beside it gives Astro the entries' types.
 */
import { defineCollection } from 'astro:content';
import { readGroups, readOfficials, readParticipation } from './lib/tables/read.ts';
import { contentPath } from './lib/site/paths.ts';
import { publicGuideIds } from './lib/site/self-check.ts';
import { readSite } from './lib/content-rules/site-file.ts';
import { entryCollections, missingSiteLinks } from './loaders/collections.ts';
import { entries } from './loaders/entries.ts';
import { siteFile, table } from './loaders/tables.ts';
import { announcementSchema } from './schemas/announcements.ts';
import { bulletinSchema } from './schemas/bulletins.ts';
import { guideSchema } from './schemas/guides.ts';
import { newsSchema } from './schemas/news.ts';
import { pageSchema } from './schemas/pages.ts';
import { selfCheckSchema } from './schemas/self-check.ts';
import { siteConfigSchema } from './schemas/site.ts';
import { storySchema } from './schemas/stories.ts';
import { groupRowSchema, officialsRowSchema, participationRowSchema } from './schemas/tables.ts';

// Closed sets come from content: a story or a participation row naming an unknown group fails.
const groupCodes = (await readGroups()).map((row) => row.data.code);
const categoryCodes = readSite().stories.categories.map((category) => category.code);
// The loaders' checks, shared with the content check's first pass (src/loaders/collections.ts).
const checked = entryCollections({
  groupCodes,
  categoryCodes,
  missingLinks: missingSiteLinks(readSite().help),
  guideIds: publicGuideIds(contentPath('guides')),
});

const site = defineCollection({ loader: siteFile(), schema: siteConfigSchema });

const groups = defineCollection({
  loader: table({ read: () => readGroups(), id: (row) => row.code }),
  schema: groupRowSchema,
});

const participation = defineCollection({
  loader: table({
    read: () => readParticipation(groupCodes),
    id: (row) => `${row.group}/${row.date}`,
  }),
  schema: participationRowSchema,
});

const officials = defineCollection({
  loader: table({
    read: () => readOfficials(),
    id: (row) => `${row.unit}/${row.date}`,
  }),
  schema: officialsRowSchema,
});

const announcements = defineCollection({
  loader: entries(checked.announcements),
  schema: announcementSchema,
});

const news = defineCollection({
  loader: entries(checked.news),
  schema: ({ image }) => newsSchema(image),
});

const guides = defineCollection({ loader: entries(checked.guides), schema: guideSchema });

const pages = defineCollection({ loader: entries(checked.pages), schema: pageSchema });

const stories = defineCollection({
  loader: entries(checked.stories),
  schema: ({ image }) => storySchema(image, groupCodes, categoryCodes),
});

const selfCheck = defineCollection({ loader: entries(checked.selfCheck), schema: selfCheckSchema });

const bulletins = defineCollection({ loader: entries(checked.bulletins), schema: bulletinSchema });

export const collections = {
  site,
  groups,
  participation,
  officials,
  announcements,
  news,
  guides,
  pages,
  stories,
  bulletins,
  selfCheck,
};
