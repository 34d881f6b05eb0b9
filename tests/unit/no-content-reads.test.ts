/** The guard of tests/no-content-reads.ts (a setup file of this project) refuses reads of content/. */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';

it('fails a read of content/, and leaves every other read alone', async () => {
  expect(() => readFileSync('content/site.yaml', 'utf8')).toThrow(
    /A product test read content\/site\.yaml/,
  );
  expect(() => existsSync('./content/news')).toThrow(/never content\//);
  await expect(readFile('content/groups.csv')).rejects.toThrow(/tests read fixtures/);
  expect(readFileSync('package.json', 'utf8')).toContain('"name"');
  expect(existsSync('tests/fixtures/tan-hung/site.yaml')).toBe(true);
});
