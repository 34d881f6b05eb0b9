import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentFileOfPage } from '../../src/lib/content-rules/page-source.ts';
import {
  cspHash,
  fillTemplate,
  headersFor,
  inlineCode,
  nginxHeaders,
  parseHeaders,
  unfilledPlaceholders,
} from '../../src/lib/security/security-headers.ts';
import { metaPolicy, withPolicyMeta } from '../../src/lib/security/policy-meta.ts';

describe('inlineCode', () => {
  it('finds inline scripts and styles exactly as written, and skips external scripts and data', () => {
    const html =
      '<head><style>a{color:red}\n</style><script type="module">let a = 1 < 2 && "&amp;";</script>' +
      '<script src="/x.js"></script><script src="beside.js"></script><script type="application/ld+json">{"a":1}</script></head>' +
      '<body><SCRIPT>go()</SCRIPT></body>';
    const found = inlineCode(html);
    expect(found.scripts).toEqual(['let a = 1 < 2 && "&amp;";', 'go()']);
    expect(found.styles).toEqual(['a{color:red}\n']);
    expect(found.blocked).toEqual([]);
  });

  it('lists the style attributes the policy blocks', () => {
    const found = inlineCode('<div style="width:1px"></div><p>x</p>');
    expect(found.blocked).toEqual(['<div style="…">']);
    expect(found.dangers).toEqual([]);
  });

  it('names every piece of markup no page may hold', () => {
    const found = inlineCode(
      [
        '<button onclick="go()">x</button>',
        '<img src="x" onerror="go()">',
        '<svg onload="go()"></svg>',
        '<a href="javascript:go()">y</a>',
        '<a href=" JaVa\tScript:go()">z</a>',
        '<iframe src="https://example.com/"></iframe>',
        '<meta http-equiv="refresh" content="0;url=https://example.com/">',
        '<form action="https://example.com/"></form>',
        '<script src="https://example.com/x.js"></script>',
        '<script src="//example.com/y.js"></script>',
        '<script src="/\\example.com/z.js"></script>',
        '<script src="data:text/javascript,go()"></script>',
        // The project's own: a bundled script, a meta without http-equiv, the search form.
        '<script type="module" src="/_astro/a.js"></script>',
        '<meta name="viewport" content="width=device-width">',
        '<form role="search" action="/xa/tim-kiem/" method="get"></form>',
        '<details open><summary>s</summary></details>',
      ].join(''),
      { formActions: ['/xa/tim-kiem/'] },
    );
    expect(found.dangers).toEqual([
      '<button onclick="…">',
      '<img onerror="…">',
      '<svg onload="…">',
      '<a href="javascript:…">',
      '<a href="javascript:…">',
      '<iframe>',
      '<meta http-equiv="refresh">',
      '<form action="https://example.com/">',
      '<script src="https://example.com/x.js">',
      '<script src="//example.com/y.js">',
      '<script src="/\\example.com/z.js">',
      '<script src="data:text/javascript,go()">',
    ]);
  });
});

describe('inlineCode, read as a browser reads the page', () => {
  it('decodes entities in attributes, so an encoded javascript: URL is still found', () => {
    const found = inlineCode(
      [
        '<a href="&#106;avascript:go()">a</a>',
        '<a href="javascript&colon;go()">b</a>',
        '<a href="&#x6A;ava&#x73;cript&#58;go()">c</a>',
        '<a href="/javascript-an-toan/">d</a>',
      ].join(''),
    );
    expect(found.dangers).toEqual([
      '<a href="javascript:…">',
      '<a href="javascript:…">',
      '<a href="javascript:…">',
    ]);
  });

  it('treats every script type a browser may run as a script, and only JSON as data', () => {
    const types = ['text/jscript', 'application/x-javascript', 'text/javascript1.5', 'TEXT/JS'];
    const found = inlineCode(
      [
        ...types.map((type) => `<script type="${type}">go()</script>`),
        '<script type="application/json">{"a":1}</script>',
        '<script type="application/ld+json">{"a":1}</script>',
      ].join(''),
    );
    expect(found.scripts).toEqual(['go()', 'go()', 'go()', 'go()']);
  });

  it('refuses <base>, which would load the site own scripts from another site', () => {
    expect(inlineCode('<head><base href="https://evil.example/"></head>').dangers).toEqual([
      '<base>',
    ]);
  });

  it('accepts the page own policy <meta> and no other http-equiv', () => {
    const page = withPolicyMeta(
      '<html><head><meta charset="utf-8"><title>t</title></head></html>',
      "default-src 'self'",
    );
    expect(inlineCode(page).dangers).toEqual([]);
    expect(inlineCode('<meta http-equiv="Refresh" content="0">').dangers).toEqual([
      '<meta http-equiv="Refresh">',
    ]);
  });
});

