/** Routes stay thin: they fetch and lay out; logic lives in src/lib, markup in components. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 120;

/** The route files of a folder over the limit, with their line counts. */
export function longRoutes(folder: string, max = MAX_LINES): Record<string, number> {
  return Object.fromEntries(
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(astro|ts)$/.test(file))
      .map((file) => [file, readFileSync(path.join(folder, file), 'utf8').split('\n').length - 1])
      .filter(([, lines]) => (lines as number) > max),
  );
}

describe('routes', () => {
  it('the check finds a route over the limit', () => {
    expect(longRoutes('src/pages', 10)).not.toEqual({});
  });

  it(`no route file is over ${MAX_LINES} lines`, () => {
    expect(longRoutes('src/pages')).toEqual({});
  });
});
