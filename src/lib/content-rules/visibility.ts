/**
 * Which entries reach the built site. Drafts never do; stories need the author's consent and the
 * culture centre's review; a news item dated in the future waits for its day. The dev server
 * shows everything, labelled, for preview.
 */
import { calendarDateIn, readDate } from '../site/dates.ts';

/** The folders of markdown content, one per collection. */
export const ENTRY_FOLDERS = [
  'announcements',
  'news',
  'guides',
  'pages',
  'stories',
  'bulletins',
  'self-check',
] as const;
export type EntryFolder = (typeof ENTRY_FOLDERS)[number];

/**
 * Folders whose entries are plain markdown: content is data, never code. Only guides and pages,
 * written by the ward with the guide components, may be MDX (which runs code during the build).
 */
export const MARKDOWN_ONLY: readonly EntryFolder[] = [
  'announcements',
  'news',
  'stories',
  'bulletins',
];

export function allowsMdx(folder: EntryFolder): boolean {
  return !MARKDOWN_ONLY.includes(folder);
}

interface Flags {
  draft?: unknown;
  consent?: unknown;
  published?: unknown;
  date?: unknown;
}

/**
 * A story reaches the site only with the resident's written consent and the culture centre's
 * review: the one rule for stories, used by the loader, the checks and the draft labels.
 */
export function isPublishedStory(data: { consent?: unknown; published?: unknown }): boolean {
  return data.consent === true && data.published === true;
}

/**
 * @param today The build's day in Vietnam (YYYY-MM-DD): a news item dated later is held back
 *   until a build on or after its date publishes it.
 */
export function isPublicEntry(
  folder: EntryFolder,
  data: Flags,
  today: string = calendarDateIn(new Date()),
): boolean {
  if (data.draft === true) return false;
  // Read as the schema reads it: a file's raw "05/01/2027" is 5 January 2027.
  const date = typeof data.date === 'string' ? readDate(data.date.trim()) : undefined;
  if (folder === 'news' && date !== undefined && date > today) return false;
  if (folder === 'stories') return isPublishedStory(data);
  return true;
}
