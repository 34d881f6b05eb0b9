/**
 * What the content checks (scripts/check-content.ts) share: a problem found in a built page is
 * reported on the content file it comes from, in the project's one form (src/lib/content-rules/content-errors.ts),
 * and a page's result is kept by the hash of what was checked, so a rebuild after a one-line edit
 * checks again only the pages that changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../../src/lib/content-rules/content-errors.ts';
import { contentFileOfPage } from '../../src/lib/content-rules/page-source.ts';
import { cacheDir, contentDir } from '../../src/lib/site/paths.ts';
import { writeWhole } from '../../src/lib/site/write-whole.ts';

/** A built page: its file in dist/ ("tin-tuc/x/index.html") and its address on the site ("/tin-tuc/x/"). */
export interface BuiltPage {
  file: string;
  path: string;
}

/** Every HTML page of a built site, in order. */
export function builtPages(dist: string): BuiltPage[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((entry) => entry.endsWith('.html'))
    .map((entry) => entry.split(path.sep).join('/'))
    .sort()
    .map((file) => ({ file, path: `/${file.replace(/(^|\/)index\.html$/, '$1')}` }));
}

/**
 * A problem found on a built page, on the content file the page shows when there is one (the
 * page's address is said too), else on the page itself.
 */
export function pageProblem(page: BuiltPage, message: string): Problem {
  const source = contentFileOfPage(page.file);
  return source
    ? { file: source, message: `Trang ${page.path}: ${message}` }
    : { file: `dist/${page.file}`, message: `Trang ${page.path}: ${message}` };
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Results of earlier runs, by check and by the hash of what was checked: a page that did not
 * change is not checked again. Kept in node_modules/.cache/check-content/ (or CHECK_CACHE_DIR),
 * one file per content folder; deleting it is always safe.
 */
export class CheckCache {
  private readonly version: string;
  private readonly file: string;
  private readonly entries: Record<string, Problem[]>;
  private readonly used: Record<string, Problem[]> = {};

  constructor(version: string) {
    this.version = version;
    const dir = process.env.CHECK_CACHE_DIR ?? cacheDir('check-content');
    this.file = path.join(dir, `${contentDir().replace(/[^a-z0-9]+/gi, '-')}.json`);
    try {
      const saved = JSON.parse(readFileSync(this.file, 'utf8'));
      this.entries = saved.version === version ? saved.entries : {};
    } catch {
      this.entries = {};
    }
  }

  /** The problems of `check` on `key`, from the cache or from `run`. */
  async get(check: string, key: string, run: () => Promise<Problem[]>): Promise<Problem[]> {
    const id = `${check}:${key}`;
    const problems = this.entries[id] ?? (await run());
    this.used[id] = problems;
    return problems;
  }

  /** Writes what this run used, dropping what it did not (pages since removed or changed). */
  async save(): Promise<void> {
    await writeWhole(this.file, JSON.stringify({ version: this.version, entries: this.used }));
  }
}
