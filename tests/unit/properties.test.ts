/**
 * Property tests (fast-check) at the trust boundaries: arbitrary input never crashes the text rule,
 * the body rules, the CSV writer or the feed reader; what they accept is inert; no CSV cell starts
 * as a formula; a picture is found whatever its description holds.
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownBodyProblems, mdxBodyProblems } from '../../src/lib/content-rules/body-rules.ts';
import { bodyPictures } from '../../src/lib/content-rules/body-tree.ts';
import { writeCsv } from '../../src/lib/tables/csv-write.ts';
import { isCalendarDate } from '../../src/lib/site/dates.ts';
import { FEED_FORMAT, MAX_GROUP_HOUSEHOLDS, readFeed } from '../../src/lib/tables/progress-feed.ts';
import { textFault } from '../../src/lib/content-rules/text-rule.ts';

/** Text of every kind: any code point, emoji and Vietnamese among them. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.stringMatching(/^[a-zđăâêôơư àáảãạ̣̀́̉̃=+@\-\t\r\n"',;:#~\u200b\u{E0030}]{0,40}$/u),
);

describe('the text rule', () => {
  it('never throws, and what it accepts holds nothing hidden, reversed or piled up', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const fault = textFault(value);
        if (fault !== undefined) return typeof fault === 'string';
        // Independent of the rule's own lists: controls, bidi controls, tags, zero-width and fillers.
        return (
          !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u.test(value) &&
          !/[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF\u3164\u115F\u1160\uFFA0]/u.test(value) &&
          !/[\u{E0000}-\u{E007F}]/u.test(
            value.replace(/\u{1F3F4}[\u{E0030}-\u{E007A}]+\u{E007F}/gu, ''),
          ) &&
          !/\p{M}{3}/u.test(value)
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the body rules', () => {
  it('never throw on any markdown or MDX body', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (body, mdx) => {
        const problems = mdx
          ? mdxBodyProblems('x.mdx', body, 1)
          : markdownBodyProblems('x.md', body, 1);
        bodyPictures(body, 1, mdx);
        return Array.isArray(problems);
      }),
      { numRuns: 1000 },
    );
  });

  it('find a picture whatever its description holds, inline or by reference', () => {
    // A description as an editor may write it: brackets, line breaks, marks; escaped as CommonMark asks.
    const description = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
      .map((text) => text.replace(/[\\[\]]/g, '\\$&').replace(/\n\s*\n/g, '\n'))
      .filter((text) => text.trim() !== '' && !/^\s|\s$|[\r\u0000-\u001f<>`!&]/u.test(text));
    const name = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    fc.assert(
      fc.property(description, name, fc.boolean(), fc.boolean(), (alt, file, reference, mdx) => {
        const body = reference
          ? `Chữ ![${alt}][anh]\n\n[anh]: ./${file}.svg\n`
          : `Chữ ![${alt}](./${file}.svg)\n`;
        const found = bodyPictures(body, 1, mdx).map((picture) => picture.src);
        // MDX reads { and < as code; such a body is refused by the body rules instead.
        if (mdx && /[{}<]/.test(alt)) return true;
        return found.includes(`./${file}.svg`);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the CSV writer', () => {
  const starter = /^[\s\u3000]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/u;
  it('writes every cell back as written, and none that starts as a formula', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(anyText, { minLength: 2, maxLength: 2 }), { maxLength: 6 }),
        (rows) => {
          const csv = writeCsv(['a', 'b'], rows);
          const parsed = parse(csv.slice(1), { relax_column_count: false }) as string[][];
          expect(parsed).toHaveLength(rows.length + 1);
          parsed.slice(1).forEach((cells, index) =>
            cells.forEach((cell, column) => {
              const written = rows[index]![column]!;
              expect(starter.test(cell) && !/^[ \u00a0]*$/.test(cell)).toBe(false);
              expect(cell === written || cell === `'${written}`).toBe(true);
            }),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the feed reader', () => {
  const today = '2025-11-12';
  const feedUrl = 'https://phuong-a.example/tien-do/so-lieu.json';
  const count = fc.oneof(
    fc.nat(300),
    fc.constantFrom(20_000, 20_001, 2 ** 53 - 1, 2 ** 53, -1, 1.5),
  );
  const date = fc.oneof(
    fc.constantFrom('2025-11-12', '2025-11-13', '2025-19-45', '2099-12-31', '2025-02-30'),
    fc
      .date({ min: new Date('2025-01-01'), max: new Date('2026-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  );
  const group = fc.record({
    code: fc.constantFrom('to-1', 'to-2', 'to-3'),
    name: fc.constant('Tổ'),
    households: fc.option(count, { nil: null }),
    joined: fc.option(count, { nil: null }),
    asOf: date,
  });
  const feed = fc.record({
    format: fc.constantFrom(FEED_FORMAT, FEED_FORMAT, 'khac/1'),
    ward: fc.constant('Phường A'),
    site: fc.constantFrom(
      'https://phuong-a.example/',
      'https://a@phuong-a.example/',
      'https://evil.example/',
      'http://phuong-a.example/',
    ),
    asOf: fc.option(date, { nil: null }),
    targets: fc.constant({ householdsPercent: 70, officialsPercent: 100 }),
    households: fc.record({ total: count, joined: count }),
    officials: fc.constant(null),
    groups: fc.array(group, { maxLength: 3 }),
  });

  it('never throws on any text, and counts only figures that add up, dated by today, on its own site', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          feed.map((value) => JSON.stringify(value)),
          fc.json(),
          anyText,
        ),
        (text) => {
          const read = readFeed(text, { feedUrl, today });
          if ('problem' in read) return true;
          const { feed: accepted } = read;
          const reported = accepted.groups;
          const sum = (key: 'households' | 'joined') =>
            reported.reduce((total, g) => total + (g[key] ?? 0), 0);
          return (
            accepted.households.total === sum('households') &&
            accepted.households.joined === sum('joined') &&
            new Set(reported.map((g) => g.code)).size === reported.length &&
            reported.every(
              (g) =>
                (g.households ?? 0) <= MAX_GROUP_HOUSEHOLDS &&
                (g.joined ?? 0) <= (g.households ?? 0),
            ) &&
            [accepted.asOf, ...reported.map((g) => g.asOf)].every(
              (d) => d == null || (isCalendarDate(d) && d <= today),
            ) &&
            accepted.site === 'https://phuong-a.example/'
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});
