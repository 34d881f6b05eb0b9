/**
 * Content is data, never code, through the real build: markup written into a story, a news item,
 * a letter and a bulletin never reaches a page as markup and adds nothing to the
 * Content-Security-Policy; an .mdx story is refused before it can run; markup that does reach a
 * page (an MDX guide is the ward's own code) stops the build, naming the page and the file.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_WARD } from '../sample-ward.ts';
import { astro, copyContent } from './astro.ts';

/** A CSP source for these bytes, as the CSP standard defines it (not the project's helper). */
const sha256Source = (code: string) =>
  `'sha256-${createHash('sha256').update(Buffer.from(code, 'utf8')).digest('base64')}'`;

const FIXTURE = 'tests/fixtures/viet-hoa';
const LETTER = 'announcements/khuyen-khich-tham-gia-cuoc-thi.md';

/** The vectors of the issue, each with words around it that must still be read on the page. */
const VECTORS = [
  'Mở đầu <script>alert("s1")</script> hết.',
  'Ảnh <img src="./anh.jpg" alt="Ảnh lạ" onerror="alert(\'i1\')"> và <svg onload="alert(\'v1\')"><circle r="1"/></svg> hình.',
  'Khung <iframe src="https://lua-dao.example/"></iframe> trống.',
  '[Bấm vào đây](javascript:alert("l1")) và <a href="JaVaScRiPt:alert(\'l2\')">đây nữa</a>.',
  '<meta http-equiv="refresh" content="0;url=https://lua-dao.example/">',
  '<style>body{display:none}</style>',
  '<form action="https://lua-dao.example/"><input name="otp"><button>Gửi mã OTP</button></form>',
  'Chữ **đậm** vẫn đậm.',
].join('\n\n');

const story = (body: string) =>
  `---\ntitle: Bà tôi học số\nauthor:\n  name: Nguyễn Thị Lan\ngroup: khu-1\ncategory: thanh-nien-so\ndate: 2025-10-20\nsummary: Tóm tắt câu chuyện.\nconsent: true\npublished: true\n---\n\n${body}\n`;
const news = (body: string) =>
  `---\ntitle: Tin có mã lạ\ndate: 2025-10-20\nsummary: Tóm tắt tin.\n---\n\n${body}\n`;
const bulletin = (body: string) =>
  `---\ntitle: Bản tin có mã lạ\ndate: 2025-10-20\nsummary: Tóm tắt bản tin.\n---\n\n${body}\n`;

function write(dir: string, file: string, text: string) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  );
}

