/**
 * Puts a checked markdown entry in Astro's content store as Astro's own glob loader does
 * (astro/dist/content/loaders/glob.js): markdown rendered at once with the site's markdown
 * processor, MDX left for Vite to compile when a page renders it, pictures handed over as
 * Astro's image references. The loader (./entries.ts) has already read, parsed and checked it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig } from 'astro';
import type { Problem } from '../lib/content-rules/content-errors.ts';
import type { LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import type { FrontmatterSource } from '../lib/content-rules/yaml-source.ts';

/**
 * The mark Astro's `image()` puts on a picture's path, which its content runtime turns into an
 * optimised image. tests/unit/store-entry.test.ts checks it against the installed Astro.
 */
export const IMAGE_IMPORT_PREFIX = '__ASTRO_IMAGE_';

const imageSchemas = new WeakSet<z.ZodType>();

/**
 * The `image()` helper of the loader's schema: a path, checked as text by the loader (the picture
 * must be next to the entry), then stored as Astro's image() would store it.
 */
export function storedImage(): z.ZodString {
  const schema = z.string();
  imageSchemas.add(schema);
  return schema;
}

const fieldsOf = new WeakMap<z.ZodType, string[]>();

/** The top-level fields of a schema built with `storedImage`. */
export function imageFields(schema: z.ZodType): string[] {
  let fields = fieldsOf.get(schema);
  if (!fields) {
    const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};
    fields = Object.keys(shape).filter((key) => imageSchemas.has(unwrap(shape[key]!)));
    fieldsOf.set(schema, fields);
  }
  return fields;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (
    inner instanceof z.ZodOptional ||
    inner instanceof z.ZodNullable ||
    inner instanceof z.ZodDefault
  ) {
    inner = inner.unwrap() as z.ZodType;
  }
  return inner;
}

/**
 * What Astro's image() stores for a picture's path: a bare name next to the entry is made
 * relative ("anh.jpg" → "./anh.jpg"). The loader has checked that the picture exists.
 */
export function imageReference(value: string): string {
  const bare = !value.includes('://') && !value.startsWith('/') && !value.startsWith('.');
  return `${IMAGE_IMPORT_PREFIX}${bare ? `./${value}` : value}`;
}

type Rendered = NonNullable<Parameters<LoaderContext['store']['set']>[0]['rendered']>;
type Render = (entry: {
  id: string;
  data: Record<string, unknown>;
  body: string;
  filePath: string;
  digest: string;
}) => Promise<Rendered | undefined>;

/** What Astro knows of a kind of content file (`.md`, `.mdx`), as it gives its glob loader. */
interface EntryType {
  getRenderFunction?: (config: AstroConfig) => Promise<Render>;
}

const renderFunctions = new WeakMap<EntryType, Promise<Render>>();

/**
 * How entries of a file ending are rendered now: markdown through the site's processor; undefined
 * for MDX, which Vite compiles when a page renders it.
 */
export async function renderer(
  context: LoaderContext,
  extension: string,
): Promise<Render | undefined> {
  const types = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
  const type = types?.get(extension);
  if (!type) throw new Error(`Astro gives the content loader no entry type for ${extension} files`);
  if (!type.getRenderFunction) return undefined;
  let render = renderFunctions.get(type);
  if (!render) renderFunctions.set(type, (render = type.getRenderFunction(context.config)));
  return render;
}

export interface CheckedEntry {
  id: string;
  /** The entry's file, absolute. */
  file: string;
  /** The data, as the schema returned it. */
  data: Record<string, unknown>;
  source: FrontmatterSource;
  digest: string;
  schema: z.ZodType;
  render: Render | undefined;
}

/**
 * Stores a checked entry, rendering its markdown now. A body that cannot be rendered is a problem
 * of its file: Astro's glob loader logs it and publishes the page with an empty body.
 */
export async function storeEntry(context: LoaderContext, entry: CheckedEntry): Promise<Problem[]> {
  const { id, digest } = entry;
  const data = { ...entry.data };
  for (const field of imageFields(entry.schema)) {
    if (typeof data[field] === 'string') data[field] = imageReference(data[field]);
  }
  const root = fileURLToPath(context.config.root);
  const filePath = path.relative(root, entry.file).split(path.sep).join('/');
  const body = entry.source.body.trim();
  if (!entry.render) {
    context.store.set({ id, data, body, filePath, digest, deferredRender: true });
    return [];
  }
  let rendered: Rendered | undefined;
  try {
    const raw = entry.source.data as Record<string, unknown>;
    rendered = await entry.render({ id, data: raw, body, filePath: entry.file, digest });
  } catch (error) {
    return [renderProblem(entry.file, (error as Error).message)];
  }
  const assetImports = rendered?.metadata?.imagePaths;
  context.store.set({ id, data, body, filePath, digest, rendered, assetImports });
  return [];
}

/** A body the markdown processor could not render, in the editors' language. */
export function renderProblem(file: string, detail: string): Problem {
  const depth = /nests deeper than (\d+) levels/.exec(detail);
  const message = depth
    ? `Phần nội dung lồng quá sâu (quá ${depth[1]} lớp, ví dụ quá nhiều dấu > trích dẫn hay danh sách lồng trong danh sách), nên không dựng được trang. Bỏ bớt các dấu > hay các lớp lồng nhau.`
    : 'Không dựng được phần nội dung của bài này, nên trang sẽ trống. Kiểm tra đoạn vừa sửa (dấu >, dấu *, bảng, thẻ <…>); nếu không thấy chỗ sai, báo người phụ trách kỹ thuật.';
  return { file, message, detail };
}
