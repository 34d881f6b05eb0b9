/**
 * Astro's glob loader, with the project's contract on top:
 * - frontmatter is checked against the schema with errors that name the file, the line and the
 *   field, in the editors' language, and every broken file is reported in one go;
 * - frontmatter is read as YAML 1.2, so dates stay the text the editor typed and an impossible
 *   date is refused instead of rolling over to the next month;
 * - entries that are not public (drafts, stories without consent) are dropped from the build, so
 *   no page, feed, search index or sitemap can show them; the dev server keeps them for preview.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { throwIfProblems, type Problem } from '../lib/content-errors.ts';
import { contentPath } from '../lib/paths.ts';
import { validateFrontmatter } from '../lib/validate.ts';
import { isPublicEntry, type EntryFolder } from '../lib/visibility.ts';
import type { FrontmatterSource } from '../lib/yaml-source.ts';

export interface EntriesOptions<S extends z.ZodType> {
  /** The folder inside the content folder. */
  folder: EntryFolder;
  /** The collection's schema, built with a plain string for `image()`: used to report errors. */
  schema: S;
  /** Further checks on a valid entry (privacy, for instance). */
  check?: (entry: { file: string; data: z.output<S>; source: FrontmatterSource }) => Problem[];
}

/**
 * True in `astro dev`, where drafts are previewed. The mode, not `DEV`: `DEV` follows NODE_ENV, so
 * a build run with NODE_ENV=development or test (a shell, a test runner) would publish drafts and
 * stories without consent.
 */
const previewing = import.meta.env.MODE === 'development';

export function entries<S extends z.ZodType>(options: EntriesOptions<S>): Loader {
  const { folder, schema, check } = options;
  const isPublic = (data: unknown) => isPublicEntry(folder, data as Record<string, unknown>);
  const inner = glob({ pattern: '**/[^_]*.{md,mdx}', base: contentPath(folder) });

  return {
    name: 'checked-entries',
    async load(context: LoaderContext) {
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
        const found = check?.({ file, data: result.data, source: frontmatter }) ?? [];
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

      if (previewing) return;
      for (const entry of context.store.values()) {
        if (!isPublic(entry.data)) context.store.delete(entry.id);
      }
    },
  };
}
