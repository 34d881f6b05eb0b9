/** Reads and checks `site.yaml`, the one file that makes the site a given ward's. */
import type { z } from 'astro/zod';
import { siteConfigSchema, type SiteConfig } from '../../schemas/site.ts';
import { ContentError } from './content-errors.ts';
import { contentPath } from '../site/paths.ts';
import { parsedOnce, readTextOnce } from './read-once.ts';
import { validate } from './validate.ts';
import { parseYaml } from './yaml-source.ts';

export const SITE_FILE = 'site.yaml';

export function parseSite(source: string, file: string): SiteConfig {
  const yaml = parseYaml(source, file);
  if (yaml.problems.length) throw new ContentError(yaml.problems);
  const result = validate(siteConfigSchema, yaml.data ?? {}, { file, lineOf: yaml.lineOf });
  if (!result.ok) throw new ContentError(result.problems);
  return result.data;
}

/** site.yaml, read and checked once per version of the file (src/lib/content-rules/read-once.ts). */
export function readSite(file = contentPath(SITE_FILE)): SiteConfig {
  try {
    readTextOnce(file);
  } catch {
    throw new ContentError([
      {
        file,
        message: 'Không tìm thấy tệp này. Mỗi trang cần một tệp site.yaml trong thư mục nội dung.',
      },
    ]);
  }
  return parsedOnce(file, 'site', (source) => parseSite(source, file));
}

/**
 * One part of site.yaml (`help`, `stories.categories`) when the file as a whole has problems but
 * that part is valid on its own: the content check still checks the entries against it. Undefined
 * when the file is missing, not YAML, or the part itself is wrong.
 */
export function validSitePart<S extends z.ZodType>(
  schema: S,
  path: readonly string[],
  file = contentPath(SITE_FILE),
): z.output<S> | undefined {
  let source: string;
  try {
    source = readTextOnce(file);
  } catch {
    return undefined;
  }
  const yaml = parseYaml(source, file);
  if (yaml.problems.length) return undefined;
  let value: unknown = yaml.data;
  for (const key of path)
    value =
      value && typeof value === 'object' && Object.hasOwn(value, key)
        ? (value as Record<string, unknown>)[key]
        : undefined;
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}
