/**
 * How one answer of a story form becomes part of a story file: dates, the consent answer, the
 * name display, group and category codes, and the story itself as plain-text paragraphs whose
 * markdown and HTML characters are escaped. Used by the story import (src/lib/story-import.ts).
 */
import { foldVietnamese } from './fold.ts';
import { markdownFile } from './frontmatter.ts';
import { isReservedStorySlug } from './stories.ts';
import { slugFromTitle } from './text.ts';

/** "23/10/2025 14:05:12" (a form's timestamp) or "2025-10-23" → "2025-10-23"; else as written. */
export function importDate(value: string): string {
  const day = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(value);
  if (day) return `${day[3]}-${day[2]!.padStart(2, '0')}-${day[1]!.padStart(2, '0')}`;
  const iso = /^(\d{4}-\d{2}-\d{2})\b/.exec(value);
  return iso ? iso[1]! : value;
}

/** Yes to "Có", "Đồng ý", "Tôi đồng ý ...", x, 1, true, yes; everything else is no. */
export function importConsent(value: string): boolean {
  const folded = foldVietnamese(value).trim();
  if (folded.includes('khong')) return false;
  return /^(?:x|1|true|yes|co|dong y|toi dong y)\b/.test(folded);
}

export const DISPLAYS: Record<string, 'full' | 'first' | 'anonymous'> = {
  'ten day du': 'full',
  'ho va ten': 'full',
  'day du': 'full',
  full: 'full',
  'chi ten': 'first',
  'chi ten goi': 'first',
  'ten goi': 'first',
  first: 'first',
  'giau ten': 'anonymous',
  'an danh': 'anonymous',
  'khong hien ten': 'anonymous',
  anonymous: 'anonymous',
};

/** A code from the code itself or the name shown to residents ("Tổ dân phố số 1" → "to-1"). */
export function codeOf(value: string, list: readonly { code: string; name: string }[]): string {
  const folded = foldVietnamese(value).trim();
  return (
    list.find((item) => item.code === folded || foldVietnamese(item.name) === folded)?.code ?? value
  );
}

/** The first sentence of a story, for a summary the form did not ask for. */
export function firstSentence(story: string): string {
  const sentence = /^.+?[.!?…](?=\s|$)/su.exec(story.trim())?.[0] ?? story.trim();
  return sentence.length <= 200 ? sentence : `${sentence.slice(0, 199).trimEnd()}…`;
}

/**
 * A line of a resident's words as markdown that shows exactly those words: the characters that
 * open markup anywhere (HTML tags and entities, links, emphasis, code, tables) and the marks that
 * start a heading, list or quote at the start of a line get markdown's backslash escape, so
 * "<script>" or "[link](javascript:…)" is text, not markup. Other punctuation stays readable.
 */
export function plainMarkdown(line: string): string {
  return line
    .replace(/[\\`*_[\]<>&|~]/g, '\\$&')
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Every line of a form's answer is a paragraph of plain text. */
export function paragraphs(story: string): string {
  return story
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map(plainMarkdown)
    .join('\n\n');
}

/** What makes two submissions the same: the person and the story, however spaced or cased. */
export function submissionKey(name: string, story: string): string {
  return `${foldVietnamese(name)}\n${foldVietnamese(story)}`.replace(/\s+/g, ' ').trim();
}

export function uniqueSlug(title: string, line: number, taken: Set<string>): string {
  let base = slugFromTitle(title) || `cau-chuyen-dong-${line}`;
  if (isReservedStorySlug(base)) base = `cau-chuyen-${base}`;
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/** The story file: a comment for the reviewer, the frontmatter, the story. */
export function storyText(
  data: Record<string, unknown>,
  story: string,
  file: string,
  line: number,
) {
  const header = [
    `Nhập từ ${file}, dòng ${line}. Bản nháp chờ duyệt: đọc lại, bỏ số điện thoại, e-mail,`,
    'địa chỉ nhà nếu có, thêm ảnh (photo, photoAlt) nếu người kể gửi, rồi đổi published thành true.',
  ];
  return markdownFile({ data, header, body: paragraphs(story) });
}
