/**
 * One of each: a rule, a reader or a writer written twice drifts apart. These scans keep the story
 * rule, the CSV reader, the frontmatter writer and the pagination in one place each.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source file under the folders, with its text. */
function sources(...folders: string[]): [string, string][] {
  return folders.flatMap((folder) =>
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|astro)$/.test(file))
      .map((file) => path.join(folder, file))
      .map((file) => [file, readFileSync(file, 'utf8')] as [string, string]),
  );
}

const where = (pattern: RegExp, files: [string, string][]) =>
  files.filter(([, text]) => pattern.test(text)).map(([file]) => file);

describe('one of each', () => {
  const all = sources('src', 'scripts');

  it('only the visibility module decides whether a story is published', () => {
    const rule = /consent\s*===\s*true|!\s*consent\b|consent\s*&&\s*published/;
    expect(rule.test('const shown = data.consent === true && data.published === true;')).toBe(true);
    expect(where(rule, all)).toEqual([path.join('src', 'lib', 'content-rules', 'visibility.ts')]);
  });

  it('only csv.ts parses CSV', () => {
    expect(where(/from 'csv-parse\/sync'/, all)).toEqual([
      path.join('src', 'lib', 'tables', 'csv.ts'),
    ]);
  });

  it('only frontmatter.ts writes frontmatter, through the YAML library', () => {
    const writes = /[`'"]---\\n/;
    expect(writes.test('return `---\\n${yaml}---\\n\\n${body}`;')).toBe(true);
    expect(where(writes, all)).toEqual([
      path.join('src', 'lib', 'content-rules', 'frontmatter.ts'),
    ]);
  });

  it('one pagination component', () => {
    expect(all.map(([file]) => file).filter((file) => /Pagination\.astro$/.test(file))).toEqual([
      path.join('src', 'components', 'site', 'Pagination.astro'),
    ]);
  });
});
