/**
 * Loaded into a build with `node --import` (tests/build/read-once.test.ts): logs, one line each,
 * every read of a content file (markdown, MDX, table, YAML) under READ_LOG_DIR into READ_LOG,
 * whichever module reads it, by wrapping node:fs before anything else is loaded.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAMPLE_WARD } from '../sample-ward.ts';

const root = path.resolve(process.env.READ_LOG_DIR ?? SAMPLE_WARD);
const log = process.env.READ_LOG;
const CONTENT_FILE = /\.(md|mdx|csv|xlsx|yaml|yml)$/;

function note(file: unknown): void {
  const name =
    typeof file === 'string' ? file : file instanceof URL ? fileURLToPath(file) : undefined;
  if (!log || !name || !CONTENT_FILE.test(name)) return;
  const full = path.resolve(name);
  if (full.startsWith(root + path.sep)) fs.appendFileSync(log, `${path.relative(root, full)}\n`);
}

type Reader = (file: unknown, ...rest: unknown[]) => unknown;
function wrap(target: Record<string, unknown>, name: string): void {
  const original = target[name] as Reader;
  target[name] = function (this: unknown, file: unknown, ...rest: unknown[]) {
    note(file);
    return original.call(this, file, ...rest);
  };
}

wrap(fs as unknown as Record<string, unknown>, 'readFileSync');
wrap(fs as unknown as Record<string, unknown>, 'readFile');
wrap(fs.promises as unknown as Record<string, unknown>, 'readFile');
syncBuiltinESMExports();
