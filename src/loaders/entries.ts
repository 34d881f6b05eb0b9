/**
 * The loader of the markdown collections: each file is read once and its frontmatter parsed once
 * (src/lib/content-rules/read-once.ts, shared with the rest of the build), and checked against the schema once,
 * with the project's contract:
 * - errors name the file, the line and the field, in the editors' language, and every broken file
 *   of the folder is reported in one go (Astro's glob loader stops at the first, in English);
 * - frontmatter is read as YAML 1.2, so dates stay the text the editor typed and an impossible
 *   date is refused instead of rolling over to the next month;
 * - entries that are not public (drafts, stories without consent) are dropped from the build, so
 *   no page, feed, search index or sitemap can show them; the dev server keeps them for preview.
 *
 * It stores entries as Astro's glob loader does: markdown rendered now, MDX compiled by Vite when
 * a page renders it, and an unchanged file (same text, same closed sets) kept from the last build
 * without being parsed again. The collection's own schema in content.config.ts gives the types.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import {
  formatProblem,
  throwIfProblems,
  type Problem,
} from '../lib/content-rules/content-errors.ts';
import { markdownBodyProblems, mdxBodyProblems } from '../lib/content-rules/body-rules.ts';
import { bodyPictures } from '../lib/content-rules/body-tree.ts';
import { entrySlug, fileNameProblems } from '../lib/content-rules/file-names.ts';
import { contentPath } from '../lib/site/paths.ts';
import { pictureProblems } from '../lib/content-rules/pictures.ts';
import { placeholderProblems } from '../lib/content-rules/placeholders.ts';
import { readTextOnce } from '../lib/content-rules/read-once.ts';
import { validate } from '../lib/content-rules/validate.ts';
import {
  allowsMdx,
  isPublicEntry,
  MARKDOWN_ONLY,
  type EntryFolder,
} from '../lib/content-rules/visibility.ts';
import { readFrontmatter, type FrontmatterSource } from '../lib/content-rules/yaml-source.ts';
import { imageFields, renderer, storeEntry } from './store-entry.ts';

export interface EntriesOptions<S extends z.ZodType> {
  /** The folder inside the content folder. */
  folder: EntryFolder;
  /** The collection's schema, built with `storedImage` for `image()` (./store-entry.ts). */
  schema: S;
  /**
   * Further checks on a valid entry (privacy, for instance). (A method, so that a list of
   * collections with different schemas is one type: src/loaders/collections.ts.)
   */
  check?(entry: { file: string; data: z.output<S>; source: FrontmatterSource }): Problem[];
  /**
   * What the checks depend on besides the file (the group codes a story may name, the published
   * guides): an unchanged file is checked again when this changes.
   */
  dependsOn?: unknown;
}

export function entries<S extends z.ZodType>(options: EntriesOptions<S>): Loader {
  const { folder, schema } = options;
  const dependsOn = JSON.stringify(options.dependsOn ?? null);
  const dir = contentPath(folder);
  const isPublic = (data: unknown) => isPublicEntry(folder, data as Record<string, unknown>);
  const loads = (file: string) => loadsFile(folder, file);

  /** Problems of one file; a valid one is stored. */
  async function load(context: LoaderContext, file: string): Promise<Problem[]> {
    const full = path.join(dir, file);
    const text = readTextOnce(full);
    const id = entryId(file);
    const digest = context.generateDigest(`${text}\0${dependsOn}`);
    const kept = context.store.get(id);
    if (kept?.digest === digest && kept.filePath) {
      // Unchanged since the last build: Astro still needs to know what it imports.
      // (addAssetImports is on the store Astro passes, though not in its public type.)
      const store = context.store as typeof context.store & {
        addAssetImports(assets: string[], file: string): void;
      };
      if (kept.deferredRender) store.addModuleImport(kept.filePath);
      if (kept.assetImports?.length) store.addAssetImports(kept.assetImports, kept.filePath);
      return [];
    }
    context.store.delete(id);
    const { problems, source, valid } = await entryProblems(options, full);
    if (problems.length) return problems;
    // A build leaves out what is not public; only the dev server shows drafts, for preview.
    if (!valid) return problems;
    if (!context.watcher && !isPublic(valid)) return [];
    return storeEntry(context, {
      id,
      file: full,
      data: valid as Record<string, unknown>,
      source,
      digest,
      schema,
      render: await renderer(context, path.extname(file)),
    });
  }

  return {
    name: 'checked-entries',
    async load(context: LoaderContext) {
      const files = collectionFiles(folder);
      const stale = new Set(context.store.keys());
      for (const file of files) stale.delete(entryId(file));
      for (const id of stale) context.store.delete(id);

      // Every problem of the folder at once: names first, then each file's own.
      const problems = [
        // Every folder's .mdx files, so one run names them all whichever collection loads first.
        ...MARKDOWN_ONLY.flatMap(mdxProblems),
        ...folderProblems(folder, files),
      ];
      for (const file of files) problems.push(...(await load(context, file)));
      // The dev server watches even a folder with problems, so that fixing a file reloads it.
      if (context.watcher) watch(context, (file) => load(context, file));
      throwIfProblems(problems);
      if (context.watcher) return;

      // Drafts are previewed only by the dev server, the one run that watches files (not
      // import.meta.env.DEV: `astro build` loads content through a Vite dev server, where it is
      // true). One the dev server stored, unchanged since, is dropped here.
      for (const entry of context.store.values()) {
        if (!isPublic(entry.data)) context.store.delete(entry.id);
      }
    },
  };

  /** The dev server: a saved file is loaded again, and its problems are logged. */
  function watch(context: LoaderContext, reload: (file: string) => Promise<Problem[]>) {
    const watcher = context.watcher!;
    watcher.add(dir);
    const relative = (changed: string) => {
      const file = path.relative(dir, changed);
      return !file.startsWith('..') && loads(file) ? file : undefined;
    };
    const onChange = async (changed: string) => {
      const file = relative(changed);
      if (!file) return;
      const problems = await reload(file);
      for (const problem of problems) context.logger.error(formatProblem(problem));
      if (!problems.length) context.logger.info(`Đã nạp lại ${path.join(folder, file)}`);
    };
    watcher.on('change', onChange);
    watcher.on('add', onChange);
    watcher.on('unlink', (changed) => {
      const file = relative(changed);
      if (file) context.store.delete(entryId(file));
    });
  }
}

