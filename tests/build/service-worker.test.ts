/**
 * The service worker step on a small built site: it keeps the offline page at once and lists the
 * help pages and what they load with their hashes, and a rebuild that changes a page gives a new
 * hash, so the kept copy is replaced. The
 * worker's code is bundled once and reused until what it is made from changes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_WARD } from '../sample-ward.ts';

function page(dist: string, file: string, html: string): void {
  mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  writeFileSync(path.join(dist, file), html);
}

function worker(
  dist: string,
  env: Record<string, string> = {},
): {
  revisions: Map<string, string>;
  help: Map<string, string>;
  source: string;
  bundled: boolean;
} {
  const run = spawnSync(process.execPath, ['scripts/service-worker.ts', '--dist', dist], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/\(code (bundled|from the cache)\)/);
  const source = readFileSync(path.join(dist, 'sw.js'), 'utf8');
  const revisions = new Map(
    [...source.matchAll(/url:"([^"]+)",revision:(?:"([^"]+)"|null)/g)].map((match) => [
      match[1]!,
      match[2] ?? 'null',
    ]),
  );
  const help = new Map(
    [...source.matchAll(/url:"([^"]+)",sha256:"([^"]+)"/g)].map((match) => [match[1]!, match[2]!]),
  );
  return { revisions, help, source, bundled: run.stdout.includes('(code bundled)') };
}

/**
 * A content folder holding only the sample's site.yaml, with the site at `url`: all the step reads.
 * Given explicitly, so the step never reads content/, which a ward replaces.
 */
function siteAt(url: string): string {
  const content = mkdtempSync(path.join(tmpdir(), 'sw-content-'));
  const sample = readFileSync(`${SAMPLE_WARD}/site.yaml`, 'utf8');
  expect(sample).toContain(`url: ${SAMPLE_URL}\n`);
  writeFileSync(path.join(content, 'site.yaml'), sample.replace(SAMPLE_URL, url));
  return content;
}

const SAMPLE_URL = 'https://congdanso.tanhung.example/';

