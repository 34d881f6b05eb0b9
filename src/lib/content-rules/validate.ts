/** Runs a content schema and turns its issues into problems that name the file, line and field. */
import type { z } from 'astro/zod';
import { issuePath, type Problem } from './content-errors.ts';
import { parseFrontmatter, type FrontmatterSource } from './yaml-source.ts';

export interface Where {
  file: string;
  /** The line of a field, by its path; a fixed line for a CSV row. */
  lineOf?: (path: readonly PropertyKey[]) => number | undefined;
  kind?: 'column' | 'field';
}

export type Validated<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  where: Where,
): Validated<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      // An unknown key is reported on the object that holds it: name the key itself.
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const path = keys.length === 1 ? [...issue.path, keys[0]!] : issue.path;
      return {
        file: where.file,
        line: where.lineOf?.(path),
        field: issuePath({ path }) || undefined,
        kind: where.kind ?? 'field',
        message: issue.message,
      };
    }),
  };
}

/** Checks the frontmatter of a markdown or MDX file's text against a schema. */
export function validateFrontmatter<S extends z.ZodType>(
  schema: S,
  source: string,
  file: string,
): { result: Validated<z.output<S>>; frontmatter: FrontmatterSource } {
  const frontmatter = parseFrontmatter(source, file);
  const result: Validated<z.output<S>> = frontmatter.problems.length
    ? { ok: false, problems: frontmatter.problems }
    : validate(schema, frontmatter.data, { file, lineOf: frontmatter.lineOf });
  return { result, frontmatter };
}
