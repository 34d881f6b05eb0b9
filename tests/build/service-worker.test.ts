/**
 * The service worker step on a small built site: it keeps the help pages and what they load,
 * and a rebuild that changes a page gives a new revision, so the old cache is replaced.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function page(dist: string, file: string, html: string): void {
  mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  writeFileSync(path.join(dist, file), html);
}

function worker(dist: string): { revisions: Map<string, string>; source: string } {
  const run = spawnSync(process.execPath, ['scripts/service-worker.ts', '--dist', dist], {
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  const source = readFileSync(path.join(dist, 'sw.js'), 'utf8');
  const revisions = new Map(
    [...source.matchAll(/url:"([^"]+)",revision:(?:"([^"]+)"|null)/g)].map((match) => [
      match[1]!,
      match[2] ?? 'null',
    ]),
  );
  return { revisions, source };
}

describe('the service worker', () => {
  it('keeps the help pages and their pictures, and a rebuild replaces what changed', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'sw-dist-'));
    page(dist, 'index.html', '<img src="/_astro/anh.abc.webp" alt=""><a href="/tin-tuc/">Tin</a>');
    page(dist, '_astro/anh.abc.webp', 'webp');
    page(dist, 'huong-dan/tao-tai-khoan/index.html', '<h1>Tạo tài khoản</h1>');
    page(dist, 'hoi-dap/index.html', '<h1>Hỏi đáp</h1>');
    page(dist, 'ngoai-tuyen/index.html', '<h1>Không có mạng</h1>');
    page(dist, 'tin-tuc/index.html', '<h1>Tin tức</h1>');

    const first = worker(dist);
    expect([...first.revisions.keys()].sort()).toEqual([
      '/_astro/anh.abc.webp',
      '/hoi-dap/index.html',
      '/huong-dan/tao-tai-khoan/index.html',
      '/index.html',
      '/ngoai-tuyen/index.html',
    ]);
    // Pages outside the help (news) are not kept; other pages fall back to the offline page.
    expect(first.source).toContain('/ngoai-tuyen/index.html');
    expect(first.source).toContain('to-dan-pho');

    page(dist, 'hoi-dap/index.html', '<h1>Hỏi đáp, sửa lại</h1>');
    const second = worker(dist);
    expect(second.revisions.get('/hoi-dap/index.html')).not.toBe(
      first.revisions.get('/hoi-dap/index.html'),
    );
    expect(second.revisions.get('/index.html')).toBe(first.revisions.get('/index.html'));
  });
});
