/**
 * Vitest's setup for the product's tests: any read of `content/`, which a ward replaces with its
 * own, fails the test that made it. Tests read fixtures (tests/sample-ward.ts). Node's file
 * functions are wrapped, and `syncBuiltinESMExports` makes `import { readFileSync } from 'node:fs'`
 * see the wrapped ones too.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

const content = `${path.resolve('content')}${path.sep}`;
const inContent = (target: unknown) =>
  (typeof target === 'string' || target instanceof URL) &&
  `${path.resolve(target instanceof URL ? target.pathname : target)}${path.sep}`.startsWith(
    content,
  );

const refusal = (target: unknown, name: string) =>
  new Error(
    `A product test read ${String(target)} (${name}): tests read fixtures (tests/sample-ward.ts), never content/, which a ward replaces.`,
  );

function guard<F extends (...args: never[]) => unknown>(name: string, original: F): F {
  return ((...args: Parameters<F>) => {
    if (inContent(args[0])) throw refusal(args[0], name);
    return original(...args);
  }) as F;
}

function guardAsync<F extends (...args: never[]) => Promise<unknown>>(
  name: string,
  original: F,
): F {
  return ((...args: Parameters<F>) =>
    inContent(args[0]) ? Promise.reject(refusal(args[0], name)) : original(...args)) as F;
}

const sync = fs as unknown as Record<string, (...args: never[]) => unknown>;
for (const name of ['readFileSync', 'readdirSync', 'existsSync', 'statSync', 'cpSync', 'openSync'])
  sync[name] = guard(name, sync[name]!.bind(fs));
const promises = fs.promises as unknown as Record<string, (...args: never[]) => Promise<unknown>>;
for (const name of ['readFile', 'readdir', 'stat'])
  promises[name] = guardAsync(name, promises[name]!.bind(fs.promises));
syncBuiltinESMExports();
