/**
 * Official links are on their official hosts, and the site's own address is a plain address: a
 * look-alike host or a query in site.url is refused in site.yaml, naming the field.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ContentError, formatProblem } from '../../src/lib/content-rules/content-errors.ts';
import { parseSite } from '../../src/lib/content-rules/site-file.ts';
import { SAMPLE_WARD } from '../sample-ward.ts';

const source = readFileSync(`${SAMPLE_WARD}/site.yaml`, 'utf8');

function problems(text: string): string[] {
  try {
    parseSite(text, 'content/site.yaml');
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

it('refuses a Zalo group or a course on a look-alike host', () => {
  expect(
    problems(
      source
        .replace('https://zalo.me/g/motzcq639', 'https://zalo.me.evil.example/g/motzcq639')
        .replace(
          'https://onetouch.mic.gov.vn/khoa-hoc/',
          'https://onetouch.mic.gov.vn.evil.example/khoa-hoc/',
        ),
    ),
  ).toMatchInlineSnapshot(`
    [
      "content/site.yaml, dòng 30, trường "campaign.courseUrl": Đường link khóa học trên One Touch phải là địa chỉ trên onetouch.mic.gov.vn; "onetouch.mic.gov.vn.evil.example" là một trang khác, có thể là trang giả mạo. Chép đúng đường link chính thức, ví dụ: https://onetouch.mic.gov.vn/khoa-hoc/...",
      "content/site.yaml, dòng 63, trường "help.zalo.url": Đường link nhóm Zalo phải là địa chỉ trên zalo.me; "zalo.me.evil.example" là một trang khác, có thể là trang giả mạo. Chép đúng đường link chính thức, ví dụ: https://zalo.me/g/...",
    ]
  `);
});

it('refuses a site address with a query, a fragment, a space or a quote', () => {
  for (const url of [
    'https://congdanso.tanhung.example/?utm_source=zalo',
    'https://congdanso.tanhung.example/#top',
    'https://congdanso.tanhung.example/cong dan so/',
    'https://congdanso.tanhung.example/"x',
  ])
    expect(
      problems(source.replace('url: https://congdanso.tanhung.example/', `url: '${url}'`)),
      url,
    ).toHaveLength(1);
  expect(
    problems(
      source.replace(
        'url: https://congdanso.tanhung.example/',
        'url: https://congdanso.tanhung.example/?utm_source=zalo',
      ),
    ),
  ).toMatchInlineSnapshot(`
    [
      "content/site.yaml, dòng 8, trường "site.url": Địa chỉ trang web chỉ gồm tên miền và đường dẫn, không có phần sau dấu ? hay # (mã QR in ra sẽ mang theo phần đó). Viết như: https://congdanso.quangtrung.haiphong.gov.vn/",
    ]
  `);
});
