/**
 * The content model: one collection per kind of content in the content folder (`content/`, or
 * the folder named by SITE_CONTENT). The schemas themselves live in src/schemas, one file each.
 *
 * Each loader checks its files with the schema once, with the project's Vietnamese messages, and
 * stores what the schema returned; the `schema` beside it gives Astro the entries' types.
 */
import { defineCollection } from 'astro:content';
import { readGroups, readOfficials, readParticipation } from './lib/tables/read.ts';
import { missingAttachments } from './lib/content-rules/attachments.ts';
import { siteLinkProblems } from './lib/content-rules/site-links.ts';
import { contentPath, displayPath } from './lib/site/paths.ts';
import { publicGuideIds, unknownGuide } from './lib/site/self-check.ts';
import { readSite, SITE_FILE } from './lib/content-rules/site-file.ts';
import { checkStory } from './lib/stories/stories.ts';
import type { FrontmatterSource } from './lib/content-rules/yaml-source.ts';
import { entries } from './loaders/entries.ts';
import { storedImage } from './loaders/store-entry.ts';
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
const guideIds = publicGuideIds(contentPath('guides'));

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
  loader: entries({
    folder: 'announcements',
    schema: announcementSchema,
    check: ({ file, data, source }) => missingAttachments(file, data.attachments, source.lineOf),
  }),
  schema: announcementSchema,
});

const news = defineCollection({
  loader: entries({
    folder: 'news',
    schema: newsSchema(storedImage),
  }),
  schema: ({ image }) => newsSchema(image),
});

// A <SiteLink> whose address site.yaml leaves out is named on the guide's line, with site.yaml.
const siteHelp = readSite().help;
const missingLinks = new Set(
  [
    ['zalo', siteHelp.zalo],
    ['guide', siteHelp.guideUrl],
    ['video', siteHelp.videoUrl],
  ].flatMap(([to, address]) => (address ? [] : [to as string])),
);
const checkSiteLinks = ({ file, source }: { file: string; source: FrontmatterSource }) =>
  file.endsWith('.mdx')
    ? siteLinkProblems(
        file,
        source.body,
        source.bodyLine,
        missingLinks,
        displayPath(contentPath(SITE_FILE)),
      )
    : [];

const guides = defineCollection({
  loader: entries({
    folder: 'guides',
    schema: guideSchema,
    check: checkSiteLinks,
    dependsOn: [...missingLinks],
  }),
  schema: guideSchema,
});

const pages = defineCollection({
  loader: entries({
    folder: 'pages',
    schema: pageSchema,
    check: checkSiteLinks,
    dependsOn: [...missingLinks],
  }),
  schema: pageSchema,
});

const stories = defineCollection({
  loader: entries({
    folder: 'stories',
    schema: storySchema(storedImage, groupCodes, categoryCodes),
    // A story's file name is its address; a published one must not give out contact details.
    check: checkStory,
    dependsOn: [groupCodes, categoryCodes],
  }),
  schema: ({ image }) => storySchema(image, groupCodes, categoryCodes),
});

// A question names the guide it comes from: a guide that is not published fails the build.
const selfCheck = defineCollection({
  loader: entries({
    folder: 'self-check',
    schema: selfCheckSchema,
    check: ({ file, data, source }) => unknownGuide(file, data.guide, guideIds, source),
    dependsOn: guideIds,
  }),
  schema: selfCheckSchema,
});

const bulletins = defineCollection({
  loader: entries({ folder: 'bulletins', schema: bulletinSchema }),
  schema: bulletinSchema,
});

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