describe('the service worker', () => {
  it.each([
    ['at the root of its domain', SAMPLE_URL, ''],
    ['under a path', 'https://example.gov.vn/congdanso/', '/congdanso'],
  ])(
    'keeps the help pages and their pictures of a site %s, and a rebuild replaces what changed',
    (_where, url, base) => {
      const env = { SITE_CONTENT: siteAt(url) };
      // Astro writes a site under a path at the root of dist/; its pages name files with the path.
      const dist = mkdtempSync(path.join(tmpdir(), 'sw-dist-'));
      page(
        dist,
        'index.html',
        `<img src="${base}/_astro/anh.abc.webp" alt=""><a href="${base}/tin-tuc/">Tin</a>`,
      );
      page(dist, '_astro/anh.abc.webp', 'webp');
      page(dist, '_astro/buoc-1.def.webp', 'webp');
      page(
        dist,
        'huong-dan/tao-tai-khoan/index.html',
        `<h1>Tạo tài khoản</h1><img src="${base}/_astro/buoc-1.def.webp" alt="Bước 1">`,
      );
      page(dist, 'hoi-dap/index.html', '<h1>Hỏi đáp</h1>');
      page(dist, 'ngoai-tuyen/index.html', '<h1>Không có mạng</h1>');
      page(dist, 'tin-tuc/index.html', '<h1>Tin tức</h1>');

      const first = worker(dist, env);
      // At the first visit whatever the connection: the offline page alone.
      expect([...first.revisions.keys()]).toEqual([`${base}/ngoai-tuyen/index.html`]);
      // The help, kept when a page asks: pages by their address, with the guide's picture, each
      // with its content's hash; the home page, news and the home page's picture are not in it.
      expect([...first.help.keys()].sort()).toEqual([
        `${base}/_astro/buoc-1.def.webp`,
        `${base}/hoi-dap/`,
        `${base}/huong-dan/tao-tai-khoan/`,
      ]);
      expect(first.help.get(`${base}/hoi-dap/`)).toBe(
        createHash('sha256').update('<h1>Hỏi đáp</h1>').digest('hex'),
      );
      // Other pages fall back to the offline page; a visited group page is kept.
      expect(first.source).toContain(`"${base}/ngoai-tuyen/index.html"`);
      expect(first.source).toContain('to-dan-pho');

      page(dist, 'hoi-dap/index.html', '<h1>Hỏi đáp, sửa lại</h1>');
      const second = worker(dist, env);
      expect(second.help.get(`${base}/hoi-dap/`)).not.toBe(first.help.get(`${base}/hoi-dap/`));
      expect(second.help.get(`${base}/huong-dan/tao-tai-khoan/`)).toBe(
        first.help.get(`${base}/huong-dan/tao-tai-khoan/`),
      );
    },
  );

  it('keeps what the scripts of a kept page load later by address (the "Nghe" player)', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'sw-dist-'));
    page(
      dist,
      'huong-dan/tim-khoa-hoc/index.html',
      '<script type="module" src="/_astro/nghe.a1.js"></script>',
    );
    page(dist, '_astro/nghe.a1.js', 'addEventListener("click",()=>import(`/_astro/player-b2.js`))');
    page(dist, '_astro/player-b2.js', 'speechSynthesis.cancel()');
    // Named by a script on a page that is not kept: not kept either.
    page(dist, 'tin-tuc/index.html', '<script type="module" src="/_astro/other.c3.js"></script>');
    page(dist, '_astro/other.c3.js', 'import("/_astro/other-player-d4.js")');
    page(dist, '_astro/other-player-d4.js', '');
    page(dist, 'ngoai-tuyen/index.html', '<h1>Không có mạng</h1>');

    expect([...worker(dist, { SITE_CONTENT: siteAt(SAMPLE_URL) }).help.keys()].sort()).toEqual([
      '/_astro/nghe.a1.js',
      '/_astro/player-b2.js',
      '/huong-dan/tim-khoa-hoc/',
    ]);
  });

  it('bundles the code once, and again when an input or the base path changes', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'sw-dist-'));
    page(dist, 'index.html', '<h1>Trang chủ</h1>');
    page(dist, 'ngoai-tuyen/index.html', '<h1>Không có mạng</h1>');
    const env = {
      SITE_CONTENT: siteAt(SAMPLE_URL),
      BUNDLE_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'sw-cache-')),
    };
    const cached = path.join(env.BUNDLE_CACHE_DIR, 'worker.json');

    const first = worker(dist, env);
    expect(first.bundled).toBe(true);
    // Self-contained: Workbox is inside, nothing is fetched from elsewhere.
    expect(first.source).not.toMatch(/importScripts|__WB_MANIFEST|__HELP_PAGES/);
    expect(first.source.length).toBeLessThan(40_000);

    const again = worker(dist, env);
    expect(again.bundled).toBe(false);
    expect(again.source).toBe(first.source);

    // The worker's source as it was bundled no longer matches: bundled anew.
    const entry = JSON.parse(readFileSync(cached, 'utf8'));
    expect(Object.keys(entry.inputs)).toContain('src/sw/service-worker.ts');
    expect(Object.keys(entry.inputs)).toContainEqual(expect.stringMatching(/workbox-precaching/));
    entry.inputs['src/sw/service-worker.ts'] = 'edited';
    writeFileSync(cached, JSON.stringify(entry));
    expect(worker(dist, env).bundled).toBe(true);

    // A site under a sub-path: its offline page and its files have that path.
    const moved = worker(dist, { ...env, SITE_CONTENT: siteAt(`${SAMPLE_URL}phuong/`) });
    expect(moved.bundled).toBe(true);
    expect(moved.source).toContain('"/phuong/ngoai-tuyen/index.html"');
    expect([...moved.revisions.keys()]).toEqual(['/phuong/ngoai-tuyen/index.html']);
  });
});
