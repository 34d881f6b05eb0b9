/**
 * "Tôi học số – Tôi lan tỏa" stories, without Astro: addresses, how an author's name is shown, the
 * privacy check a published story must pass, and links to share a story.
 */
import { entrySlug, FILE_NAME } from '../content-rules/file-names.ts';
import type { Problem } from '../content-rules/content-errors.ts';
import { findContactDetails, lineAt } from '../content-rules/privacy.ts';
import { isPublicEntry } from '../content-rules/visibility.ts';
import type { FrontmatterSource } from '../content-rules/yaml-source.ts';

/** The gallery. Story pages, filter pages and the page on sending a story live under it. */
export const STORIES_PATH = '/cau-chuyen/';
export const SEND_STORY_PATH = `${STORIES_PATH}gui-cau-chuyen/`;

export function storyPath(slug: string): string {
  return `${STORIES_PATH}${slug}/`;
}

/** The folder of each kind of filter page: /cau-chuyen/chu-de/<code>/, /cau-chuyen/to/<code>/. */
export const FILTER_SEGMENTS = { category: 'chu-de', group: 'to' } as const;

/** The gallery narrowed to one category (site.yaml stories.categories). */
export function categoryStoriesPath(code: string): string {
  return `${STORIES_PATH}${FILTER_SEGMENTS.category}/${code}/`;
}

/** The gallery narrowed to one residential group. */
export function groupStoriesPath(code: string): string {
  return `${STORIES_PATH}${FILTER_SEGMENTS.group}/${code}/`;
}

/** How many stories a gallery page shows; the rest go to the next page. */
export const STORIES_PER_PAGE = 6;

/**
 * File names a story cannot have: its address would be a page of the gallery ("/cau-chuyen/2/")
 * or one of the pages beside the stories.
 */
const RESERVED = new Set<string>([...Object.values(FILTER_SEGMENTS), 'gui-cau-chuyen']);

export function isReservedStorySlug(slug: string): boolean {
  return RESERVED.has(slug) || /^\d+$/.test(slug);
}

export type AuthorDisplay = 'full' | 'first' | 'anonymous';

export interface Author {
  name: string;
  display: AuthorDisplay;
}

/**
 * The name shown for an author: the whole name, the given name alone (the last word of a
 * Vietnamese name: "Nguyễn Thị Lan" → "Lan"), or `anonymous` for an author who asked for no name.
 */
export function authorName(author: Author, anonymous: string): string {
  if (author.display === 'anonymous') return anonymous;
  const name = author.name.normalize('NFC').trim().replace(/\s+/g, ' ');
  return author.display === 'full' ? name : (name.split(' ').at(-1) ?? name);
}

/** The story fields that are published as text, besides the body. */
const TEXT_FIELDS = ['title', 'summary', 'photoAlt'] as const;

interface StoryText {
  title?: string | undefined;
  summary?: string | undefined;
  photoAlt?: string | undefined;
  allowContact?: boolean | undefined;
}

/**
 * A phone number or e-mail address in a story that will be published, one problem each, naming
 * the line and the match. A story whose author asked for their contact details to be shown says
 * so with `allowContact: true`.
 */
export function contactProblems(
  file: string,
  data: StoryText,
  source: Pick<FrontmatterSource, 'body' | 'bodyLine' | 'lineOf'>,
): Problem[] {
  if (data.allowContact) return [];
  const problems: Problem[] = [];
  const report = (text: string, where: (index: number) => Omit<Problem, 'file' | 'message'>) => {
    for (const match of findContactDetails(text)) {
      const what =
        match.kind === 'phone' ? `số điện thoại "${match.text}"` : `địa chỉ e-mail "${match.text}"`;
      problems.push({
        file,
        ...where(match.index),
        message: `Câu chuyện sắp đăng có ${what}. Để giữ an toàn cho người kể, xóa ${match.kind === 'phone' ? 'số' : 'địa chỉ'} này đi; chỉ khi người kể muốn công khai, thêm dòng allowContact: true.`,
      });
    }
  };
  for (const field of TEXT_FIELDS) {
    const text = data[field];
    if (text) report(text, () => ({ field, line: source.lineOf([field]) }));
  }
  report(source.body, (index) => ({ line: lineAt(source.body, index, source.bodyLine) }));
  return problems;
}

/**
 * A story's file name (checked for every collection by src/lib/content-rules/file-names.ts) must not be the
 * address of another page of the gallery.
 */
export function slugProblems(file: string): Problem[] {
  const slug = entrySlug(file);
  if (!FILE_NAME.test(slug) || !isReservedStorySlug(slug)) return [];
  return [
    {
      file,
      message: `Tên tệp "${slug}" trùng với một trang khác của mục câu chuyện. Đổi tên tệp theo tiêu đề, chữ thường không dấu nối bằng dấu gạch ngang, ví dụ: ba-toi-hoc-goi-video.md`,
    },
  ];
}

/**
 * The checks a valid story must also pass before the build (the loader's `check`): its file name,
 * and, once it is to be published, no contact details left in it.
 */
export function checkStory(entry: {
  file: string;
  data: StoryText & { consent?: boolean; published?: boolean; photo?: unknown };
  source: Pick<FrontmatterSource, 'body' | 'bodyLine' | 'lineOf'>;
}): Problem[] {
  const { file, data, source } = entry;
  return [
    ...slugProblems(file),
    ...(isPublicEntry('stories', data) ? contactProblems(file, data, source) : []),
  ];
}

/**
 * Plain links that open Facebook's and Zalo's share dialogs for a page: no SDK, nothing loaded from
 * their servers until a resident taps one.
 */
export function shareLinks(url: string): { facebook: string; zalo: string } {
  const encoded = encodeURIComponent(url);
  return {
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${encoded}`,
    zalo: `https://sp.zalo.me/share_inline?url=${encoded}`,
  };
}
