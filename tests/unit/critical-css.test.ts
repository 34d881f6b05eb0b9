/** Critical CSS: the page's own stylesheet links become <style> elements; nothing else changes. */
import { describe, expect, it } from 'vitest';
import { criticalStyles, inlineStylesheets } from '../../src/lib/critical-css.ts';

const css = new Map([
  ['/_astro/global.abc.css', 'body{color:red}\n'],
  ['/congdanso/_astro/global.abc.css', 'main{margin:0}'],
]);

describe('inlineStylesheets', () => {
  it('writes the site’s own stylesheets into the page', () => {
    const html =
      '<head><link rel="stylesheet" href="/_astro/global.abc.css"><link rel="icon" href="/favicon.svg"></head>';
    expect(inlineStylesheets(html, '/', (href) => css.get(href))).toBe(
      '<head><style>body{color:red}</style><link rel="icon" href="/favicon.svg"></head>',
    );
  });

  it('keeps links it cannot read, and those of another base path or origin', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/missing.css"><link rel="stylesheet" href="https://cdn.example/x.css">';
    expect(inlineStylesheets(html, '/', (href) => css.get(href))).toBe(html);
    const under = '<link rel="stylesheet" href="/congdanso/_astro/global.abc.css">';
    expect(inlineStylesheets(under, '/congdanso/', (href) => css.get(href))).toBe(
      '<style>main{margin:0}</style>',
    );
  });

  it('lists the styles the pages may hold, as written', () => {
    expect(criticalStyles(css.values())).toEqual(['body{color:red}', 'main{margin:0}']);
  });
});
