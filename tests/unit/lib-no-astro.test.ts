import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = join(import.meta.dirname, '../../src/lib');

/** Imports of astro or astro:* (astro/zod is allowed) and any use of import.meta.env. */
export function astroBindings(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/from\s+['"](astro(?::[\w-]+)?(?:\/[\w/-]+)?)['"]/g)) {
    const name = match[1] ?? '';
    if (name !== 'astro/zod') found.push(name);
  }
  if (/import\.meta\.env/.test(source)) found.push('import.meta.env');
  return found;
}

describe('src/lib needs no Astro', () => {
  it('detects the bindings it forbids', () => {
    expect(astroBindings("import { z } from 'astro/zod';")).toEqual([]);
    expect(astroBindings("import { getCollection } from 'astro:content';")).toEqual([
      'astro:content',
    ]);
    expect(astroBindings('const b = import.meta.env.BASE_URL;')).toEqual(['import.meta.env']);
  });

  it('no module in src/lib imports astro or reads import.meta.env', () => {
    const files = readdirSync(LIB, { recursive: true, encoding: 'utf8' }).filter((name) =>
      /\.(ts|js|mjs)$/.test(name),
    );
    const offenders = Object.fromEntries(
      files
        .map((name) => [name, astroBindings(readFileSync(join(LIB, name), 'utf8'))] as const)
        .filter(([, bindings]) => bindings.length > 0),
    );
    expect(offenders).toEqual({});
  });
});
