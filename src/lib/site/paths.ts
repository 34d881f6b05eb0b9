/**
 * Where things live. Two folders, which are one in this repository:
 * - the **site folder** (`siteRoot()`), where the `cong-dan-so` command runs: the ward's
 *   `content/` (or `SITE_CONTENT`), the built `dist/`, and the caches under `node_modules/.cache/`;
 * - the **product folder** (`productRoot()`): the product's own `src/`, `public/` and `scripts/`,
 *   the installed package in a ward's repository. The command names it in `CONG_DAN_SO_PRODUCT`
 *   for every process it starts; in this repository it is the working directory.
 *
 * Paths are resolved from these, not from `import.meta.url`: this module is bundled by Vite
 * during the build, where `import.meta.url` does not point at `src/`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The folder the site is built in: the ward's repository (the working directory). */
export function siteRoot(): string {
  return process.cwd();
}

/** The product's own folder: src/, public/, scripts/ (the installed package in a ward). */
export function productRoot(): string {
  const fromEnv = process.env.CONG_DAN_SO_PRODUCT?.trim();
  return fromEnv ? path.resolve(fromEnv) : siteRoot();
}

/** Absolute path of a file of the product's own (`src/styles/global.css`, `public/_headers`). */
export function productPath(...segments: string[]): string {
  return path.join(productRoot(), ...segments);
}

/**
 * The folder of an installed npm package, found as Node finds it: in `node_modules/` of the
 * product's folder or of any folder above it (a ward's install hoists the product's dependencies
 * to the ward's own `node_modules/`). Some packages export no `package.json` to resolve.
 */
export function packageDir(name: string): string {
  for (let dir = productRoot(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`npm package ${name} is not installed`);
  }
}

/** A folder of kept results between builds, in the site folder's `node_modules/.cache/`. */
export function cacheDir(name: string): string {
  return path.join(siteRoot(), 'node_modules', '.cache', name);
}

/** Absolute path of the content folder. */
export function contentDir(): string {
  const fromEnv = process.env.SITE_CONTENT?.trim();
  return path.resolve(siteRoot(), fromEnv || 'content');
}

/** Absolute path of a file or folder inside the content folder. */
export function contentPath(...segments: string[]): string {
  return path.join(contentDir(), ...segments);
}

/** A path as an editor sees it in messages: relative to the site folder, with forward slashes. */
export function displayPath(file: string): string {
  const relative = path.relative(siteRoot(), path.resolve(siteRoot(), file));
  return (relative.startsWith('..') ? file : relative).split(path.sep).join('/');
}
