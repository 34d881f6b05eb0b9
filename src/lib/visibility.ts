/**
 * Which entries reach the built site. Drafts never do; stories need the author's consent and the
 * culture centre's review. The dev server shows everything, labelled, for preview.
 */

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

interface Flags {
  draft?: unknown;
  consent?: unknown;
  published?: unknown;
}

export function isPublicEntry(folder: EntryFolder, data: Flags): boolean {
  if (data.draft === true) return false;
  if (folder === 'stories') return data.consent === true && data.published === true;
  return true;
}
