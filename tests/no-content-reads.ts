/**
 * The guard of the product's tests: any read of `content/`, which a ward replaces with its own,
 * fails the test that made it. Tests read fixtures (tests/sample-ward.ts).
 *
 * It guards the process that loads it and every Node process started from there. Loading it adds
 * `--import <this file>` to `NODE_OPTIONS`, which children inherit, so a script a test spawns
 * (`node scripts/….ts`, `astro build`, and whatever they start in turn) loads it first and refuses
 * `content/` too: a child started without its content folder (`SITE_CONTENT`) fails instead of
 * quietly reading the ward's. Vitest loads it as a setup file of every project; Playwright's
 * config imports it, so its workers and the web server are guarded as well.
 *
 * Node's file functions are wrapped, and `syncBuiltinESMExports` makes
 * `import { readFileSync } from 'node:fs'` see the wrapped ones too. `content/` is the one at the
 * root of the clone this file belongs to, whatever the working directory of a process.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const content = path.join(root, 'content', path.sep);
const inContent = (target: unknown) => {
  if (typeof target !== 'string' && !(target instanceof URL)) return false;
  const file = target instanceof URL ? fileURLToPath(target) : target;
  return `${path.resolve(file)}${path.sep}`.startsWith(content);
};

// Loaded through NODE_OPTIONS (`--import <this file>`, as a path or a file: URL), in a process a
// test or a test script started: not imported by Vitest or Playwright themselves.
const self = fileURLToPath(import.meta.url);
const preloads = [...(process.env.NODE_OPTIONS ?? '').matchAll(/--import[= ]"?([^\s"]+)/g)].map(
  (match) => match[1]!,
);
const started = preloads.some(
  (entry) => path.resolve(entry.startsWith('file:') ? fileURLToPath(entry) : entry) === self,
);

let refused = false;
const refusal = (target: unknown, name: string) => {
  const error = new Error(
    `A product test read ${String(target)} (${name}, in ${process.argv[1] ? path.relative(root, process.argv[1]) : 'node'}): tests read fixtures (tests/sample-ward.ts), never content/, which a ward replaces. Give a script a test starts its content folder in SITE_CONTENT.`,
  );
  // A script may catch the error and carry on (a missing file is often no error): the refusal is
  // still printed, and the process still fails.
  if (started) process.stderr.write(`${error.message}\n`);
  if (started && !refused) {
    refused = true;
    process.once('exit', () => {
      process.exitCode = 1;
    });
  }
  return error;
};

type Fn = (...args: never[]) => unknown;

function guard<F extends Fn>(name: string, original: F): F {
  const wrapped = (...args: Parameters<F>) => {
    if (inContent(args[0])) throw refusal(args[0], name);
    return original(...args);
  };
  // `realpathSync.native` and the like stay reachable.
  return Object.assign(wrapped, original) as unknown as F;
}

function guardAsync<F extends (...args: never[]) => Promise<unknown>>(
  name: string,
  original: F,
): F {
  return ((...args: Parameters<F>) =>
    inContent(args[0]) ? Promise.reject(refusal(args[0], name)) : original(...args)) as F;
}

/** A callback function (`fs.readFile(file, cb)`): the refusal goes to the callback, as Node's own. */
function guardCallback<F extends Fn>(name: string, original: F): F {
  return ((...args: Parameters<F>) => {
    if (!inContent(args[0])) return original(...args);
    const callback = args.at(-1) as unknown;
    if (typeof callback !== 'function') throw refusal(args[0], name);
    process.nextTick(() => (callback as (error: Error) => void)(refusal(args[0], name)));
    return undefined;
  }) as F;
}

const marker = Symbol.for('cong-dan-so.no-content-reads');
const guarded = globalThis as { [marker]?: true };
if (!guarded[marker]) {
  guarded[marker] = true;
  const sync = fs as unknown as Record<string, Fn>;
  for (const name of [
    'readFileSync',
    'readdirSync',
    'opendirSync',
    'existsSync',
    'statSync',
    'lstatSync',
    'accessSync',
    'realpathSync',
    'cpSync',
    'openSync',
    'createReadStream',
  ])
    sync[name] = guard(name, Object.assign(sync[name]!.bind(fs), sync[name]));
  for (const name of ['readFile', 'readdir', 'opendir', 'stat', 'lstat', 'access', 'open', 'cp'])
    sync[name] = guardCallback(name, sync[name]!.bind(fs));
  const promises = fs.promises as unknown as Record<string, (...args: never[]) => Promise<unknown>>;
  for (const name of ['readFile', 'readdir', 'opendir', 'stat', 'lstat', 'access', 'open', 'cp'])
    promises[name] = guardAsync(name, promises[name]!.bind(fs.promises));
  syncBuiltinESMExports();
}

// Every Node process started from here loads this file first.
if (!started)
  process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, `--import=${import.meta.url}`]
    .filter(Boolean)
    .join(' ');
