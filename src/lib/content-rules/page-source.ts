/**
 * Which content file a built page comes from, so that a problem found in the built HTML can be
 * reported where the editor can fix it. An entry's file name is its address ("ba-toi.md" →
 * "/cau-chuyen/ba-toi/", and its print page "/in-an/ban-tin/ba-toi/"), so the page's path names it.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { contentPath } from '../site/paths.ts';
import { ENTRY_FOLDERS } from './visibility.ts';

/** The route folder of each kind of entry, for a page path shared by two kinds. */
const ROUTES: Record<string, string> = {
  'cau-chuyen': 'stories',
  'tin-tuc': 'news',
  'van-ban': 'announcements',
  'ban-tin': 'bulletins',
  'huong-dan': 'guides',
};

function entryFiles(): string[] {
  return ENTRY_FOLDERS.flatMap((folder) => {
    try {
      return readdirSync(contentPath(folder), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.mdx?$/.test(file))
        .map((file) => contentPath(folder, file));
    } catch {
      return [];
    }
  });
}

/**
 * The content file a built page (a path inside dist/, "cau-chuyen/ba-toi/index.html") shows, or
 * undefined when the page is not an entry's.
 */
export function contentFileOfPage(page: string, files: readonly string[] = entryFiles()) {
  const segments = page.split('/').slice(0, -1);
  const slug = segments.at(-1);
  if (!slug) return undefined;
  const candidates = files.filter((file) => path.basename(file).replace(/\.mdx?$/, '') === slug);
  const folder = segments.map((segment) => ROUTES[segment]).find(Boolean);
  return candidates.find((file) => path.basename(path.dirname(file)) === folder) ?? candidates[0];
}
