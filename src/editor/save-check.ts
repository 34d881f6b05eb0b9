/**
 * What the editor is about to commit, checked as the build will check it (bundled by
 * src/lib/editor/cms-scripts.ts as save-check.js, loaded by guard.js the first time something is saved):
 * an entry's frontmatter by its collection's schema, site.yaml by the site's, a table by the
 * build's readers and rules (as the table checker does). The messages are the build's own, naming
 * the file, the line and the field. Checks that need the whole repository (a picture's file, a
 * guide's components) are left to the build, which reports them after publishing.
 *
 * What the checks need from the content (group codes, story categories, the target) is read at
 * build time into save-check.json, next to the script.
 */
import '../components/tables/buffer-global.ts';
import { z } from 'astro/zod';
import { formatProblemAs, type Problem } from '../lib/content-rules/content-errors.ts';
import { checkTableFile, kindOfFile } from '../lib/tables/check.ts';
import { validate, validateFrontmatter } from '../lib/content-rules/validate.ts';
import { parseYaml } from '../lib/content-rules/yaml-source.ts';
import { folderSchemas } from '../schemas/folders.ts';
import { siteConfigSchema } from '../schemas/site.ts';

/** What the build wrote into save-check.json. */
export interface SaveCheckContext {
  groups: { code: string; name: string }[];
  /** The groups table's file, named in messages about unknown group codes. */
  groupsFile: string;
  categories: string[];
  /** The households' target, in percent. */
  target: number;
}

/** Checks a commit's added files (base64, as GitHub's API takes them); the problems, as text. */
export type SaveCheck = (additions: { path: string; contents: string }[]) => Promise<string[]>;

const picture = () => z.string();

function schemas(context: SaveCheckContext): Record<string, z.ZodType> {
  return folderSchemas(
    picture,
    context.groups.map((group) => group.code),
    context.categories,
  );
}

const ENTRY = /^content\/([^/]+)\/[^/]+\.mdx?$/;

async function problemsOf(
  path: string,
  bytes: Uint8Array,
  context: SaveCheckContext,
): Promise<Problem[]> {
  const kind = kindOfFile(path.replace(/^content\//, ''));
  if (kind && /^content\/[^/]+$/.test(path))
    return (await checkTableFile(bytes, path, kind, context)).problems;
  const text = new TextDecoder().decode(bytes);
  if (path === 'content/site.yaml') {
    const yaml = parseYaml(text, path);
    if (yaml.problems.length) return yaml.problems;
    const result = validate(siteConfigSchema, yaml.data ?? {}, { file: path, lineOf: yaml.lineOf });
    return result.ok ? [] : result.problems;
  }
  const schema = schemas(context)[ENTRY.exec(path)?.[1] ?? ''];
  if (!schema) return [];
  const { result } = validateFrontmatter(schema, text, path);
  return result.ok ? [] : result.problems;
}

/** The problems of a commit's added files (base64, as GitHub's API takes them), as text lines. */
export async function checkAdditions(
  additions: readonly { path: string; contents: string }[],
  context: SaveCheckContext,
): Promise<string[]> {
  const messages: string[] = [];
  for (const { path, contents } of additions) {
    const bytes = Uint8Array.from(atob(contents), (char) => char.charCodeAt(0));
    for (const problem of await problemsOf(path, bytes, context))
      messages.push(`- ${formatProblemAs(problem, path)}`);
  }
  return messages;
}

let context: Promise<SaveCheckContext> | undefined;

// In the editor's page, the check guard.js calls, with the context read once from beside it.
(globalThis as { cmsSaveCheck?: SaveCheck }).cmsSaveCheck = async (additions) => {
  context ??= fetch(new URL('save-check.json', document.baseURI)).then(
    (response) => response.json() as Promise<SaveCheckContext>,
  );
  return checkAdditions(additions, await context);
};
