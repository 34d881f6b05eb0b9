/**
 * Scripts bundled by esbuild at build time (the service worker, the editor's guard and save check),
 * made only when what they are made from changed.
 *
 * Bundling costs seconds; the code almost never changes. So a bundle is kept outside dist/ (which
 * `astro build` empties), in node_modules/.cache/bundles/ of the site folder (or BUNDLE_CACHE_DIR), with its key: a
 * hash of the bundler's options and esbuild's version, and the hash of every file esbuild read. A
 * rebuild hashes those files again and reuses the bundle when nothing moved; esbuild is not even
 * loaded.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { BuildOptions } from 'esbuild';
import { cacheDir } from './paths.ts';
import { writeWhole } from './write-whole.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Where a bundle is kept between builds. */
function cacheFile(name: string): string {
  const dir = process.env.BUNDLE_CACHE_DIR ?? cacheDir('bundles');
  return path.resolve(dir, `${name}.json`);
}

interface Cached {
  /** Hash of the bundler's version and its options. */
  key: string;
  /** Every file esbuild read (relative to the project), with its content's hash. */
  inputs: Record<string, string>;
  code: string;
}

/** The kept bundle, or undefined if the file is not one (cut short, say): then it is made again. */
function readCached(text: string): Cached | undefined {
  try {
    const cached = JSON.parse(text);
    return typeof cached?.code === 'string' && cached.inputs ? cached : undefined;
  } catch {
    return undefined;
  }
}

const hash = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** The current hash of each input, or undefined once one is missing. */
function hashInputs(files: string[]): Record<string, string> | undefined {
  const hashes: Record<string, string> = {};
  for (const file of files) {
    const absolute = path.join(ROOT, file);
    if (!existsSync(absolute)) return undefined;
    hashes[file] = hash(readFileSync(absolute));
  }
  return hashes;
}

/** esbuild's version, read from its package without loading it. */
function esbuildVersion(): string {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('esbuild/package.json'), 'utf8')).version;
}

/**
 * One script bundled by esbuild with `options` (one entry point, `write: false`), kept as `name`
 * and reused while its inputs and the options are unchanged.
 */
export async function cachedBundle(
  name: string,
  options: BuildOptions & { metafile: true; write: false },
  { cache = true } = {},
): Promise<{ code: string; reused: boolean }> {
  const key = hash(JSON.stringify({ esbuild: esbuildVersion(), options }));
  const file = cacheFile(name);
  if (cache && existsSync(file)) {
    const cached = readCached(await readFile(file, 'utf8'));
    const inputs = cached && hashInputs(Object.keys(cached.inputs));
    if (cached?.key === key && JSON.stringify(inputs) === JSON.stringify(cached.inputs))
      return { code: cached.code, reused: true };
  }

  // Required, not imported: in the build's integrations, import() goes through Vite's module
  // runner, which is closed by the time the last hook runs.
  const { build } = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  const result = await build(options);
  // Files only: a plugin's modules (namespace:path) and defines (<define:NAME>) are made by the
  // options, which are part of the key.
  const files = Object.keys(result.metafile.inputs).filter(
    (input) => !/^[a-z-]+:/.test(input) && !input.startsWith('<'),
  );
  const inputs = hashInputs(files.sort());
  if (!inputs) throw new Error(`${name}: an input of the bundle vanished while bundling`);
  const code = result.outputFiles[0]!.text;
  const entry: Cached = { key, inputs, code };
  await writeWhole(file, JSON.stringify(entry));
  return { code, reused: false };
}
