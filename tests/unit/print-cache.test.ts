/**
 * What a print asset is made from, read from the built files: the files a page loads (never the
 * pages it merely links to), followed through its style sheets to the fonts, and a key that
 * changes with any of their bytes.
 */
import { describe, expect, it } from 'vitest';
import {
  cssUrls,
  htmlUrls,
  pageResources,
  printKey,
  sitePath,
} from '../../src/lib/print/print-cache.ts';

const site: Record<string, string> = {
  '/in-an/ap-phich/to-1/a4/index.html': `<!doctype html><html><head>
    <link rel="stylesheet" href="/_astro/print.css">
    <link rel="icon" href="/favicon.svg">
    <link rel="alternate" href="/rss.xml">
    <style>.logo{background:url("../../../../logo.png")}</style>
    </head><body>
    <a href="/to-dan-pho/to-1/">Trang của tổ</a>
    <img src="qr.svg" srcset="/qr-2x.png 2x, /qr-3x.png 3x" alt="">
    <svg><use href="#icon"></use></svg>
    <img src="data:image/png;base64,AAAA" alt="">
    <img src="https://example.com/tracker.png" alt="">
    <script type="module" src="/_astro/print-button.js"></script>
    </body></html>`,
  '/_astro/print.css': `@import "./fonts.css"; main{background:url(/paper.png)}`,
  '/_astro/fonts.css': `@font-face{src:url(./be-vietnam-pro-vietnamese-700.woff2) format("woff2")}`,
};

describe('pageResources', () => {
  it('follows the page to its style sheets, fonts, pictures and scripts, and no further', () => {
    expect(pageResources('/in-an/ap-phich/to-1/a4/', (file) => site[file]).sort()).toEqual([
      '/_astro/be-vietnam-pro-vietnamese-700.woff2',
      '/_astro/fonts.css',
      '/_astro/print-button.js',
      '/_astro/print.css',
      '/favicon.svg',
      '/in-an/ap-phich/to-1/a4/index.html',
      '/in-an/ap-phich/to-1/a4/qr.svg',
      '/logo.png',
      '/paper.png',
      '/qr-2x.png',
      '/qr-3x.png',
    ]);
  });

  it('reads addresses under a base path as files of the built site', () => {
    expect(sitePath('/congdanso/_astro/a.css', '/', '/congdanso/')).toBe('/_astro/a.css');
    expect(sitePath('/other/a.css', '/', '/congdanso/')).toBeUndefined();
    expect(sitePath('x.woff2', '/_astro/a.css', '/congdanso/')).toBe('/_astro/x.woff2');
  });

  it('reads url()s in either quoting, and @import', () => {
    expect(cssUrls(`a{b:url( 'x.png' )} c{d:url(y.png)} @import "z.css";`)).toEqual([
      'x.png',
      'y.png',
      'z.css',
    ]);
    expect(htmlUrls('<a href="/x/">x</a><link rel="canonical" href="/y/">')).toEqual([]);
  });
});

describe('printKey', () => {
  const hashes: Record<string, string> = { '/a/index.html': 'h1', '/f.woff2': 'h2' };
  const key = (changes: Partial<Parameters<typeof printKey>[0]> = {}) =>
    printKey({
      asset: { id: 'a', format: 'pdf' },
      printer: 'chromium 1',
      files: ['/a/index.html', '/f.woff2'],
      hashOf: (file) => hashes[file] ?? 'missing',
      ...changes,
    });

  it('is the same for the same inputs in any order, and changes with any of them', () => {
    const same = key();
    expect(key({ files: ['/f.woff2', '/a/index.html', '/f.woff2'] })).toBe(same);
    expect(key({ hashOf: (file) => (file === '/f.woff2' ? 'h3' : hashes[file]!) })).not.toBe(same);
    expect(key({ files: ['/a/index.html'] })).not.toBe(same);
    expect(key({ printer: 'chromium 2' })).not.toBe(same);
    expect(key({ asset: { id: 'a', format: 'png' } })).not.toBe(same);
  });
});
