/**
 * scripts/setup.sh on a machine whose Node is older than the project's: one sentence about it
 * instead of npm's engine warnings, every other npm message kept, npm's failure still a failure.
 * Node, npm, Chromium and poppler are stand-ins here, so nothing is installed.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

/** A folder of stand-in commands: `node` of the given version and an `npm ci` that warns. */
function standIns(nodeVersion: string, npmExit = 0): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'setup-'));
  const write = (name: string, body: string) => {
    writeFileSync(path.join(dir, name), `#!/bin/sh\n${body}\n`);
    chmodSync(path.join(dir, name), 0o755);
  };
  write(
    'node',
    `case "$1" in -p) echo ${nodeVersion.split('.')[0]} ;; *) echo v${nodeVersion} ;; esac`,
  );
  const block = [
    'Unsupported engine {',
    "  package: 'astro@7.3.4',",
    "  required: { node: '>=22.12.0' },",
    `  current: { node: 'v${nodeVersion}', npm: '10.8.2' }`,
    '}',
  ]
    .map((line) => `echo "npm warn EBADENGINE ${line}" >&2`)
    .join('\n');
  write(
    'npm',
    `${block}\n${block}\necho "npm warn deprecated old@1.0.0: use new" >&2\necho "added 999 packages in 1m"\nexit ${npmExit}`,
  );
  write('chromium', 'exit 0');
  write('pdftotext', 'exit 0');
  return dir;
}

function setup(dir: string) {
  return spawnSync('bash', ['scripts/setup.sh'], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${dir}:/usr/bin:/bin`, CHROME_PATH: '' },
  });
}

it('says once that the project brings its own Node 24, and keeps npm’s other messages', () => {
  const run = setup(standIns('20.20.2'));
  expect(run.status).toBe(0);
  const output = `${run.stdout}${run.stderr}`;
  expect(output).not.toContain('EBADENGINE');
  expect(run.stdout).toMatchInlineSnapshot(`
    "This machine's Node is v20.20.2; npm installs the project's own Node 24, which every npm script runs on, so its engine warnings are left out.
    added 999 packages in 1m
    "
  `);
  expect(run.stderr).toBe('npm warn deprecated old@1.0.0: use new\n');
});

it('leaves npm alone on Node 24', () => {
  const run = setup(standIns('24.21.0'));
  expect(run.status).toBe(0);
  expect(run.stdout).toBe('added 999 packages in 1m\n');
  expect(run.stderr.match(/EBADENGINE Unsupported/g)).toHaveLength(2);
});

it('still fails when npm ci fails', () => {
  const run = setup(standIns('20.20.2', 1));
  expect(run.status).toBe(1);
});