describe('markup in content', () => {
  it('never reaches a page as markup and adds no hash of its own to the policy', () => {
    const dir = copyContent(FIXTURE);
    write(dir, 'stories/ma-la.md', story(VECTORS));
    write(dir, 'news/tin-ma-la.md', news(VECTORS));
    write(dir, 'bulletins/ban-tin-ma-la.md', bulletin(VECTORS));
    write(dir, LETTER, `${readFileSync(path.join(FIXTURE, LETTER), 'utf8')}\n${VECTORS}\n`);
    // The picture the vectors show, a real one beside each entry: only its markup is hostile.
    for (const folder of ['stories', 'news', 'bulletins', 'announcements'])
      copyFileSync(`${SAMPLE_WARD}/news/mo-cuoc-thi.jpg`, path.join(dir, folder, 'anh.jpg'));
    const outDir = mkdtempSync(path.join(tmpdir(), 'unsafe-build-'));
    const run = astro(['build', '--outDir', outDir], { SITE_CONTENT: dir });
    expect(run.status, run.output).toBe(0);

    const pages = [
      'cau-chuyen/ma-la/index.html',
      'tin-tuc/tin-ma-la/index.html',
      'ban-tin/ban-tin-ma-la/index.html',
      'van-ban/khuyen-khich-tham-gia-cuoc-thi/index.html',
    ];
    for (const page of pages) {
      const html = readFileSync(path.join(outDir, page), 'utf8');
      // The words around each vector are still there, so the body itself was published.
      for (const words of ['Mở đầu', 'hình.', 'Khung', 'đây nữa', 'Gửi mã OTP'])
        expect(html, page).toContain(words);
      expect(html, page).toContain('<strong>đậm</strong>');
    }
    // The critical CSS writes into each page's head the rules of the project's own built
    // stylesheets that the page uses (src/lib/security/critical-css.ts): a <style> is the project's when
    // each selector and each declaration of each of its rules is one of theirs. (The content's
    // own CSS, `body{display:none}`, is looked for in the page as it is.)
    const stylesheets = readdirSync(path.join(outDir, '_astro'))
      .filter((file) => file.endsWith('.css'))
      .map((file) => readFileSync(path.join(outDir, '_astro', file), 'utf8'))
      .join('\n');
    const ours = (css: string) =>
      [...css.matchAll(/([^{}]*)\{([^{}]*)\}/g)].every(
        ([, selectors, declarations]) =>
          declarations!.split(';').every((declaration) => stylesheets.includes(declaration)) &&
          // A selector list inside :where() may have lost the parts the page does not use.
          selectors!
            .split(',')
            .every((selector) => stylesheets.includes(selector.trim().split('(')[0]!)),
      );
    // Each page also carries the site's policy, as its one <meta http-equiv>.
    const projectStyles = new Set<string>();
    const withoutCritical = (html: string) =>
      html
        .replace(/<style>([\s\S]*?)<\/style>/g, (style, css: string) => {
          if (!ours(css)) return style;
          projectStyles.add(css);
          return '';
        })
        .replace(/<meta http-equiv="content-security-policy" content="[^"<>]*">/, '');
    for (const page of htmlFiles(outDir)) {
      const raw = readFileSync(path.join(outDir, page), 'utf8');
      expect(raw, page).not.toMatch(/alert\(|lua-dao\.example|body\{display:none\}/);
      const html = withoutCritical(raw);
      expect(html, page).not.toMatch(/<(iframe|meta http-equiv|style)\b/i);
      expect(html, page).not.toMatch(/\son[a-z]+=/i);
      expect(html, page).not.toMatch(/javascript:/i);
      // Only the project's bundled scripts, as files: no inline script at all. The editor's page
      // (written by src/integrations/cms.ts, not from content) loads its own files beside it.
      // The table checker beside it is an ordinary page of the site.
      const ownScript = /^quan-tri\/(?:index\.html|[^/]*\.html)$/.test(page)
        ? /^<script src="[a-z-]+\.js">$/
        : /^<script type="module" src="\/_astro\/[^"]+\.js">$/;
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, page).toMatch(ownScript);
      for (const tag of html.match(/<form\b[^>]*>/g) ?? [])
        expect(tag, page).toContain('action="/tim-kiem/"');
    }
    // Nothing was registered in src/lib/security/inline-code.ts: no script hash, and the style hashes are
    // those of the styles written from the project's stylesheets only, none from content.
    const headers = readFileSync(path.join(outDir, '_headers'), 'utf8');
    expect(headers).toContain("script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
    const styleSources = /style-src 'self'([^;]*);/.exec(headers)![1]!.trim().split(/\s+/);
    const projectHashes = new Set([...projectStyles].map(sha256Source));
    for (const source of styleSources.filter(Boolean))
      expect(projectHashes.has(source), source).toBe(true);
    expect(headers).not.toContain(sha256Source('body{display:none}'));
  });

  it('refuses an .mdx story or news item before anything in it runs', () => {
    const dir = copyContent(FIXTURE);
    const marker = path.join(mkdtempSync(path.join(tmpdir(), 'mdx-ran-')), 'ran');
    const code = `export const ran = (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'x');\n\n{(await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'y')}`;
    write(dir, 'stories/chay-ma.mdx', story(code));
    write(dir, 'news/tin-chay-ma.mdx', news(code));
    const outDir = mkdtempSync(path.join(tmpdir(), 'mdx-build-'));
    const run = astro(['build', '--outDir', outDir], { SITE_CONTENT: dir });
    expect(run.status, run.output).not.toBe(0);
    for (const file of ['news/tin-chay-ma.mdx', 'stories/chay-ma.mdx'])
      expect(run.output).toContain(
        `${path.join(dir, file)}: Thư mục ${file.split('/')[0]} chỉ nhận tệp .md (MDX có thể chạy mã khi dựng trang).`,
      );
    expect(existsSync(marker)).toBe(false);
  });

  it('refuses an MDX guide that is code, not text, before anything in it runs', () => {
    const dir = copyContent(FIXTURE);
    const marker = path.join(mkdtempSync(path.join(tmpdir(), 'guide-ran-')), 'ran');
    const guide = (body: string) =>
      `---\ntitle: Hướng dẫn lạ\nsummary: Tóm tắt.\norder: 9\nupdated: 2025-10-20\n---\n\nChữ.\n\n${body}\n`;
    write(
      dir,
      'guides/chay-ma.mdx',
      guide(
        `export const x = (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'x')\n\nMáy: {(await import('node:os')).hostname()}`,
      ),
    );
    write(
      dir,
      'guides/gan-html.mdx',
      guide(`<Fragment set:html={'<a href="&#106;avascript:go()">x</a>'} />`),
    );
    write(dir, 'guides/link-la.mdx', guide('<a href="javascript&colon;go()">bấm</a>'));
    write(dir, 'guides/ma-jscript.mdx', guide('<script type="text/jscript">go()</script>'));
    write(dir, 'guides/doi-goc.mdx', guide('<base href="https://lua-dao.example/" />'));
    write(dir, 'guides/co-khung.mdx', guide('<iframe src="https://lua-dao.example/"></iframe>'));
    write(dir, 'guides/chua-dong.mdx', guide('<Note>\nChú ý\n\nHết.'));
    const outDir = mkdtempSync(path.join(tmpdir(), 'guide-build-'));
    const run = astro(['build', '--outDir', outDir], { SITE_CONTENT: dir });
    expect(run.status, run.output).not.toBe(0);
    const at = (file: string, line: number) => `${path.join(dir, 'guides', file)}, dòng ${line}: `;
    for (const where of [
      `${at('chay-ma.mdx', 10)}Trang hướng dẫn không được chứa mã lệnh (import, export).`,
      `${at('chay-ma.mdx', 12)}Dấu ngoặc nhọn { } trong trang hướng dẫn là chỗ chạy mã lệnh`,
      `${at('gan-html.mdx', 10)}Thẻ <Fragment> không có trong các khối trang hướng dẫn dùng được`,
      `${at('link-la.mdx', 10)}Đường link href="javascript:go()" của thẻ <a> không phải địa chỉ web.`,
      `${at('ma-jscript.mdx', 10)}Thẻ <script> không có trong các khối`,
      `${at('doi-goc.mdx', 10)}Thẻ <base> không có trong các khối`,
      `${at('co-khung.mdx', 10)}Thẻ <iframe> không có trong các khối`,
      `${at('chua-dong.mdx', 10)}Thẻ <Note> mở ở đây nhưng không có thẻ đóng. Thêm </Note>`,
    ])
      expect(run.output).toContain(where);
    expect(run.output).not.toContain('mdx-jsx:unexpected-character) [');
    expect(existsSync(marker)).toBe(false);
  });

  it('refuses a picture without a description in a news body, naming the file and the line', () => {
    // html-validate found it only in the product's tests, after the site was built.
    const dir = copyContent(FIXTURE);
    write(dir, 'news/anh-chua-mo-ta.md', news('Buổi tập huấn.\n\nẢnh: <img src="./anh.jpg">'));
    const run = astro(['build', '--outDir', mkdtempSync(path.join(tmpdir(), 'alt-build-'))], {
      SITE_CONTENT: dir,
    });
    expect(run.status, run.output).not.toBe(0);
    expect(run.output).toContain(
      `${path.join(dir, 'news/anh-chua-mo-ta.md')}, dòng 9: Ảnh "./anh.jpg" chưa có mô tả cho người không nhìn thấy.`,
    );
  });

  it('stops the build when a body cannot be rendered, rather than publish it empty', () => {
    const dir = copyContent(FIXTURE);
    const deep = `Đoạn đầu.\n\n${'>'.repeat(200)} Trích dẫn lồng quá sâu.\n\nĐoạn cuối.`;
    write(dir, 'news/long-qua-sau.md', news(deep));
    const run = astro(['build', '--outDir', mkdtempSync(path.join(tmpdir(), 'deep-build-'))], {
      SITE_CONTENT: dir,
    });
    expect(run.status, run.output).not.toBe(0);
    expect(run.output).toContain(
      `${path.join(dir, 'news/long-qua-sau.md')}: Phần nội dung lồng quá sâu (quá 128 lớp`,
    );
  });

  it('publishes no picture from outside the entry folder, for a field or in a body', () => {
    const dir = copyContent(FIXTURE);
    write(
      dir,
      'news/anh-ngoai.md',
      `---\ntitle: Tin có ảnh lạ\ndate: 2025-10-20\nsummary: Tóm tắt tin.\ncover: ../../../../package.json\ncoverAlt: Ảnh\n---\n\n![Mật khẩu](/etc/passwd)\n`,
    );
    const outDir = mkdtempSync(path.join(tmpdir(), 'picture-build-'));
    const run = astro(['build', '--outDir', outDir], { SITE_CONTENT: dir });
    expect(run.status, run.output).not.toBe(0);
    const file = path.join(dir, 'news/anh-ngoai.md');
    expect(run.output).toContain(
      `${file}, dòng 5, trường "cover": Ảnh "../../../../package.json" nằm ngoài thư mục của bài (news/).`,
    );
    expect(run.output).toContain(`${file}, dòng 9: Ảnh "/etc/passwd" nằm ngoài thư mục của bài`);
    expect(existsSync(path.join(outDir, '_astro'))).toBe(false);
  });
});
