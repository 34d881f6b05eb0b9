/** The benchmark's pure pieces: its verdicts on figures worked out by hand, its tables, its pages. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildVerdicts,
  rebuildVerdicts,
  contentCheckVerdicts,
  listenVerdicts,
  weakLinkVerdicts,
  weightVerdicts,
  type Build,
} from '../../scripts/bench/budgets.ts';
import { formatTable, kb } from '../../scripts/bench/report.ts';
import { setupVerdicts } from '../../scripts/bench/setup.ts';
import { kindOf, targets, wireBytes } from '../../scripts/bench/weight.ts';

const build = (
  label: string,
  pages: number,
  astro: number,
  search: number,
  print?: number,
  printed = 0,
) =>
  ({
    label,
    pages,
    pdfs: 1000,
    assets: 1000,
    printed,
    seconds: { astro, search, ...(print !== undefined && { print }) },
  }) satisfies Build;

describe('budgets', () => {
  it('passes a page within 16 kB and 2 kB of JS, fails one over, and search outside its page', () => {
    const page = (label: string, js: number, pagefind = false) => ({
      label,
      bytes: { html: 5000, css: 5000, js, font: 0 },
      pagefind,
    });
    expect(weightVerdicts([page('story', 2000)])).toEqual([]);
    // 5 + 5 + 6.5 = 16.5 kB counted, 6.5 kB of it JavaScript.
    expect(weightVerdicts([page('story', 6500)])).toEqual([
      'story: 16.5 kB of HTML, CSS, JS and fonts (budget 16.0 kB)',
      'story: 6.5 kB of JavaScript (budget 2.0 kB)',
    ]);
    expect(weightVerdicts([page('home', 0, true), page('search + query', 0, true)])).toEqual([
      'home: loads the search index, which only the search page may',
    ]);
  });

  it('holds a guide to 8,192 B over the wire, every request included', () => {
    const guide = (html: number, other: number) => ({
      label: 'guide',
      bytes: { html, css: 0, js: 100, font: 0, image: 0, other },
      pagefind: false,
    });
    // 7,500 + 100 + 200 = 7,800 B; 7,900 + 100 + 200 = 8,200 B.
    expect(weightVerdicts([guide(7500, 200)])).toEqual([]);
    expect(weightVerdicts([guide(7900, 200)])).toEqual([
      'guide: 8,200 B over the wire, every request included (budget 8,192 B)',
    ]);
  });

  it('holds the "Nghe" player to 1,000 B of JS before the press, its code coming on the press', () => {
    const listen = { shown: true, loaderBytes: 244, requestsBefore: 4, pressRequests: 1 };
    expect(listenVerdicts({ ...listen, otherOrigin: 0, pressBytes: 2450 })).toEqual([]);
    expect(listenVerdicts(undefined)).toEqual([]);
    // 1,001 B of loader; a press that loads nothing; one request elsewhere.
    expect(
      listenVerdicts({
        ...listen,
        loaderBytes: 1001,
        pressRequests: 0,
        otherOrigin: 1,
        pressBytes: 0,
      }),
    ).toEqual([
      'listen: 1,001 B of JavaScript on the page before the press (budget 1,000 B)',
      'listen: the first press loaded nothing: the player came with the page',
      'listen: the press made 1 request(s) to another origin',
    ]);
    expect(listenVerdicts({ ...listen, shown: false, otherOrigin: 0, pressBytes: 0 })).toEqual([
      'listen: no "Nghe" button on the guide with a Vietnamese voice',
    ]);
    // Judged with the guide's weight, where the benchmark puts it.
    const guide = {
      label: 'guide',
      bytes: { html: 7000, css: 0, js: 1100, font: 0 },
      pagefind: false,
      listen: { ...listen, loaderBytes: 1100, otherOrigin: 0, pressBytes: 2450 },
    };
    expect(weightVerdicts([guide])).toEqual([
      'listen: 1,100 B of JavaScript on the page before the press (budget 1,000 B)',
    ]);
  });

  it('measures a cold print of the large ward against 10 PDF/s', () => {
    // 1,000 PDFs in 250 s is 4 PDF/s; in 90 s, 11.1 PDF/s.
    const sample = build('sample', 80, 4, 1, 8);
    const half = build('half', 2580, 17, 6);
    const slow = buildVerdicts([sample, half, build('large', 5080, 28, 14, 250)]);
    expect(slow).toContain('cold print of the large ward: 4.00 PDF/s (budget 10)');
    const fast = buildVerdicts([sample, half, build('large', 5080, 28, 14, 90)]);
    expect(fast.some((line) => line.startsWith('cold print'))).toBe(false);
  });

  it('says when the cost per page grows faster than linearly', () => {
    // Sample → half: (23 − 5) s over 2,500 pages = 7.2 ms; half → large: (63 − 23) s over 2,500
    // pages = 16 ms, ×2.22, over the ×1.5 allowed.
    const verdicts = buildVerdicts([
      build('sample', 80, 4, 1),
      build('half', 2580, 17, 6),
      build('large', 5080, 45, 18),
    ]);
    expect(verdicts).toEqual([
      'build cost grows faster than linearly: ×2.22 per page (budget ×1.5)',
    ]);
  });

  it('holds a one-line news edit under 5.7 s, printing nothing', () => {
    // 3 + 0.5 + 0.4 = 3.9 s; 5 + 0.5 + 0.7 = 6.2 s, over 17 / 3 = 5.67 s.
    expect(rebuildVerdicts([build('one-line news edit', 80, 3, 0.5, 0.4, 0)])).toEqual([]);
    expect(rebuildVerdicts([build('one-line news edit', 80, 5, 0.5, 0.7, 0)])).toEqual([
      'rebuild after a one-line news edit: 6.2 s (budget 5.7 s)',
    ]);
    expect(rebuildVerdicts([build('one-line news edit', 80, 3, 0.5, 0.4, 2)])).toEqual([
      'a one-line news edit printed 2 assets',
    ]);
  });
});

describe('weak link', () => {
  const within = {
    search: { fresh: 1400, fromLink: 3000 },
    worker: { ordinary: 110_000, saveData: 20_000 },
    chained: { home: 0, search: 0 },
  };

  it('passes figures at their budgets: 3 s, 110 kB, 20 kB, no chained file', () => {
    expect(weakLinkVerdicts(within)).toEqual([]);
  });

  it('names each figure over its budget', () => {
    expect(
      weakLinkVerdicts({
        search: { fresh: 13_300, fromLink: 3001 },
        worker: { ordinary: 164_000, saveData: 20_001 },
        chained: { home: 1, search: 0 },
      }),
    ).toEqual([
      'search (fresh): first result 13300 ms after the last keystroke (budget 3000 ms)',
      'search (fromLink): first result 3001 ms after the last keystroke (budget 3000 ms)',
      'service worker: 164.0 kB at a first visit (budget 110.0 kB)',
      'service worker, saving data: 20.0 kB at a first visit (budget 20.0 kB)',
      'home: 1 file(s) asked for only after another arrived, a round trip each before load (budget 0)',
    ]);
  });
});

describe('content check after a one-line news edit', () => {
  it('holds it under 60 s, and it must pass', () => {
    expect(contentCheckVerdicts({ seconds: 59.9, ok: true })).toEqual([]);
    expect(contentCheckVerdicts({ seconds: 61.25, ok: true })).toEqual([
      'content check after a one-line news edit: 61.3 s (budget 60 s)',
    ]);
    expect(contentCheckVerdicts({ seconds: 20, ok: false })).toEqual([
      'the content check refused the sample after a one-line news edit',
    ]);
    expect(contentCheckVerdicts(undefined)).toEqual([]);
  });
});

describe('cold set-up', () => {
  it('fails on any npm engine warning a newcomer would read', () => {
    expect(setupVerdicts({ engineWarnings: 0 })).toEqual([]);
    expect(setupVerdicts(undefined)).toEqual([]);
    expect(setupVerdicts({ engineWarnings: 70 })).toEqual([
      'cold set-up printed 70 lines of npm engine warnings (EBADENGINE); scripts/setup.sh should print one sentence instead',
    ]);
  });
});

describe('report', () => {
  it('aligns a table: names left, figures right', () => {
    expect(
      formatTable(
        'T',
        ['page', 'kB'],
        [
          ['home', kb(10_150)],
          ['group', kb(9_000)],
        ],
      ),
    ).toBe(['', 'T', 'page     kB', '-----  ----', 'home   10.2', 'group   9.0'].join('\n'));
  });
});

describe('page weight', () => {
  it('sorts responses into kinds, a script sent as another type by its content type', () => {
    expect(kindOf('document', 'text/html')).toBe('html');
    expect(kindOf('fetch', 'application/javascript')).toBe('js');
    expect(kindOf('fetch', 'application/wasm')).toBe('other');
  });

  it('counts text gzipped and compressed files as they are', () => {
    const text = Buffer.from('a'.repeat(10_000));
    const sent = wireBytes(text, 'text/html');
    expect(sent).toBeLessThan(200);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    expect(wireBytes(png, 'image/png')).toBe(7);
  });

  it('picks one page of each kind from the sitemap, under the site’s base path', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'bench-sitemap-'));
    const urls = ['', 'to-dan-pho/', 'to-dan-pho/to-1/', 'huong-dan/tao-tai-khoan/', 'tim-kiem/'];
    writeFileSync(
      path.join(dist, 'sitemap-0.xml'),
      urls.map((url) => `<url><loc>https://x.vn/cds/${url}</loc></url>`).join(''),
    );
    expect(targets(dist)).toEqual([
      { kind: 'home', path: '/cds/' },
      { kind: 'group', path: '/cds/to-dan-pho/to-1/' },
      { kind: 'guide', path: '/cds/huong-dan/tao-tai-khoan/' },
      { kind: 'story', path: undefined },
      { kind: 'news', path: undefined },
      { kind: 'search', path: '/cds/tim-kiem/' },
      { kind: 'self-check', path: undefined },
    ]);
  });
});
