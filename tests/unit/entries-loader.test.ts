/**
 * The markdown loader reads each file once, parses its frontmatter once and runs the schema once,
 * stores what the schema returned as Astro's glob loader would, and skips a file that has not
 * changed since the last build. Driven with a stand-in for the context Astro gives a loader.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_WARD } from '../sample-ward.ts';

const counts = vi.hoisted(() => ({ reads: [] as string[], yaml: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = (...args: Parameters<typeof fs.readFileSync>) => {
    counts.reads.push(path.basename(String(args[0])));
    return fs.readFileSync(...args);
  };
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});
vi.mock('yaml', async (importOriginal) => {
  const yaml = await importOriginal<typeof import('yaml')>();
  const parseDocument = ((...args: Parameters<typeof yaml.parseDocument>) => {
    counts.yaml++;
    return yaml.parseDocument(...args);
  }) as typeof yaml.parseDocument;
  return { ...yaml, parseDocument };
});

const root = mkdtempSync(path.join(tmpdir(), 'loader-'));
const news = path.join(root, 'content/news');
mkdirSync(news, { recursive: true });
process.env.SITE_CONTENT = path.join(root, 'content');

const { entries } = await import('../../src/loaders/entries.ts');
const { storedImage } = await import('../../src/loaders/store-entry.ts');
const { forgetReads } = await import('../../src/lib/content-rules/read-once.ts');
const { newsSchema } = await import('../../src/schemas/news.ts');

const schema = newsSchema(storedImage);
const safeParse = vi.spyOn(schema, 'safeParse');

function item(title: string, extra = ''): string {
  return `---\ntitle: ${title}\ndate: 2025-11-03\nsummary: Tóm tắt.\n${extra}---\n\nNội dung ${title}.\n`;
}

/** A stand-in for the store and context Astro passes to a loader. */
function context() {
  const stored = new Map<string, Record<string, unknown>>();
  const rendered: string[] = [];
  const render = async ({ body }: { body: string }) => {
    rendered.push(body);
    return { html: `<p>${body}</p>` };
  };
  const store = {
    get: (id: string) => stored.get(id),
    set: (entry: { id: string }) => Boolean(stored.set(entry.id, entry)),
    delete: (id: string) => void stored.delete(id),
    keys: () => [...stored.keys()],
    values: () => [...stored.values()],
    addModuleImport: () => {},
    addAssetImports: () => {},
  };
  const value = {
    collection: 'news',
    store,
    config: { root: pathToFileURL(`${root}/`) },
    logger: { error: vi.fn(), info: vi.fn(), warn: vi.fn() },
    generateDigest: (data: unknown) => createHash('sha1').update(String(data)).digest('hex'),
    entryTypes: new Map([['.md', { getRenderFunction: async () => render }]]),
  } as unknown as LoaderContext;
  return { value, stored, rendered };
}

/** A new build: a fresh process has read nothing yet. */
async function build(ctx: LoaderContext, dependsOn?: unknown) {
  forgetReads();
  counts.reads.length = 0;
  counts.yaml = 0;
  safeParse.mockClear();
  await entries({ folder: 'news', schema, dependsOn }).load(ctx);
}

describe('the markdown loader', () => {
  beforeEach(() => {
    // A real picture: the loader checks every picture (src/lib/content-rules/pictures.ts).
    copyFileSync(path.join(SAMPLE_WARD, 'news/mo-cuoc-thi.jpg'), path.join(news, 'anh.jpg'));
    writeFileSync(path.join(news, 'co-anh.md'), item('Có ảnh', 'cover: anh.jpg\ncoverAlt: Ảnh.\n'));
    writeFileSync(path.join(news, 'nhap.md'), item('Nháp', 'draft: true\n'));
  });

  it('reads, parses and checks each file once, and stores what the schema returned', async () => {
    const { value, stored, rendered } = context();
    await build(value);
    expect(counts.reads.sort()).toEqual(['co-anh.md', 'nhap.md']);
    expect(counts.yaml).toBe(2);
    expect(safeParse).toHaveBeenCalledTimes(2);
    // The draft is neither rendered nor stored; the picture is handed over as Astro's image() would.
    expect([...stored.keys()]).toEqual(['co-anh']);
    expect(stored.get('co-anh')).toMatchObject({
      data: { title: 'Có ảnh', cover: '__ASTRO_IMAGE_./anh.jpg', tags: [], draft: false },
      body: 'Nội dung Có ảnh.',
      filePath: 'content/news/co-anh.md',
      rendered: { html: '<p>Nội dung Có ảnh.</p>' },
    });
    expect(rendered).toEqual(['Nội dung Có ảnh.']);
  });

  it('on the next build, reads an unchanged file without parsing or checking it again', async () => {
    const { value, stored, rendered } = context();
    await build(value);
    await build(value);
    expect(counts.reads.sort()).toEqual(['co-anh.md', 'nhap.md']);
    // Only the draft, which a build does not keep, is parsed again.
    expect(counts.yaml).toBe(1);
    expect(safeParse).toHaveBeenCalledTimes(1);
    expect(rendered).toHaveLength(1);
    expect([...stored.keys()]).toEqual(['co-anh']);

    writeFileSync(
      path.join(news, 'co-anh.md'),
      item('Tin đã sửa', 'cover: anh.jpg\ncoverAlt: Ảnh.\n'),
    );
    await build(value);
    expect(counts.yaml).toBe(2);
    expect(stored.get('co-anh')?.data).toMatchObject({ title: 'Tin đã sửa' });
  });

  it('checks an unchanged file again when what its checks depend on changes', async () => {
    const { value } = context();
    await build(value, ['to-1', 'to-2']);
    await build(value, ['to-1']);
    expect(safeParse).toHaveBeenCalledTimes(2);
  });

  it('names every broken file of the folder in one go, and keeps none of them', async () => {
    const { value, stored } = context();
    await build(value);
    writeFileSync(
      path.join(news, 'co-anh.md'),
      '---\ntitle: "Chưa đóng ngoặc\ndate: 2025-11-03\n---\n',
    );
    writeFileSync(path.join(news, 'thieu-tom-tat.md'), '---\ntitle: Tin\ndate: 2025-11-03\n---\n');
    const error = await build(value).then(
      () => undefined,
      (thrown: unknown) => thrown as Error,
    );
    expect(error?.message.split('\n').slice(1)).toEqual([
      expect.stringMatching(/co-anh\.md, dòng 3: YAML sai cú pháp/),
      expect.stringMatching(/thieu-tom-tat\.md, dòng 2, trường "summary": Thiếu tóm tắt/),
    ]);
    expect([...stored.keys()]).toEqual([]);
  });
});
