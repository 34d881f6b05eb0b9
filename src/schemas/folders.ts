/**
 * The schema of each content folder an entry is saved in, by the folder's name: one list for the
 * editor's forms (src/lib/editor/cms-config.ts) and its save check (src/editor/save-check.ts). Closed
 * sets come from content: group codes from the groups table, story categories from site.yaml.
 */
import type { z } from 'astro/zod';
import { announcementSchema } from './announcements.ts';
import { bulletinSchema } from './bulletins.ts';
import { guideSchema } from './guides.ts';
import type { ImageHelper } from './images.ts';
import { newsSchema } from './news.ts';
import { pageSchema } from './pages.ts';
import { selfCheckSchema } from './self-check.ts';
import { storySchema } from './stories.ts';

export function folderSchemas(
  image: ImageHelper,
  groupCodes: readonly string[],
  categoryCodes: readonly string[],
) {
  return {
    news: newsSchema(image),
    announcements: announcementSchema,
    stories: storySchema(image, groupCodes, categoryCodes),
    bulletins: bulletinSchema,
    guides: guideSchema,
    pages: pageSchema,
    'self-check': selfCheckSchema,
  } satisfies Record<string, z.ZodType>;
}
