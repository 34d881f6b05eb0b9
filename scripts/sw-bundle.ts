/**
 * The service worker's code (src/sw/service-worker.ts and the Workbox modules it imports) as one
 * minified, self-contained script, made with esbuild only when what it is made from changed.
 *
 * Bundling costs seconds; the worker's code almost never changes, only the list of files it keeps
 * (written into the bundle afterwards). So the bundle is kept outside dist/ (which `astro build`
 * empties), in node_modules/.cache/service-worker/ or SW_CACHE_DIR, with its key: a hash of the
 * bundler's options (the offline page's address, and so the site's base path, among them) and
 * esbuild's version, and the hash of every file esbuild read. A rebuild hashes those files again
 * (a few dozen small ones) and reuses the bundle when nothing moved; esbuild is not even loaded.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { BuildOptions } from 'esbuild';
import { writeWhole } from './write-whole.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const ENTRY = 'src/sw/service-worker.ts';

/** Where the bundle is kept between builds. */
function cacheFile(): string {
  const dir = process.env.SW_CACHE_DIR ?? path.join(ROOT, 'node_modules/.cache/service-worker');
  return path.resolve(dir, 'worker.json');
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

/** The bundler's options, with the worker's settings as constants (see the worker's source). */
function bundleOptions(offlineURL: string): BuildOptions & { metafile: true; write: false } {
  return {
    entryPoints: [ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    format: 'iife',
    // As Workbox's own generateSW: the oldest Chrome with everything a worker here needs.
    target: 'chrome56',
    minify: true,
    // As generateSW's terser: Workbox's internal names (_name, name_) shortened too, but not the
    // placeholder the list of files replaces.
    mangleProps: /(^_|_$)/,
    reserveProps: /^__WB_MANIFEST$/,
    legalComments: 'none',
    write: false,
    metafile: true,
    // Workbox's production build: no development logging or assertions.
    define: {
      'process.env.NODE_ENV': JSON.stringify('production'),
      OFFLINE_URL: JSON.stringify(offlineURL),
    },
  };
}

/** esbuild's version, read from its package without loading it. */
function esbuildVersion(): string {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('esbuild/package.json'), 'utf8')).version;
}

/**
 * The worker's code, with `self.__WB_MANIFEST` still in it; `reused` says whether it came from the
 * cache. `cache: false` bundles anew (and keeps the result).
 */
export async function workerBundle(
  offlineURL: string,
  { cache = true } = {},
): Promise<{ code: string; reused: boolean }> {
  const options = bundleOptions(offlineURL);
  const key = hash(JSON.stringify({ esbuild: esbuildVersion(), options }));
  const file = cacheFile();
  if (cache && existsSync(file)) {
    const cached = readCached(await readFile(file, 'utf8'));
    const inputs = cached && hashInputs(Object.keys(cached.inputs));
    if (cached?.key === key && JSON.stringify(inputs) === JSON.stringify(cached.inputs))
      return { code: cached.code, reused: true };
  }

  const { build } = await import('esbuild');
  const result = await build(options);
  const inputs = hashInputs(Object.keys(result.metafile.inputs).sort());
  if (!inputs) throw new Error('service worker: an input of the bundle vanished while bundling');
  const code = result.outputFiles[0]!.text;
  const entry: Cached = { key, inputs, code };
  await writeWhole(file, JSON.stringify(entry));
  return { code, reused: false };
}
