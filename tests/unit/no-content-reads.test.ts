/**
 * The guard of tests/no-content-reads.ts (a setup file of every Vitest project) refuses reads of
 * content/, in the test's own process and in every Node process it starts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_WARD } from '../sample-ward.ts';

/** Runs a command as a test would start it: this process's environment, `SITE_CONTENT` left out. */
function run(command: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(command, args, {
    encoding: 'utf8',
    env: { ...process.env, SITE_CONTENT: undefined, ...env },
  });
}

describe('no product test reads content/', { timeout: 60_000 }, () => {
  it('fails a read of content/ in the test, and leaves every other read alone', async () => {
    expect(() => readFileSync('content/site.yaml', 'utf8')).toThrow(
      /A product test read content\/site\.yaml/,
    );
    expect(() => existsSync('./content/news')).toThrow(/never content\//);
    await expect(readFile('content/groups.csv')).rejects.toThrow(/tests read fixtures/);
    expect(readFileSync('package.json', 'utf8')).toContain('"name"');
    expect(existsSync('tests/fixtures/tan-hung/site.yaml')).toBe(true);
  });

  it('refuses a script the test starts without its content folder, even through a shell', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'guard-dist-'));
    // The service worker step reads site.yaml from SITE_CONTENT, content/ without it.
    const direct = run(process.execPath, ['scripts/service-worker.ts', '--dist', dist]);
    expect(direct.status).not.toBe(0);
    expect(direct.stderr).toMatch(
      /A product test read .*content\/site\.yaml \(\w+, in scripts\/service-worker\.ts\)/,
    );
    const viaShell = run('bash', [
      '-c',
      `"${process.execPath}" scripts/service-worker.ts --dist ${dist}`,
    ]);
    expect(viaShell.status).not.toBe(0);
    expect(viaShell.stderr).toMatch(/A product test read .*content\/site\.yaml/);
  });

  it('lets a child read its fixture, and refuses content/ however it is named', () => {
    const read = (file: string) =>
      run(
        process.execPath,
        [
          '-e',
          `process.stdout.write(require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8').slice(0, 5))`,
        ],
        {
          SITE_CONTENT: SAMPLE_WARD,
        },
      );
    expect(read(`${SAMPLE_WARD}/site.yaml`).status).toBe(0);
    expect(read(path.resolve('content/site.yaml')).stderr).toMatch(/A product test read/);
    expect(read('tests/../content/groups.csv').stderr).toMatch(/A product test read/);
    const callback = run(process.execPath, [
      '-e',
      "require('node:fs').readdir('content', (error) => { console.log(error ? error.message : 'read'); })",
    ]);
    expect(callback.stdout).toMatch(/A product test read content \(readdir/);
    // The script caught the refusal and carried on: it fails all the same.
    expect(callback.status).toBe(1);
  });
});
