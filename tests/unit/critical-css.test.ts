/**
 * Critical CSS: the page's own stylesheet links become <style> elements holding the rules the
 * page can use, and the step says exactly which texts it wrote (the policy hashes those).
 */
import { describe, expect, it } from 'vitest';
import { inlineStylesheets, pageScripts, usedRules } from '../../src/lib/security/critical-css.ts';

const css = new Map([
  ['/_astro/global.abc.css', 'body{color:red}\n.unused{color:blue}'],
  ['/_astro/poster.abc.css', '.poster{margin:0}'],
  ['/congdanso/_astro/global.abc.css', 'main{margin:0}'],
]);
const read = (href: string) => css.get(href);

describe('inlineStylesheets', () => {
  it('writes the rules of the site’s own stylesheets that the page uses, and says which', async () => {
    const html =
      '<head><link rel="stylesheet" href="/_astro/global.abc.css"><link rel="icon" href="/favicon.svg"></head><body></body>';
    expect(await inlineStylesheets(html, '/', read)).toEqual({
      html: '<head><style>body{color:red}</style><link rel="icon" href="/favicon.svg"></head><body></body>',
      styles: ['body{color:red}'],
    });
  });

  it('drops a stylesheet none of whose rules the page uses', async () => {
    const html = '<link rel="stylesheet" href="/_astro/poster.abc.css"><main></main>';
    expect(await inlineStylesheets(html, '/', read)).toEqual({ html: '<main></main>', styles: [] });
  });

  it('keeps links it cannot read, and those of another base path or origin', async () => {
    const html =
      '<link rel="stylesheet" href="/_astro/missing.css"><link rel="stylesheet" href="https://cdn.example/x.css">';
    expect(await inlineStylesheets(html, '/', read)).toEqual({ html, styles: [] });
    const under = '<link rel="stylesheet" href="/congdanso/_astro/global.abc.css"><main></main>';
    expect((await inlineStylesheets(under, '/congdanso/', read)).html).toBe(
      '<style>main{margin:0}</style><main></main>',
    );
  });
});

describe('usedRules', () => {
  const sheet = [
    '.md\\:hidden{display:none}',
    '.nav-menu[open]{flex-basis:100%}',
    '[hidden]{display:none}',
    '.space-y-1>*{margin:0}',
    'mark{background:yellow}',
    '.never{color:blue}',
    '@keyframes spin{to{rotate:1turn}}',
    '.spinner{animation:spin 1s}',
    ':root{--used:red;--unused:blue}',
    'p{color:var(--used)}',
  ].join('\n');

  it('keeps what the page’s elements, classes and attributes use, and what the browser toggles', async () => {
    const [kept] = await usedRules(
      [sheet],
      '<details class="nav-menu md:hidden"><summary>Mục lục</summary><p>x</p></details>',
    );
    expect(kept).toContain('.md\\:hidden{display:none}');
    expect(kept).toContain('.nav-menu[open]{flex-basis:100%}');
    expect(kept).toContain('[hidden]{display:none}');
    expect(kept).toContain('--used:red');
    expect(kept).not.toContain('--unused');
    expect(kept).not.toContain('.never');
    expect(kept).not.toContain('mark');
    expect(kept).not.toContain('spin');
  });

  it('keeps the class and tag names a script writes', async () => {
    const script =
      "const li=document.createElement('li');li.className='space-y-1 spinner';document.createElement('mark')";
    const [kept] = await usedRules([sheet], '<ul></ul>', [script]);
    expect(kept).toContain('.space-y-1>*{margin:0}');
    expect(kept).toContain('mark{background:yellow}');
    expect(kept).toContain('@keyframes spin');
    expect(kept).not.toContain('.never');
  });
});

describe('pageScripts', () => {
  it('reads the page’s module scripts and the chunks they import, once each', () => {
    const files = new Map([
      ['/_astro/Search.a.js', 'import{f as o}from"./fold.b.js";import("./lazy.c.js")'],
      ['/_astro/fold.b.js', 'export const f=1'],
      ['/_astro/lazy.c.js', 'import"./fold.b.js"'],
    ]);
    const html =
      '<script type="module" src="/_astro/Search.a.js"></script><script src="https://x.example/a.js"></script>';
    expect(pageScripts(html, '/', (src) => files.get(src)).sort()).toEqual(
      [...files.values()].sort(),
    );
  });
});

it('keeps the reset that hides a hidden element, which PurgeCSS would drop', async () => {
  // A page whose list filter starts hidden with class="block": without the reset it would show.
  const css =
    '@layer base{[hidden]:where(:not([hidden=until-found])){display:none!important}}' +
    '.block{display:block}.unused{color:red}@media print{.list>li[hidden]{display:block}}';
  const [rules] = await usedRules([css], '<div hidden class="block">Lọc</div>');
  expect(rules).toBe(
    '[hidden]:where(:not([hidden=until-found])){display:none!important}.block{display:block}',
  );
});
