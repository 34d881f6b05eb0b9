/**
 * What leaves the build passes an allow-list of file kinds (scripts/checks/outputs.ts): an SVG,
 * an HTML page or a script copied from content is refused even if a rule upstream missed it, and
 * named by the content file it came from.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-rules/content-errors.ts';
import { outputKind, outputProblems } from '../../scripts/checks/outputs.ts';

function tree(files: readonly string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'outputs-'));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), 'x');
  }
  return dir;
}

it('accepts every kind of file a build writes today', () => {
  const built = [
    'index.html',
    'tin-tuc/mo-cuoc-thi/index.html',
    '_astro/dates.CCoufFXv.js',
    '_astro/global.CIMoHAjO.css',
    '_astro/be-vietnam-pro-latin-400-normal.PpnXBOrz.woff2',
    '_astro/be-vietnam-pro-latin-400-normal.bXgqVju9.woff',
    '_astro/mo-cuoc-thi.CYXmYIny.jpg',
    '_astro/me-con-hoc-so.DtDzJUDm_23yvKh.webp',
    '_astro/me-con-hoc-so.DtDzJUDm_Z1o22cW.avif',
    'icon/192.png',
    'in-an/to-dan-pho/khu-1/poster.pdf',
    'in-an/print-jobs.json',
    'rss.xml',
    'sitemap-index.xml',
    'sitemap-0.xml',
    'manifest.webmanifest',
    'favicon.svg',
    '_headers',
    '_headers.nginx',
    '_headers.quan-tri.nginx',
    'quan-tri/config.yml',
    'quan-tri/sveltia-cms.js',
    'quan-tri/fonts/material-symbols-outlined.woff2',
    'quan-tri/cms@0.221.1/locales/vi.json',
    'tien-do/so-lieu.json',
    'tien-do/so-lieu.csv',
    'tien-do/mau-participation.xlsx',
    'sw.js',
    'pagefind/pagefind.js',
    'pagefind/pagefind.vi_3d51ee8af2.pf_meta',
    'pagefind/index/vi_33261c1.pf_index',
    'pagefind/fragment/vi_17735ed.pf_fragment',
    'pagefind/wasm.unknown.pagefind',
  ];
  expect(built.filter((file) => !outputKind(file))).toEqual([]);
  expect(outputProblems(tree(built), tree(['news/mo-cuoc-thi.jpg']))).toEqual([]);
});

it('refuses an SVG, HTML or script from content, naming the content file', () => {
  const content = tree(['news/xss.svg', 'news/trang.html', 'guides/ma.js', 'news/ảnh bìa.svg']);
  const dist = tree([
    'index.html',
    '_astro/xss.B1a2C3d4.svg',
    '_astro/trang.B1a2C3d4.html',
    '_astro/ma.B1a2C3d4.js',
    '_astro/ảnh bìa.B1a2C3d4.svg',
    'robots.txt',
    'favicon.ico.svg',
  ]);
  const problems = outputProblems(dist, content).map((problem) =>
    formatProblem({
      ...problem,
      file: path.relative(problem.file.startsWith('dist/') ? '' : content, problem.file),
    }),
  );
  expect(problems).toMatchInlineSnapshot(`
    [
      "guides/ma.js: Tệp "_astro/ma.B1a2C3d4.js" của bản dựng không thuộc loại tệp trang web được đăng (trang HTML, CSS và JS của trang, ảnh JPG, PNG, WebP hay AVIF, PDF, RSS và dữ liệu JSON, CSV, XLSX), nên không được đăng: một tệp SVG hay HTML có thể chứa mã lệnh chạy ngay trên trang web. Tệp này chép từ nội dung. Lưu ảnh dạng PNG hoặc JPG, dùng tệp đó thay cho tệp này, rồi xóa tệp này.",
      "news/trang.html: Tệp "_astro/trang.B1a2C3d4.html" của bản dựng không thuộc loại tệp trang web được đăng (trang HTML, CSS và JS của trang, ảnh JPG, PNG, WebP hay AVIF, PDF, RSS và dữ liệu JSON, CSV, XLSX), nên không được đăng: một tệp SVG hay HTML có thể chứa mã lệnh chạy ngay trên trang web. Tệp này chép từ nội dung. Lưu ảnh dạng PNG hoặc JPG, dùng tệp đó thay cho tệp này, rồi xóa tệp này.",
      "news/xss.svg: Tệp "_astro/xss.B1a2C3d4.svg" của bản dựng không thuộc loại tệp trang web được đăng (trang HTML, CSS và JS của trang, ảnh JPG, PNG, WebP hay AVIF, PDF, RSS và dữ liệu JSON, CSV, XLSX), nên không được đăng: một tệp SVG hay HTML có thể chứa mã lệnh chạy ngay trên trang web. Tệp này chép từ nội dung. Lưu ảnh dạng PNG hoặc JPG, dùng tệp đó thay cho tệp này, rồi xóa tệp này.",
      "news/ảnh bìa.svg: Tệp "_astro/ảnh bìa.B1a2C3d4.svg" của bản dựng không thuộc loại tệp trang web được đăng (trang HTML, CSS và JS của trang, ảnh JPG, PNG, WebP hay AVIF, PDF, RSS và dữ liệu JSON, CSV, XLSX), nên không được đăng: một tệp SVG hay HTML có thể chứa mã lệnh chạy ngay trên trang web. Tệp này chép từ nội dung. Lưu ảnh dạng PNG hoặc JPG, dùng tệp đó thay cho tệp này, rồi xóa tệp này.",
      "dist/favicon.ico.svg: Tệp "favicon.ico.svg" của bản dựng không thuộc loại tệp trang web được đăng (trang HTML, CSS và JS của trang, ảnh JPG, PNG, WebP hay AVIF, PDF, RSS và dữ liệu JSON, CSV, XLSX), nên không được đăng: một tệp SVG hay HTML có thể chứa mã lệnh chạy ngay trên trang web. Gửi tên tệp này cho người phụ trách kỹ thuật.",
      "dist/robots.txt: Tệp "robots.txt" của bản dựng không thuộc loại tệp trang web được đăng (trang HTML, CSS và JS của trang, ảnh JPG, PNG, WebP hay AVIF, PDF, RSS và dữ liệu JSON, CSV, XLSX), nên không được đăng: một tệp SVG hay HTML có thể chứa mã lệnh chạy ngay trên trang web. Gửi tên tệp này cho người phụ trách kỹ thuật.",
    ]
  `);
});
