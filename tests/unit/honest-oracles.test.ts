/**
 * Tests that compare what people get (built pages, PDFs, a browser) with what the content says work
 * out their expected figures by hand, in the test or its fixture: if they called the code under
 * test to compute them, a wrong rule would agree with itself and pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The modules whose rules those tests check, and must not borrow. */
const UNDER_TEST = [
  'tables/participation',
  'tables/progress-feed',
  'city/rollup',
  'security/security-headers',
  'security/inline-code',
  'security/critical-css',
];

/** The forbidden imports of a test file's source. */
export function borrowedOracles(source: string): string[] {
  return [...source.matchAll(/from\s+['"]([^'"]+)['"]/g)]
    .map((match) => match[1]!)
    .filter((from) =>
      UNDER_TEST.some((name) => new RegExp(`/src/lib/${name}(\\.ts)?$`).test(from)),
    );
}

describe('tests outside tests/unit compute no expected figure with the code under test', () => {
  it('the scan finds a borrowed rule', () => {
    expect(
      borrowedOracles("import { formatPercent } from '../../src/lib/tables/participation.ts';"),
    ).toEqual(['../../src/lib/tables/participation.ts']);
    expect(borrowedOracles("import { formatDate } from '../../src/lib/site/dates.ts';")).toEqual(
      [],
    );
  });

  it('no build, browser or print test imports participation, CSP hashing or critical CSS', () => {
    const found = ['tests/build', 'tests/e2e', 'tests/print', 'tests']
      .flatMap((folder) =>
        readdirSync(folder, { withFileTypes: true })
          .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
          .map((entry) => path.join(folder, entry.name)),
      )
      .flatMap((file) =>
        borrowedOracles(readFileSync(file, 'utf8')).map((from) => `${file}: ${from}`),
      );
    expect(found).toEqual([]);
  });
});
