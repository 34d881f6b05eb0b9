/**
 * Each content file is read once per build: every markdown, MDX, table and YAML file of a ward's
 * content, whichever part of the build wants it (Astro's config, the content loaders, the
 * editor's configuration, the production build's sample check). Reads are logged by wrapping
 * node:fs in the build's own process (./read-log.ts).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { astro, copyContent } from './astro.ts';

it('a production build reads each content file once', () => {
  // The Việt Hòa ward, made ready for production as in retarget.test.ts.
  const dir = copyContent('tests/fixtures/viet-hoa');
  const site = path.join(dir, 'site.yaml');
  writeFileSync(site, readFileSync(site, 'utf8').replace('  urlIsSample: true\n', ''));
  const groups = path.join(dir, 'groups.csv');
  writeFileSync(groups, readFileSync(groups, 'utf8').replace(/,x$/gm, ','));
  // A guide (MDX), and a question that names it: the guide is wanted by the question's check, the
  // editor's configuration and its own collection.
  mkdirSync(path.join(dir, 'guides'));
  writeFileSync(
    path.join(dir, 'guides/tao-tai-khoan.mdx'),
    '---\ntitle: Tạo tài khoản\nsummary: Đăng ký bằng số điện thoại.\norder: 1\nupdated: 2025-10-12\n---\n\nBước một.\n',
  );
  mkdirSync(path.join(dir, 'self-check'));
  writeFileSync(
    path.join(dir, 'self-check/tai-khoan-1.md'),
    '---\nquestion: "Đăng ký tài khoản bằng gì?"\nchoices:\n  - "Số điện thoại"\n  - "Thư tay"\nanswer: 1\nexplanation: "Bằng số điện thoại."\nguide: tao-tai-khoan\n---\n',
  );

  const outDir = mkdtempSync(path.join(tmpdir(), 'read-once-'));
  const log = path.join(outDir, '..', `${path.basename(outDir)}.log`);
  const run = astro(['build', '--outDir', outDir], {
    SITE_CONTENT: dir,
    SITE_ENV: 'production',
    // As on GitHub Actions, which names the repository the editor saves to.
    GITHUB_REPOSITORY: 'phuong-thu-nghiem/cong-dan-so',
    READ_LOG: log,
    READ_LOG_DIR: dir,
    // Added to the guard against content/ reads (tests/no-content-reads.ts), not in its place.
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${path.resolve('tests/build/read-log.ts')}`,
  });
  expect(run.status, run.output).toBe(0);

  const reads: Record<string, number> = {};
  for (const file of readFileSync(log, 'utf8').split('\n').filter(Boolean)) {
    reads[file] = (reads[file] ?? 0) + 1;
  }
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.(md|mdx|csv|xlsx|yaml|yml)$/.test(file),
  );
  // A positive control: the log holds the files read.
  expect(files).toEqual(expect.arrayContaining(['site.yaml', 'groups.csv']));
  expect(files.some((file) => file.endsWith('.mdx'))).toBe(true);
  expect(files.some((file) => file.endsWith('.md'))).toBe(true);
  expect(reads).toEqual(Object.fromEntries(files.map((file) => [file, 1])));
});
