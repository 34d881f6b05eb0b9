/**
 * The local server serves dist/ as it is after a rebuild, without a restart: a page the rebuild
 * adds is found, a page it changes comes with its new length, and a rewritten _headers applies.
 * The rebuild is done the way `astro build` does it: the folder emptied and written again.
 * Text goes out compressed as the recommended host sends it, with the headers of _headers.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
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

it('compresses text as the host does, with the headers of _headers, and leaves pictures alone', async () => {
  // Repeated text compresses well; a real page is a few kB. Under 1 kB nothing is compressed.
  const page = `<!doctype html><p>${'Đăng ký tài khoản One Touch. '.repeat(200)}</p>`;
  const picture = Buffer.alloc(4000, 7).toString('latin1');
  build({
    'index.html': page,
    'anh.png': picture,
    '404.html': '<p>not here</p>',
    _headers: '/*\n  X-Content-Type-Options: nosniff\n',
  });
  server ??= await serve({ dir, host: '127.0.0.1', port: 0, base: '/' });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = (file: string, encoding: string) =>
    new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      // node:http, since fetch() decompresses and hides the encoding.
      request(`${origin}${file}`, { headers: { 'Accept-Encoding': encoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ headers: response.headers, body: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    });

  const brotli = await get('/', 'gzip, deflate, br');
  expect(brotli.headers['content-encoding']).toBe('br');
  expect(brotli.headers['x-content-type-options']).toBe('nosniff');
  expect(brotli.headers['vary']).toMatch(/accept-encoding/i);
  expect(brotliDecompressSync(brotli.body).toString()).toBe(page);
  // 6,000 bytes of the same sentence come down to well under a tenth.
  expect(brotli.body.length).toBeLessThan(600);

  const gzip = await get('/', 'gzip');
  expect(gzip.headers['content-encoding']).toBe('gzip');
  expect(gunzipSync(gzip.body).toString()).toBe(page);

  const plain = await get('/', 'identity');
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.toString()).toBe(page);

  const png = await get('/anh.png', 'gzip, br');
  expect(png.headers['content-encoding']).toBeUndefined();
  expect(png.body.length).toBe(4000);
});
