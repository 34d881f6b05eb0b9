/**
 * The content check's pieces on a small hand-made built site (scripts/checks/): broken links and
 * anchors, anything loaded from another origin, a page without its policy, each reported in
 * Vietnamese on the content file the page shows; and the Markdown report of the deploy workflow.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, pageProblem } from '../../scripts/checks/findings.ts';
import { brokenLinks } from '../../scripts/checks/links.ts';
import { originProblems } from '../../scripts/checks/origins.ts';
import { escapeMarkdown, failedCheckReport, markdownReport } from '../../scripts/checks/report.ts';
import { formatProblem } from '../../src/lib/content-rules/content-errors.ts';

const root = mkdtempSync(path.join(tmpdir(), 'checks-'));
const dist = path.join(root, 'dist');
const content = path.join(root, 'content');
const META = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;
const page = (body: string, head = META) =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">${head}<title>t</title></head><body>${body}</body></html>`;

function write(dir: string, file: string, text: string) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

const previous = process.env.SITE_CONTENT;
beforeAll(() => {
  process.env.SITE_CONTENT = content;
  write(content, 'news/tin-moi.md', '---\ntitle: x\n---\n');
  write(dist, 'index.html', page('<h1 id="dau">Trang chủ</h1><a href="/tin-tuc/tin-moi/">tin</a>'));
  write(
    dist,
    'tin-tuc/tin-moi/index.html',
    page(
      [
        '<a href="/tin-tuc/khong-co/">hỏng</a>',
        '<a href="/#khong-co-muc">mục thiếu</a>',
        '<a href="/#dau">mục có</a>',
        '<a href="https://onetouch.mic.gov.vn/">link ra ngoài là được</a>',
        '<img src="https://anh.example/a.jpg" alt="ảnh ngoài">',
        '<img srcset="/a.jpg 1x, //cdn.example/b.jpg 2x" src="/a.jpg" alt="b">',
        '<style>body{background:url(https://font.example/x.png)}</style>',
      ].join(''),
    ),
  );
  write(dist, 'a.jpg', 'x');
  write(dist, 'khong-chinh-sach/index.html', page('<p>x</p>', ''));
});
afterAll(() => {
  if (previous === undefined) delete process.env.SITE_CONTENT;
  else process.env.SITE_CONTENT = previous;
});

describe('the content checks on a built site', () => {
  it('name each broken link and missing anchor on the content file of its page', () => {
    const pages = builtPages(dist);
    const found = brokenLinks(dist, pages, 'https://phuong.example/').map(({ page, message }) =>
      formatProblem(pageProblem(page, message)).replace(root, '…'),
    );
    expect(found).toMatchInlineSnapshot(`
      [
        "…/content/news/tin-moi.md: Trang /tin-tuc/tin-moi/: đường link href="/tin-tuc/khong-co/" dẫn tới /tin-tuc/khong-co/, nhưng website không có trang hay tệp đó. Sửa đường link cho đúng địa chỉ một trang của website (bắt đầu bằng /, kết thúc bằng /), hoặc thêm tệp còn thiếu.",
        "…/content/news/tin-moi.md: Trang /tin-tuc/tin-moi/: đường link href="/#khong-co-muc" dẫn tới mục #khong-co-muc, nhưng trang / không có mục đó. Sửa phần sau dấu # cho đúng tên một đề mục của trang đó, hoặc bỏ phần #… đi.",
      ]
    `);
  });

  it('name everything loaded from another origin, and a page without its policy', () => {
    const found = originProblems(dist, builtPages(dist), 'https://phuong.example/').map((problem) =>
      formatProblem(problem).replace(root, '…'),
    );
    expect(found).toMatchInlineSnapshot(`
      [
        "dist/khong-chinh-sach/index.html: Trang /khong-chinh-sach/: trang thiếu chính sách bảo mật (thẻ <meta http-equiv="content-security-policy">). Đây là lỗi của bản dựng, không phải của nội dung: báo cho người phụ trách kỹ thuật.",
        "…/content/news/tin-moi.md: Trang /tin-tuc/tin-moi/: trang tải "https://anh.example/a.jpg" từ một trang web khác. Website không tải gì từ nơi khác (để giữ an toàn cho người xem và chạy được khi mạng yếu): chép tệp đó vào thư mục của bài, cạnh tệp nội dung, rồi ghi đường dẫn bắt đầu bằng ./",
        "…/content/news/tin-moi.md: Trang /tin-tuc/tin-moi/: trang tải "//cdn.example/b.jpg" từ một trang web khác. Website không tải gì từ nơi khác (để giữ an toàn cho người xem và chạy được khi mạng yếu): chép tệp đó vào thư mục của bài, cạnh tệp nội dung, rồi ghi đường dẫn bắt đầu bằng ./",
        "…/content/news/tin-moi.md: Trang /tin-tuc/tin-moi/: trang tải "https://font.example/x.png" từ một trang web khác. Website không tải gì từ nơi khác (để giữ an toàn cho người xem và chạy được khi mạng yếu): chép tệp đó vào thư mục của bài, cạnh tệp nội dung, rồi ghi đường dẫn bắt đầu bằng ./",
      ]
    `);
  });
});

describe('the report', () => {
  it('shows text as written, never as markup GitHub would hide or follow', () => {
    expect(escapeMarkdown('Thẻ <Note> và ![ảnh](./a.jpg) *đậm*')).toBe(
      'Thẻ &lt;Note&gt; và !\\[ảnh\\](./a.jpg) \\*đậm\\*',
    );
  });

  it('links each file at the commit checked, with its line, when run on GitHub', () => {
    const env = {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'ward/site',
      GITHUB_SHA: 'abc123',
    };
    const report = markdownReport(
      [
        { file: 'package.json', line: 3, field: 'name', message: 'Sai <b>tên</b>.' },
        { file: 'dist/x/index.html', message: 'Trang /x/: lỗi.' },
        {
          file: 'tests/fixtures/dong-hoa/participation.xlsx',
          sheet: 'Tháng 11',
          line: 5,
          field: 'joined',
          kind: 'column',
          message: 'Số hộ tham gia lớn hơn số hộ.',
        },
      ],
      env,
      'https://ward.example/quan-tri/',
    );
    expect(report).toMatchInlineSnapshot(`
      "## Trang web chưa được cập nhật

      Lần lưu vừa rồi chưa được đăng lên trang web vì nội dung có 3 lỗi. Trang web đang chạy vẫn giữ nguyên như trước.
      Sửa từng lỗi dưới đây (trong [trang quản trị](https://ward.example/quan-tri/) hoặc trong tệp), rồi lưu lại: trang web sẽ tự kiểm tra và đăng lại.

      - [package.json, dòng 3, trường "name"](https://github.com/ward/site/blob/abc123/package.json#L3): Sai &lt;b&gt;tên&lt;/b&gt;.
      - dist/x/index.html: Trang /x/: lỗi.
      - [tests/fixtures/dong-hoa/participation.xlsx](https://github.com/ward/site/raw/abc123/tests/fixtures/dong-hoa/participation.xlsx), trang tính "Tháng 11", dòng 5, cột "joined": Số hộ tham gia lớn hơn số hộ.

      Hướng dẫn sửa lỗi: [docs/huong-dan-bien-tap.md](https://github.com/ward/site/blob/abc123/docs/huong-dan-bien-tap.md)
      "
    `);
    expect(markdownReport([], env)).toContain('Nội dung đạt mọi kiểm tra');
  });

  it('says, when the check itself could not run, that it is not the staff’s doing and whom to tell', () => {
    const report = failedCheckReport('https://github.com/ward/site/actions/runs/7');
    expect(report).toContain('chương trình kiểm tra nội dung không chạy được đến cuối');
    expect(report).toContain('Đây không phải lỗi của cán bộ đã lưu bài');
    expect(report).toContain(
      'Chuyển thông báo này cho người phụ trách kỹ thuật của phường, kèm đường link nhật ký: https://github.com/ward/site/actions/runs/7.',
    );
  });
});
