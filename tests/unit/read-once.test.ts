/** A content file is read once per version, however many parts of the build ask for it. */
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Count the reads the module makes, through the real node:fs.
const reads = vi.hoisted(() => [] as string[]);
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = (...args: Parameters<typeof fs.readFileSync>) => {
    reads.push(String(args[0]));
    return fs.readFileSync(...args);
  };
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

const { parsedOnce, readTextOnce } = await import('../../src/lib/content-rules/read-once.ts');

function tempFile(text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'read-once-')), 'bai.md');
  writeFileSync(file, text);
  return file;
}

describe('readOnce', () => {
  it('reads and parses a file once for every caller and kind of reading that shares it', () => {
    const file = tempFile('Nội dung');
    reads.length = 0;
    const parse = vi.fn((text: string) => text.length);
    expect(readTextOnce(file)).toBe('Nội dung');
    expect(parsedOnce(file, 'length', parse)).toBe(8);
    expect(parsedOnce(file, 'length', parse)).toBe(8);
    expect(readTextOnce(file)).toBe('Nội dung');
    expect(reads).toEqual([file]);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('reads a file again once it has changed', () => {
    const file = tempFile('Một');
    reads.length = 0;
    expect(readTextOnce(file)).toBe('Một');
    writeFileSync(file, 'Mốt');
    // Same size: the new modification time alone tells it apart.
    const later = new Date(Date.now() + 5_000);
    utimesSync(file, later, later);
    expect(readTextOnce(file)).toBe('Mốt');
    expect(reads).toEqual([file, file]);
  });

  it('does not keep a parse that threw: the next caller gets the error again', () => {
    const file = tempFile('x');
    const parse = vi.fn(() => {
      throw new Error('hỏng');
    });
    expect(() => parsedOnce(file, 'broken', parse)).toThrow('hỏng');
    expect(() => parsedOnce(file, 'broken', parse)).toThrow('hỏng');
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it('throws as readFileSync does for a file that does not exist', () => {
    const missing = path.join(tmpdir(), 'khong-co-tep-nay.md');
    expect(() => readTextOnce(missing)).toThrow(/ENOENT/);
  });
});
