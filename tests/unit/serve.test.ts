/**
 * The local server serves dist/ as it is after a rebuild, without a restart: a page the rebuild
 * adds is found, a page it changes comes with its new length, and a rewritten _headers applies.
 * The rebuild is done the way `astro build` does it: the folder emptied and written again.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'serve-'));
let server: Server | undefined;
afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

function build(files: Record<string, string>) {
  for (const name of readdirSync(dir)) rmSync(path.join(dir, name), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

it('serves new pages, changed lengths and new headers after a rebuild, without a restart', async () => {
  build({
    'index.html': '<p>first</p>',
    '404.html': '<p>not here</p>',
    _headers: '/*\n  X-Build: one\n',
  });
  server = await serve({ dir, host: '127.0.0.1', port: 0, base: '/' });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const before = await fetch(`${origin}/`);
  expect(await before.text()).toBe('<p>first</p>');
  expect(before.headers.get('x-build')).toBe('one');
  expect((await fetch(`${origin}/moi/`)).status).toBe(404);

  build({
    'index.html': '<p>second build, longer</p>',
    'moi/index.html': '<p>new page</p>',
    '404.html': '<p>not here</p>',
    _headers: '/*\n  X-Build: two\n',
  });
  const after = await fetch(`${origin}/`);
  expect(after.headers.get('content-length')).toBe('27');
  expect(await after.text()).toBe('<p>second build, longer</p>');
  expect(after.headers.get('x-build')).toBe('two');
  const added = await fetch(`${origin}/moi/`);
  expect(added.status).toBe(200);
  expect(await added.text()).toBe('<p>new page</p>');
});
