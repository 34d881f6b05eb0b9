/**
 * The self-check's rules that need no Astro: which guides a question may name (the published
 * ones, read from the guides folder), and how the browser draws and scores a set of questions.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../content-rules/content-errors.ts';
import { isPublicEntry } from '../content-rules/visibility.ts';
import { readFrontmatter, type FrontmatterSource } from '../content-rules/yaml-source.ts';

/** The guides a question may point at: the published ones in `folder`, by file name without extension. */
export function publicGuideIds(folder: string): string[] {
  let files: string[];
  try {
    files = readdirSync(folder, { encoding: 'utf8' });
  } catch {
    return [];
  }
  return files
    .filter((file) => /\.mdx?$/.test(file) && !file.startsWith('_'))
    .filter((file) => {
      const full = path.join(folder, file);
      const data = (readFrontmatter(full).data ?? {}) as {
        draft?: unknown;
      };
      return isPublicEntry('guides', data);
    })
    .map((file) => file.replace(/\.mdx?$/, ''))
    .sort();
}

/** A question naming a guide that is not published would link to nothing: say which exist. */
export function unknownGuide(
  file: string,
  guide: string,
  guides: readonly string[],
  source: Pick<FrontmatterSource, 'lineOf'>,
): Problem[] {
  if (guides.includes(guide)) return [];
  return [
    {
      file,
      line: source.lineOf(['guide']),
      field: 'guide',
      message: `Không có hướng dẫn "${guide}" (hoặc hướng dẫn đó còn là bản nháp). Ghi tên tệp của một hướng dẫn trong content/guides, không có đuôi .mdx: ${guides.join(', ')}.`,
    },
  ];
}
