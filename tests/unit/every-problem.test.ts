/**
 * Every problem of a file at once (src/loaders/entries.ts): a frontmatter problem no longer hides
 * the body's or a picture's, so one save shows all three instead of one per save.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { expect, it, vi } from 'vitest';

const root = mkdtempSync(path.join(tmpdir(), 'every-problem-'));
const news = path.join(root, 'content/news');
mkdirSync(news, { recursive: true });
process.env.SITE_CONTENT = path.join(root, 'content');

const { entries } = await import('../../src/loaders/entries.ts');
const { storedImage } = await import('../../src/loaders/store-entry.ts');
const { ContentError, formatProblem } =
  await import('../../src/lib/content-rules/content-errors.ts');
const { newsSchema } = await import('../../src/schemas/news.ts');

it('lists the frontmatter, the body and every picture of a file in one run', async () => {
  writeFileSync(
    path.join(news, 'tin.md'),
    [
      '---',
      'title: Tin',
      'date: 2025-13-45', // line 3: no such day
      'summary: Tóm tắt.',
      'cover: ./bia.jpg', // line 5: no such picture
      'coverAlt: Bìa tin',
      '---',
      '',
      '![](./anh.jpg)', // line 9: no description, no such picture
      '',
    ].join('\n'),
  );
  const store = new Map<string, unknown>();
  const context = {
    collection: 'news',
    store: {
      get: (id: string) => store.get(id),
      set: () => true,
      delete: (id: string) => void store.delete(id),
      keys: () => [...store.keys()],
      values: () => [...store.values()],
    },
    config: { root: pathToFileURL(`${root}/`) },
    logger: { error: vi.fn(), info: vi.fn(), warn: vi.fn() },
    generateDigest: (data: unknown) => String(data).length.toString(),
  } as unknown as LoaderContext;
  let problems: string[] = [];
  try {
    await entries({ folder: 'news', schema: newsSchema(storedImage) }).load(context);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems = error.problems.map((problem) => formatProblem(problem).replace(`${root}/`, ''));
  }
  expect(problems.map((problem) => problem.split(': ')[0])).toEqual([
    'content/news/tin.md, dòng 3, trường "date"',
    'content/news/tin.md, dòng 5, trường "cover"',
    'content/news/tin.md, dòng 9',
    'content/news/tin.md, dòng 9',
  ]);
  expect(problems[1]).toContain('Ảnh "./bia.jpg" không có trong thư mục news/');
  expect(problems.slice(2).join('\n')).toContain('chưa có mô tả');
  expect(problems.slice(2).join('\n')).toContain('Ảnh "./anh.jpg" không có trong thư mục news/');
});
