/**
 * The markdown collections and what each checks beyond its schema, listed once: the build's
 * loaders (src/content.config.ts) and the content check's first pass (./all-problems.ts) apply the
 * same rules from here.
 *
 * Some rules depend on other content files, the closed sets: the group codes of groups.csv, the
 * story categories and help addresses of site.yaml, the published guides. The build reads them
 * first and stops at the first file with problems; the content check passes `undefined` for a set
 * it could not read, and that rule is left out (and the check says so).
 */
import type { z } from 'astro/zod';
import { missingAttachments } from '../lib/content-rules/attachments.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { SITE_LINK_FIELDS } from '../lib/content-rules/site-link-fields.ts';
import { siteLinkProblems } from '../lib/content-rules/site-links.ts';
import { SITE_FILE } from '../lib/content-rules/site-file.ts';
import type { EntryFolder } from '../lib/content-rules/visibility.ts';
import type { FrontmatterSource } from '../lib/content-rules/yaml-source.ts';
import { contentPath, displayPath } from '../lib/site/paths.ts';
import { unknownGuide } from '../lib/site/self-check.ts';
import { checkStory } from '../lib/stories/stories.ts';
import { announcementSchema } from '../schemas/announcements.ts';
import { bulletinSchema } from '../schemas/bulletins.ts';
import { guideSchema } from '../schemas/guides.ts';
import { newsSchema } from '../schemas/news.ts';
import { pageSchema } from '../schemas/pages.ts';
import { selfCheckSchema } from '../schemas/self-check.ts';
import { storySchema } from '../schemas/stories.ts';
import type { EntriesOptions } from './entries.ts';
import { storedImage } from './store-entry.ts';

export interface ClosedSets {
  /** The codes of groups.csv. */
  groupCodes: readonly string[] | undefined;
  /** The codes of site.yaml's stories.categories. */
  categoryCodes: readonly string[] | undefined;
  /** The `<SiteLink to>` values site.yaml's help gives no address for. */
  missingLinks: ReadonlySet<string> | undefined;
  /** The published guides a self-check question may name. */
  guideIds: readonly string[];
}

/** The `<SiteLink to>` values that `help` leaves without an address. */
export function missingSiteLinks(help: SiteConfig['help']): Set<string> {
  const addresses: Record<keyof typeof SITE_LINK_FIELDS, unknown> = {
    zalo: help.zalo,
    guide: help.guideUrl,
    video: help.videoUrl,
  };
  return new Set(Object.keys(SITE_LINK_FIELDS).filter((to) => !addresses[to]));
}

/** Keeps each collection's schema type for its `check`. */
const collection = <S extends z.ZodType>(options: EntriesOptions<S>) => options;

export function entryCollections(sets: ClosedSets) {
  const { groupCodes, categoryCodes, missingLinks, guideIds } = sets;
  // A <SiteLink> whose address site.yaml leaves out is named on the guide's line, with site.yaml.
  const checkSiteLinks = ({ file, source }: { file: string; source: FrontmatterSource }) =>
    file.endsWith('.mdx') && missingLinks
      ? siteLinkProblems(
          file,
          source.body,
          source.bodyLine,
          missingLinks,
          displayPath(contentPath(SITE_FILE)),
        )
      : [];
  const links = [...(missingLinks ?? [])];
  return {
    announcements: collection({
      folder: 'announcements',
      schema: announcementSchema,
      check: ({ file, data, source }) => missingAttachments(file, data.attachments, source.lineOf),
    }),
    news: collection({ folder: 'news', schema: newsSchema(storedImage) }),
    guides: collection({
      folder: 'guides',
      schema: guideSchema,
      check: checkSiteLinks,
      dependsOn: links,
    }),
    pages: collection({
      folder: 'pages',
      schema: pageSchema,
      check: checkSiteLinks,
      dependsOn: links,
    }),
    stories: collection({
      folder: 'stories',
      schema: storySchema(storedImage, groupCodes, categoryCodes),
      // A story's file name is its address; a published one must not give out contact details.
      check: checkStory,
      dependsOn: [groupCodes, categoryCodes],
    }),
    bulletins: collection({ folder: 'bulletins', schema: bulletinSchema }),
    // A question names the guide it comes from: a guide that is not published fails the build.
    selfCheck: collection({
      folder: 'self-check',
      schema: selfCheckSchema,
      check: ({ file, data, source }) => unknownGuide(file, data.guide, guideIds, source),
      dependsOn: guideIds,
    }),
  } satisfies Record<string, EntriesOptions<z.ZodType> & { folder: EntryFolder }>;
}
