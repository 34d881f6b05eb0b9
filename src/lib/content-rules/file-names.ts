/**
 * One file-name rule for every collection's entries: a file's name is its address, so it is
 * lower-case ASCII letters, digits and single hyphens ("ba-toi-hoc-goi-video.md"), with Vietnamese
 * folded without accents and đ to d. No two files of a folder may make the same address
 * ("x.md" beside "x.mdx").
 */
import path from 'node:path';
import type { Problem } from './content-errors.ts';
import { slugFromTitle } from './text.ts';

export const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The longest address part of a file name, in characters: a long title still gives an address that
 * fits a poster line, and a file name any disk accepts (the editor caps its names the same way).
 */
export const MAX_SLUG_LENGTH = 80;

/** A slug cut to {@link MAX_SLUG_LENGTH}, at a hyphen where one is near the end. */
export function cappedSlug(slug: string, max = MAX_SLUG_LENGTH): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > max / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}

/** The address part of an entry's file name: its name without the .md or .mdx ending. */
export function entrySlug(file: string): string {
  return path.basename(file).replace(/\.mdx?$/, '');
}

/** The name a file should have: "Tin Ngày hội.md" → "tin-ngay-hoi". */
export function suggestedName(file: string): string {
  return slugFromTitle(entrySlug(file).normalize('NFC'));
}

/** Problems with the names of one folder's entry files (absolute paths). */
export function fileNameProblems(files: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map<string, string>();
  for (const file of [...files].sort()) {
    const slug = entrySlug(file);
    const ending = path.extname(file);
    if (!FILE_NAME.test(slug)) {
      const better = suggestedName(file) || 'ten-bai-viet';
      problems.push({
        file,
        message: `Tên tệp "${path.basename(file)}" không dùng được làm địa chỉ trang. Chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang: đổi tên thành ${better}${ending}`,
      });
      continue;
    }
    const first = bySlug.get(slug);
    if (first) {
      problems.push({
        file,
        message: `Tệp này và ${path.basename(first)} cùng làm ra một địa chỉ trang (${slug}). Giữ một tệp, xóa hoặc đổi tên tệp kia.`,
      });
      continue;
    }
    bySlug.set(slug, file);
  }
  return problems;
}