/**
 * Every problem of one file of the collection, at once: a frontmatter problem does not hide the
 * body's or a picture's, so one save shows them all. The loader stores the file when there are
 * none; the content check (src/loaders/all-problems.ts) runs the same on every folder up front.
 *
 * @returns the problems, the parsed frontmatter, and the schema's output when the fields are valid.
 */
export async function entryProblems<S extends z.ZodType>(
  options: Pick<EntriesOptions<S>, 'folder' | 'schema' | 'check'>,
  full: string,
): Promise<{ problems: Problem[]; source: FrontmatterSource; valid: z.output<S> | undefined }> {
  const { folder, schema, check } = options;
  const source = readFrontmatter(full);
  const mdx = full.endsWith('.mdx');
  const result = source.problems.length
    ? undefined
    : validate(schema, source.data, { file: full, lineOf: source.lineOf });
  const valid = result?.ok ? result : undefined;
  const fields = (valid?.data ?? source.data ?? {}) as Record<string, unknown>;
  // A file whose frontmatter cannot be read may be public: its body is checked as if it were.
  const isPublicFile = valid ? isPublicEntry(folder, valid.data as Record<string, unknown>) : true;
  const bodyRules = mdx ? mdxBodyProblems : markdownBodyProblems;
  const problems = [
    ...source.problems,
    ...(result && !result.ok ? result.problems : []),
    ...(valid && isPublicFile ? placeholderProblems(full, source) : []),
    // A draft is never rendered, so it may be unfinished; a public body must render as written.
    ...(isPublicFile ? bodyRules(full, source.body, source.bodyLine) : []),
    // One picture rule for every image field and every picture of the body.
    ...(await pictureProblems(full, [
      ...imageFields(schema).flatMap((field) => {
        const src = typeof fields === 'object' ? fields[field] : undefined;
        return typeof src === 'string' ? [{ src, line: source.lineOf([field]), field }] : [];
      }),
      ...bodyPictures(source.body, source.bodyLine, mdx),
    ])),
    ...(valid ? (check?.({ file: full, data: valid.data, source }) ?? []) : []),
  ];
  return { problems, source, valid: valid?.data };
}

/** The problems of a folder's file names (`files` relative to it). */
export function folderProblems(folder: EntryFolder, files: readonly string[]): Problem[] {
  return fileNameProblems(files.map((file) => contentPath(folder, file)));
}

/** An .mdx file outside guides and pages is never loaded: MDX runs code while building. */
function loadsFile(folder: EntryFolder, file: string): boolean {
  return isEntryFile(file) && (allowsMdx(folder) || file.endsWith('.md'));
}

/** The files a collection loads, relative to its folder. */
export function collectionFiles(folder: EntryFolder): string[] {
  return entryFiles(contentPath(folder)).filter((file) => loadsFile(folder, file));
}

/**
 * An entry's id, as Astro's glob loader makes it: the path without its ending, and a folder's
 * index.md stands for the folder. File names are already slugs (src/lib/content-rules/file-names.ts).
 */
function entryId(file: string): string {
  const parts = file.split(path.sep);
  parts[parts.length - 1] = entrySlug(file);
  return parts.join('/').replace(/\/index$/, '');
}

/** A markdown or MDX file that is not set aside by a `_` at the start of its name. */
function isEntryFile(file: string): boolean {
  return /\.mdx?$/.test(file) && !path.basename(file).startsWith('_');
}

/** Markdown and MDX files of the folder (recursive), relative to it, skipping `_`-prefixed ones. */
function entryFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(isEntryFile).sort();
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
