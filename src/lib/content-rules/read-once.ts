/**
 * Each content file is read and parsed once per build. Several parts of a build want the same
 * file: Astro's config and the editor's configuration want site.yaml, the content config and two
 * loaders want the groups table, the self-check rule and the editor want the guides. Astro loads
 * these as separate module instances (its config, the content layer, the integrations), so the
 * memo lives on globalThis, shared by all of them within one process.
 *
 * A result is reused while the file keeps the modification time and size it was read with, so the
 * dev server sees an edit at once. A parse that throws is not kept: the next caller reads again and
 * gets the same error.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

interface Kept {
  stamp: string;
  value: unknown;
}

const MEMO = Symbol.for('cong-dan-so.read-once');
const memo: Map<string, Kept> = ((globalThis as { [MEMO]?: Map<string, Kept> })[MEMO] ??=
  new Map());

/** The file's modification time (to the nanosecond) and size; throws when it does not exist. */
function stampOf(file: string): string {
  const stat = statSync(file, { bigint: true });
  return `${stat.mtimeNs}:${stat.size}`;
}

/** `compute` for the file, run once per version of the file and `kind` of reading. */
function once<T>(file: string, kind: string, compute: (full: string) => T): T {
  const full = path.resolve(file);
  const key = `${kind}\0${full}`;
  const stamp = stampOf(full);
  const kept = memo.get(key);
  if (kept?.stamp === stamp) return kept.value as T;
  const value = compute(full);
  memo.set(key, { stamp, value });
  return value;
}

/** The file's text (UTF-8). Throws as readFileSync does when the file cannot be read. */
export function readTextOnce(file: string): string {
  return once(file, 'text', (full) => readFileSync(full, 'utf8'));
}

/**
 * `parse` applied to the file's text (from readTextOnce), at most once per version of the file,
 * whoever asks. Callers share the result: they must not change it.
 */
export function parsedOnce<T>(file: string, kind: string, parse: (text: string) => T): T {
  return once(file, kind, () => parse(readTextOnce(file)));
}

/** `parse` applied to the file's bytes, for files that are not text (a spreadsheet). */
export function bytesParsedOnce<T>(file: string, kind: string, parse: (bytes: Buffer) => T): T {
  return once(file, kind, (full) => parse(readFileSync(full)));
}

/** Forgets everything read: for tests that rewrite a file within the same clock tick. */
export function forgetReads(): void {
  memo.clear();
}