describe('withPolicyMeta', () => {
  const policy =
    "default-src 'self'; script-src 'self' 'sha256-a+b/c='; frame-ancestors 'none'; form-action 'self'";

  it('writes the policy right after the character set, without what a <meta> cannot carry', () => {
    const page = withPolicyMeta(
      '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>a{}</style></head><body></body></html>',
      policy,
    );
    expect(page).toBe(
      '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">' +
        `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-a+b/c='; form-action 'self'">` +
        '<style>a{}</style></head><body></body></html>',
    );
  });

  it('opens the <head> with it when the page has no character set', () => {
    expect(
      withPolicyMeta('<html><head lang="vi"><title>t</title></head></html>', 'img-src x'),
    ).toBe(
      '<html><head lang="vi"><meta http-equiv="content-security-policy" content="img-src x"><title>t</title></head></html>',
    );
  });

  it('drops every header-only directive', () => {
    expect(
      metaPolicy("sandbox; report-uri /r; report-to r; frame-ancestors 'none'; img-src 'self'"),
    ).toBe("img-src 'self'");
  });
});

describe('contentFileOfPage', () => {
  const files = [
    '/c/news/ba-toi.md',
    '/c/stories/ba-toi.md',
    '/c/bulletins/moi-ba-con.md',
    '/c/guides/tao-tai-khoan.mdx',
  ];
  it('finds the entry a page shows by its address, in the folder of its route', () => {
    expect(contentFileOfPage('cau-chuyen/ba-toi/index.html', files)).toBe('/c/stories/ba-toi.md');
    expect(contentFileOfPage('tin-tuc/ba-toi/index.html', files)).toBe('/c/news/ba-toi.md');
    expect(contentFileOfPage('in-an/ban-tin/moi-ba-con/index.html', files)).toBe(
      '/c/bulletins/moi-ba-con.md',
    );
    expect(contentFileOfPage('huong-dan/tao-tai-khoan/index.html', files)).toBe(
      '/c/guides/tao-tai-khoan.mdx',
    );
    expect(contentFileOfPage('tien-do/index.html', files)).toBeUndefined();
    expect(contentFileOfPage('index.html', files)).toBeUndefined();
  });
});

describe('cspHash', () => {
  it('is the base64 SHA-256 of the UTF-8 text, as browsers compute it', () => {
    const code = 'document.title = "Tân Hưng";';
    const expected = createHash('sha256').update(Buffer.from(code, 'utf8')).digest('base64');
    expect(cspHash(code)).toBe(`'sha256-${expected}'`);
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe('the headers template', () => {
  const template = [
    '# comment',
    '/*',
    "  Content-Security-Policy: script-src 'self' {{script-hashes}}; style-src 'self' {{style-hashes}}; frame-ancestors 'none'",
    '  X-Frame-Options: DENY',
    '',
    '/tim-kiem/*',
    '  X-Robots-Tag: noindex',
  ].join('\n');

  it('is filled with sorted, distinct hashes, and an empty list leaves no stray space', () => {
    const filled = fillTemplate(template, {
      scripts: ["'sha256-b'", "'sha256-a'", "'sha256-b'"],
      styles: [],
    });
    expect(filled).toContain("script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; frame");
    expect(unfilledPlaceholders(filled)).toEqual([]);
    expect(unfilledPlaceholders(template)).toEqual(['{{script-hashes}}', '{{style-hashes}}']);
  });

  it('gives each path the headers of every rule that matches it', () => {
    const rules = parseHeaders(fillTemplate(template, { scripts: [], styles: [] }));
    expect(rules.map((rule) => rule.pattern)).toEqual(['/*', '/tim-kiem/*']);
    expect(Object.fromEntries(headersFor(rules, '/tim-kiem/'))).toEqual({
      'content-security-policy': "script-src 'self'; style-src 'self'; frame-ancestors 'none'",
      'x-frame-options': 'DENY',
      'x-robots-tag': 'noindex',
    });
    expect(headersFor(rules, '/to-dan-pho/to-1/').has('x-robots-tag')).toBe(false);
  });

  it('refuses a header line outside a path rule', () => {
    expect(() => parseHeaders('  X-Frame-Options: DENY')).toThrow(
      '_headers, line 1: expected "Name: value" under a path',
    );
  });

  it('is written for nginx as add_header lines that also apply to error pages', () => {
    const rules = parseHeaders(fillTemplate(template, { scripts: [], styles: [] }));
    expect(nginxHeaders(rules).split('\n').slice(1)).toEqual([
      `add_header Content-Security-Policy "script-src 'self'; style-src 'self'; frame-ancestors 'none'" always;`,
      'add_header X-Frame-Options "DENY" always;',
      '',
    ]);
  });
});
