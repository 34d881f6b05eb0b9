/**
 * Modules stay small enough to read at once: none in scripts/ or src/lib/ over 250 lines, unless
 * its opening comment says why its size is earned ("Size: …").
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 250;

/** The modules over the limit whose opening comment does not justify their size. */
export function oversized(folder: string, max = MAX_LINES): Record<string, number> {
  return Object.fromEntries(
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => [file, readFileSync(path.join(folder, file), 'utf8')] as const)
      .filter(([, text]) => !/^\/\*\*?[\s\S]*?\bSize: [\s\S]*?\*\//.test(text))
      .map(([file, text]) => [file, text.split('\n').length - 1] as const)
      .filter(([, lines]) => lines > max),
  );
}

describe('module size', () => {
  it('the check finds a module over a limit', () => {
    expect(oversized('scripts', 50)).not.toEqual({});
  });

  it.each(['scripts', 'src/lib'])(`no module in %s is over ${MAX_LINES} lines`, (folder) => {
    expect(oversized(folder)).toEqual({});
  });
});
