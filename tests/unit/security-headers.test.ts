import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  cspHash,
  fillTemplate,
  headersFor,
  inlineCode,
  nginxHeaders,
  parseHeaders,
  unfilledPlaceholders,
} from '../../src/lib/security-headers.ts';

describe('inlineCode', () => {
  it('finds inline scripts and styles exactly as written, and skips external scripts and data', () => {
    const html =
      '<head><style>a{color:red}\n</style><script type="module">let a = 1 < 2 && "&amp;";</script>' +
      '<script src="/x.js"></script><script type="application/ld+json">{"a":1}</script></head>' +
      '<body><SCRIPT>go()</SCRIPT></body>';
    const found = inlineCode(html);
    expect(found.scripts).toEqual(['let a = 1 < 2 && "&amp;";', 'go()']);
    expect(found.styles).toEqual(['a{color:red}\n']);
    expect(found.blocked).toEqual([]);
  });

  it('lists the attributes the policy blocks', () => {
    const found = inlineCode(
      '<div style="width:1px"></div><button onclick="go()">x</button><a href="javascript:go()">y</a>',
    );
    expect(found.blocked).toEqual([
      '<div style="…">',
      '<button onclick="…">',
      '<a href="javascript:…">',
    ]);
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
