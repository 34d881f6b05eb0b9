/**
 * What a body may hold (src/lib/content-rules/body-rules.ts): MDX is declarative, and every picture has a
 * description. The hostile inputs are the ones that ran code or reached another site before.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, technicalDetails } from '../../src/lib/content-rules/content-errors.ts';
import {
  markdownBodyProblems,
  MDX_COMPONENTS,
  MDX_VALUES,
  mdxBodyProblems,
} from '../../src/lib/content-rules/body-rules.ts';
import { bodyPictures } from '../../src/lib/content-rules/body-tree.ts';
import { SAMPLE_WARD } from '../sample-ward.ts';

const FILE = 'content/guides/x.mdx';
// The body starts on line 5 of the file (after four lines of frontmatter).
const mdx = (body: string) => mdxBodyProblems(FILE, body, 5).map(formatProblem);
const md = (body: string) => markdownBodyProblems('content/news/x.md', body, 5).map(formatProblem);

describe('an MDX body', () => {
  it('accepts the guides of the sample ward as they are', () => {
    for (const folder of ['guides', 'pages']) {
      const dir = path.join(SAMPLE_WARD, folder);
      for (const name of readdirSync(dir).filter((file) => file.endsWith('.mdx'))) {
        const text = readFileSync(path.join(dir, name), 'utf8');
        const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
        expect(mdxBodyProblems(name, body, 1), name).toEqual([]);
      }
    }
  });

  it('refuses code: import, export and {expressions}, on their lines', () => {
    expect(
      mdx(
        [
          "export const x = (await import('node:fs')).writeFileSync('/tmp/x', 'y')",
          '',
          'Máy dựng trang: {process.env.HOSTNAME}',
          '',
          '{1 + 1}',
        ].join('\n'),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/guides/x.mdx, dòng 5: Trang hướng dẫn không được chứa mã lệnh (import, export). Xóa dòng này: các khối có sẵn như <Note> hay <Steps> dùng được ngay, không cần import.",
        "content/guides/x.mdx, dòng 7: Dấu ngoặc nhọn { } trong trang hướng dẫn là chỗ chạy mã lệnh, trang web không cho phép. Muốn viết dấu ngoặc nhọn như chữ thường, viết \\{ và \\}; muốn ghi ngày, số điện thoại hay đường link của cuộc thi, dùng <Fact> hoặc <SiteLink>.",
        "content/guides/x.mdx, dòng 9: Dấu ngoặc nhọn { } trong trang hướng dẫn là chỗ chạy mã lệnh, trang web không cho phép. Muốn viết dấu ngoặc nhọn như chữ thường, viết \\{ và \\}; muốn ghi ngày, số điện thoại hay đường link của cuộc thi, dùng <Fact> hoặc <SiteLink>.",
      ]
    `);
  });

  it('refuses a component it does not know, Fragment set:html, and attributes that are code', () => {
    expect(
      mdx(
        [
          `<Fragment set:html={'<a href="&#106;avascript:alert(1)">x</a>'} />`,
          '',
          '<Step title={name}>Bấm</Step>',
          '',
          '<Note {...props}>Chú ý</Note>',
          '',
          '<Step title="Mở" onClick="go()">Bấm</Step>',
        ].join('\n'),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/guides/x.mdx, dòng 5: Thẻ <Fragment> không có trong các khối trang hướng dẫn dùng được (Fact, Note, PageLink, SiteLink, Step, Steps) và không phải định dạng chữ thông thường. Sửa tên thẻ cho đúng, hoặc xóa thẻ và viết bằng định dạng markdown.",
        "content/guides/x.mdx, dòng 7: Thuộc tính title của thẻ <Step> phải là chữ trong dấu ngoặc kép, ví dụ title="…", không dùng dấu ngoặc nhọn { }.",
        "content/guides/x.mdx, dòng 9: Thẻ <Note> có phần {…} là mã lệnh, không phải thuộc tính. Xóa phần đó; thuộc tính viết dạng ten="giá trị".",
        "content/guides/x.mdx, dòng 11: Thẻ <Step> không có thuộc tính "onClick" (thuộc tính dùng được: title). Xóa hoặc sửa tên thuộc tính.",
      ]
    `);
  });

  it('refuses raw HTML outside markdown allow-list, and links that run script', () => {
    expect(
      mdx(
        [
          '<script type="text/jscript">go()</script>',
          '',
          '<base href="https://evil.example/" />',
          '',
          '<a href="javascript&colon;go()">bấm</a>',
          '',
          '<PageLink href="&#106;avascript:go()">bấm</PageLink>',
          '',
          '[Bấm vào đây](javascript:go()) và [đây nữa][x]',
          '',
          '[x]: vbscript:go()',
          '',
          '<b>đậm</b> và <a href="https://onetouch.mic.gov.vn/">link</a> vẫn được.',
        ].join('\n'),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/guides/x.mdx, dòng 5: Thẻ <script> không có trong các khối trang hướng dẫn dùng được (Fact, Note, PageLink, SiteLink, Step, Steps) và không phải định dạng chữ thông thường. Sửa tên thẻ cho đúng, hoặc xóa thẻ và viết bằng định dạng markdown.",
        "content/guides/x.mdx, dòng 7: Thẻ <base> không có trong các khối trang hướng dẫn dùng được (Fact, Note, PageLink, SiteLink, Step, Steps) và không phải định dạng chữ thông thường. Sửa tên thẻ cho đúng, hoặc xóa thẻ và viết bằng định dạng markdown.",
        "content/guides/x.mdx, dòng 9: Đường link href="javascript:go()" của thẻ <a> không phải địa chỉ web. Dùng địa chỉ bắt đầu bằng https:// hoặc một trang của website, bắt đầu bằng /.",
        "content/guides/x.mdx, dòng 11: Đường link href="javascript:go()" của thẻ <PageLink> không phải địa chỉ web. Dùng địa chỉ bắt đầu bằng https:// hoặc một trang của website, bắt đầu bằng /.",
        "content/guides/x.mdx, dòng 13: Đường link "javascript:go()" không phải địa chỉ web. Dùng địa chỉ bắt đầu bằng https:// hoặc một trang của website, bắt đầu bằng /.",
        "content/guides/x.mdx, dòng 15: Đường link "vbscript:go()" không phải địa chỉ web. Dùng địa chỉ bắt đầu bằng https:// hoặc một trang của website, bắt đầu bằng /.",
      ]
    `);
  });

  it('names the line and says in Vietnamese how to close an unclosed component', () => {
    expect(mdx('Mở đầu.\n\n<Note>\nChú ý\n\nHết.\n')).toMatchInlineSnapshot(`
      [
        "content/guides/x.mdx, dòng 7: Thẻ <Note> mở ở đây nhưng không có thẻ đóng. Thêm </Note> ở cuối đoạn mà thẻ bao quanh (mỗi thẻ mở phải có thẻ đóng, ví dụ <Note> … </Note>).",
      ]
    `);
    expect(mdx('<Steps>\n<Step title="a">\nBấm\n</Steps>\n')).toMatchInlineSnapshot(`
      [
        "content/guides/x.mdx, dòng 8: Thêm </Step> vào trước </Steps>: thẻ <Step> mở ở trên chưa được đóng, mà thẻ mở sau phải được đóng trước.",
      ]
    `);
    // The closing tag is the wrong one (the outer <Steps> closed as </Step>): change it.
    expect(
      mdx('<Steps>\n<Step title="a">\nBấm\n</Step>\n<Step title="b">\nXong\n</Step>\n</Step>\n'),
    ).toMatchInlineSnapshot(`
      [
        "content/guides/x.mdx, dòng 12: Đổi </Step> thành </Steps>: thẻ đang mở ở đây là <Steps>, nên thẻ đóng phải là </Steps>.",
      ]
    `);
    // The parser's English stays out of the message, for the log only (labelled as not the staff's).
    const [problem] = mdxBodyProblems(FILE, '<Steps>\nBấm\n</Step>\n', 5);
    expect(problem!.detail).toMatch(/^Unexpected closing tag `<\/Step>`/);
    expect(technicalDetails([problem!])).toMatch(
      /^Chi tiết kỹ thuật, cho người phụ trách kỹ thuật \(cán bộ không cần đọc\):\n {2}- content\/guides\/x\.mdx: Unexpected closing tag/,
    );
    expect(mdx('Giá {\n')).toMatchInlineSnapshot(`
      [
        "content/guides/x.mdx, dòng 5: Có dấu ngoặc nhọn { không được đóng. Muốn viết dấu ngoặc nhọn như chữ thường, viết \\{ và \\}.",
      ]
    `);
  });
});

describe('pictures in a body', () => {
  it('need a description, in markdown and in raw HTML, named by line', () => {
    expect(
      md(
        [
          'Bài viết.',
          '',
          '![](./anh.jpg)',
          '',
          'Chữ <img src="./khac.jpg"> chữ.',
          '',
          '<div>',
          '',
          '<img src="./ba.jpg" alt="  ">',
          '',
          '</div>',
          '',
          '![Bà Lan cầm điện thoại](./co-mo-ta.jpg) <img src="./x.jpg" alt="Cháu Minh">',
        ].join('\n'),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/news/x.md, dòng 7: Ảnh "./anh.jpg" chưa có mô tả cho người không nhìn thấy. Viết mô tả trong ngoặc vuông: ![Bà Lan cầm điện thoại, cháu ngồi bên cạnh](./anh.jpg), hoặc thêm alt="…" vào thẻ <img>.",
        "content/news/x.md, dòng 9: Ảnh "./khac.jpg" chưa có mô tả cho người không nhìn thấy. Viết mô tả trong ngoặc vuông: ![Bà Lan cầm điện thoại, cháu ngồi bên cạnh](./khac.jpg), hoặc thêm alt="…" vào thẻ <img>.",
        "content/news/x.md, dòng 13: Ảnh "./ba.jpg" chưa có mô tả cho người không nhìn thấy. Viết mô tả trong ngoặc vuông: ![Bà Lan cầm điện thoại, cháu ngồi bên cạnh](./ba.jpg), hoặc thêm alt="…" vào thẻ <img>.",
      ]
    `);
  });

  it('need a description in MDX too', () => {
    expect(mdx('<img src="./a.jpg" />\n\n![](./b.jpg)\n')).toMatchInlineSnapshot(`
      [
        "content/guides/x.mdx, dòng 5: Ảnh "./a.jpg" chưa có mô tả cho người không nhìn thấy. Viết mô tả trong ngoặc vuông: ![Bà Lan cầm điện thoại, cháu ngồi bên cạnh](./a.jpg), hoặc thêm alt="…" vào thẻ <img>.",
        "content/guides/x.mdx, dòng 7: Ảnh "./b.jpg" chưa có mô tả cho người không nhìn thấy. Viết mô tả trong ngoặc vuông: ![Bà Lan cầm điện thoại, cháu ngồi bên cạnh](./b.jpg), hoặc thêm alt="…" vào thẻ <img>.",
      ]
    `);
  });
});

describe('the pictures a body shows', () => {
  // Each of these was missed by the regex that found pictures before: the SVG reached dist/.
  const lines = [
    'Bài viết.', // 5
    '',
    '![Biểu đồ [mới]](./ngoac.svg)', // 7
    '',
    '![Mô tả dài', // 9
    'sang dòng hai](./hai-dong.svg)',
    '',
    '![x][r] và ![y][] và ![Z]', // 12
    '',
    '[r]: ./tham-chieu.svg', // 14
    '[y]: <./y có dấu cách.svg>',
    '[z]: ./z.svg',
    '[r]: ./bi-bo-qua.jpg', // a second definition of a label is ignored, as CommonMark does
    '',
    '![c](<./ảnh bà Lan.jpg>) ![d](./a%20b.jpg "tiêu đề") ![e](./\\(f\\).jpg)', // 19
    '',
    'Chữ <img alt="q" src="./trong-dong.svg"> chữ.', // 21
    '',
    '<div>', // 23
    '<IMG ALT="q" SRC="./&#x78;ss.svg">',
    '</div>',
    '',
    '`![mã](./khong-phai-anh.svg)`', // 27: code, shows no picture
  ];

  it('are read from the tree the renderer reads: every markdown picture syntax and <img>', () => {
    expect(bodyPictures(lines.join('\n'), 5, false)).toEqual([
      { src: './ngoac.svg', line: 7 },
      { src: './hai-dong.svg', line: 9 },
      { src: './tham-chieu.svg', line: 12 },
      { src: './y có dấu cách.svg', line: 12 },
      { src: './z.svg', line: 12 },
      { src: './ảnh bà Lan.jpg', line: 19 },
      { src: './a%20b.jpg', line: 19 },
      { src: './(f).jpg', line: 19 },
      { src: './trong-dong.svg', line: 21 },
      { src: './xss.svg', line: 24 },
    ]);
  });

  it('are found in MDX too, JSX <img> included', () => {
    const body = [
      '![a [b]](./a.svg)',
      '',
      '<img src="./b.svg" alt="b" />',
      '',
      '![c][d]',
      '',
      '[d]: ./d.svg',
    ];
    expect(bodyPictures(body.join('\n'), 1, true)).toEqual([
      { src: './a.svg', line: 1 },
      { src: './b.svg', line: 3 },
      { src: './d.svg', line: 5 },
    ]);
    // An MDX body that does not parse shows no picture; the body rules report its syntax.
    expect(bodyPictures('<Note>', 1, true)).toEqual([]);
  });
});

it('allows exactly the components the guides render', () => {
  const source = readFileSync('src/components/guides/mdx-components.ts', 'utf8');
  const rendered = /export const mdxComponents = \{([^}]*)\}/.exec(source)![1]!;
  const names = rendered.split(',').map((entry) => entry.split(':')[0]!.trim());
  expect(names.sort()).toEqual(Object.keys(MDX_COMPONENTS).sort());
});

it('refuses a fact or a link site.yaml does not give, prototype names included', () => {
  expect(
    mdx(
      '<Fact name="constructor" />\n\n<SiteLink to="toString" />\n\n<Fact name="closes" /> <Constructor />',
    ),
  ).toMatchInlineSnapshot(`
    [
      "content/guides/x.mdx, dòng 5: Thẻ <Fact> không có name="constructor". Dùng một trong: opens, closes, reportDeadline, questions, platform, campaign, organizer, storyName, ward, audience, officials, households, hotline, courseHost.",
      "content/guides/x.mdx, dòng 7: Thẻ <SiteLink> không có to="toString". Dùng một trong: course, hotline, zalo, guide, video.",
      "content/guides/x.mdx, dòng 9: Thẻ <Constructor> không có trong các khối trang hướng dẫn dùng được (Fact, Note, PageLink, SiteLink, Step, Steps) và không phải định dạng chữ thông thường. Sửa tên thẻ cho đúng, hoặc xóa thẻ và viết bằng định dạng markdown.",
    ]
  `);
});

it('knows exactly the facts and links the components render', () => {
  for (const [component, attribute] of [
    ['Fact', 'name'],
    ['SiteLink', 'to'],
  ] as const) {
    const source = readFileSync(`src/components/guides/${component}.astro`, 'utf8');
    const union = new RegExp(`${attribute}:([^;]*);`).exec(source)![1]!;
    const names = [...union.matchAll(/'([^']+)'/g)].map((match) => match[1]);
    expect(names.sort()).toEqual([...MDX_VALUES[component]![attribute]!].sort());
  }
});
