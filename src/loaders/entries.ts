/**
 * Astro's glob loader, with the project's contract on top:
 * - frontmatter is checked against the schema with errors that name the file, the line and the
 *   field, in the editors' language, and every broken file is reported in one go;
 * - frontmatter is read as YAML 1.2, so dates stay the text the editor typed and an impossible
 *   date is refused instead of rolling over to the next month;
 * - entries that are not public (drafts, stories without consent) are dropped from the build, so
 *   no page, feed, search index or sitemap can show them; the dev server keeps them for preview.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { throwIfProblems, type Problem } from '../lib/content-errors.ts';
import { missingBodyImages } from '../lib/attachments.ts';
import { fileNameProblems } from '../lib/file-names.ts';
import { contentPath } from '../lib/paths.ts';
import { placeholderProblems } from '../lib/placeholders.ts';
import { validateFrontmatter } from '../lib/validate.ts';
import { allowsMdx, isPublicEntry, MARKDOWN_ONLY, type EntryFolder } from '../lib/visibility.ts';
import { parseFrontmatter, type FrontmatterSource } from '../lib/yaml-source.ts';

export interface EntriesOptions<S extends z.ZodType> {
  /** The folder inside the content folder. */
  folder: EntryFolder;
  /** The collection's schema, built with a plain string for `image()`: used to report errors. */
  schema: S;
  /** Further checks on a valid entry (privacy, for instance). */
  check?: (entry: { file: string; data: z.output<S>; source: FrontmatterSource }) => Problem[];
}

export function entries<S extends z.ZodType>(options: EntriesOptions<S>): Loader {
  const { folder, schema, check } = options;
  const isPublic = (data: unknown) => isPublicEntry(folder, data as Record<string, unknown>);
  // An .mdx file outside guides and pages is never handed to Astro: MDX runs code while building.
  const pattern = allowsMdx(folder) ? '**/[^_]*.{md,mdx}' : '**/[^_]*.md';
  const inner = glob({ pattern, base: contentPath(folder) });

  return {
    name: 'checked-entries',
    async load(context: LoaderContext) {
      // Astro's glob parses frontmatter itself and stops at the first YAML syntax error with an
      // English message; check the syntax first, so every broken file is named, in Vietnamese.
      // Every folder's .mdx files, so one run names them all whichever collection loads first.
      throwIfProblems([
        ...MARKDOWN_ONLY.flatMap(mdxProblems),
        ...fileNameProblems(
          entryFiles(contentPath(folder)).map((file) => contentPath(folder, file)),
        ),
        ...yamlSyntaxProblems(contentPath(folder)),
      ]);

      const problems: Problem[] = [];
      const broken = new Set<string>();

      const parseData: LoaderContext['parseData'] = async (props) => {
        const file = props.filePath ? path.resolve(props.filePath) : contentPath(folder, props.id);
        const { result, frontmatter } = validateFrontmatter(
          schema,
          readFileSync(file, 'utf8'),
          file,
        );
        if (!result.ok) {
          problems.push(...result.problems);
          broken.add(props.id);
          return props.data;
        }
        const found = [
          ...(isPublic(result.data) ? placeholderProblems(file, frontmatter) : []),
          ...missingBodyImages(file, frontmatter.body, frontmatter.bodyLine),
          ...(check?.({ file, data: result.data, source: frontmatter }) ?? []),
        ];
        if (found.length) {
          problems.push(...found);
          broken.add(props.id);
        }
        return context.parseData({ ...props, data: frontmatter.data as typeof props.data });
      };

      await inner.load({ ...context, parseData });

      // A broken entry must not stay in the store: an unchanged file is not checked again.
      for (const id of broken) context.store.delete(id);
      throwIfProblems(problems);

      // Drafts are previewed only by the dev server, the one run that watches files. Not
      // import.meta.env.DEV: `astro build` loads content through a Vite dev server, where it is true.
      if (context.watcher) return;
      for (const entry of context.store.values()) {
        if (!isPublic(entry.data)) context.store.delete(entry.id);
      }
    },
  };
}

/** Markdown files of the folder (recursive), relative to it, skipping `_`-prefixed ones. */
function entryFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
      (file) => /\.mdx?$/.test(file) && !path.basename(file).startsWith('_'),
    );
  } catch {
    return [];
  }
}

/** One problem per .mdx file in a folder that takes markdown only. */
export function mdxProblems(folder: EntryFolder): Problem[] {
  if (allowsMdx(folder)) return [];
  return entryFiles(contentPath(folder))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({
      file: contentPath(folder, file),
      message: `Thư mục ${folder} chỉ nhận tệp .md (MDX có thể chạy mã khi dựng trang). Đổi đuôi tệp thành .md; nếu trong bài có thẻ hay lệnh dạng <...> hoặc import, xóa chúng, chỉ giữ chữ và định dạng markdown.`,
    }));
}

/** YAML syntax errors in the frontmatter of the folder's markdown files, with their lines. */
function yamlSyntaxProblems(folder: string): Problem[] {
  return entryFiles(folder).flatMap((file) => {
    const full = path.join(folder, file);
    return parseFrontmatter(readFileSync(full, 'utf8'), full).problems;
  });
}
