/**
 * What leaves the build is on an allow-list of file kinds, by path and ending: the site's own
 * HTML, CSS, JS and fonts, raster pictures, PDFs, and the data and feeds it publishes. Anything
 * else in dist/ (an SVG, an HTML page or a script copied from content by a rule upstream that
 * missed it) is refused before it is published: on the site's origin, where the editor keeps each
 * staff member's GitHub token, an SVG or HTML file runs its scripts when opened.
 *
 * The list is what a build writes today (`astro build`, the search index, the print assets, the
 * service worker); a new kind of output is added here on purpose, with a test.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../../src/lib/content-rules/content-errors.ts';

/** The kinds of files a build may publish, by path inside dist/ (forward slashes). */
export const OUTPUT_KINDS: readonly { kind: string; path: RegExp }[] = [
  { kind: 'trang HTML', path: /^(?!_astro\/)(?:[^/]+\/)*[^/]+\.html$/ },
  { kind: 'CSS, JS của trang', path: /\.(css|js)$/ },
  { kind: 'phông chữ của trang', path: /^(_astro|quan-tri\/fonts)\/[^/]+\.woff2?$/ },
  { kind: 'ảnh', path: /\.(jpe?g|png|webp|avif)$/i },
  { kind: 'PDF', path: /\.pdf$/ },
  { kind: 'RSS, sơ đồ trang', path: /^(rss|sitemap-index|sitemap-\d+)\.xml$/ },
  { kind: 'dữ liệu', path: /\.(json|csv|xlsx)$/ },
  { kind: 'tệp ứng dụng', path: /^manifest\.webmanifest$/ },
  { kind: 'biểu tượng của trang', path: /^favicon\.svg$/ },
  { kind: 'cấu hình máy chủ', path: /^_headers(\.[a-z-]+\.nginx|\.nginx)?$/ },
  { kind: 'cấu hình trình soạn', path: /^quan-tri\/config\.yml$/ },
  {
    kind: 'chỉ mục tìm kiếm',
    path: /^pagefind\/(?:[^/]+\/)*[^/]+\.(pf_meta|pf_index|pf_fragment|pagefind)$/,
  },
];

/** The kind of an output file, or undefined when it may not be published. */
export function outputKind(file: string): string | undefined {
  return OUTPUT_KINDS.find((entry) => entry.path.test(file))?.kind;
}

/** Files of a folder, recursive, relative with forward slashes; none if it cannot be read. */
function filesOf(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => !entry.isDirectory())
      .map((entry) =>
        path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
      )
      .sort();
  } catch {
    return [];
  }
}

/**
 * The content files an asset of Astro's was made from: `_astro/xss.B1a2C3d4.svg` (and its resized
 * copies `_astro/anh.B1a2C3d4_Z1x2.webp`) comes from a file `xss.svg` somewhere in content.
 */
function sourcesOf(file: string, contentFiles: readonly string[]): string[] {
  const asset = /^_astro\/(.+)\.[\w-]{8}(?:_\w+)?\.([a-z0-9]+)$/i.exec(file);
  if (!asset) return [];
  const name = `${asset[1]}.${asset[2]}`.normalize('NFC').toLowerCase();
  return contentFiles.filter(
    (content) => path.posix.basename(content).normalize('NFC').toLowerCase() === name,
  );
}

/** Every file of `dist` that is not on the allow-list, named with the content file it came from. */
export function outputProblems(dist: string, content: string): Problem[] {
  const contentFiles = filesOf(content);
  const problems: Problem[] = [];
  for (const file of filesOf(dist)) {
    const kind = outputKind(file);
    // Only pictures and PDFs are published from content; code comes from the project.
    const sources = kind === 'ảnh' || kind === 'PDF' ? [] : sourcesOf(file, contentFiles);
    if (kind && !sources.length) continue;
    const what = `Tệp "${file}" của bản dựng không thuộc loại tệp trang web được đăng (trang HTML, CSS và JS của trang, ảnh JPG, PNG, WebP hay AVIF, PDF, RSS và dữ liệu JSON, CSV, XLSX), nên không được đăng: một tệp SVG hay HTML có thể chứa mã lệnh chạy ngay trên trang web.`;
    if (sources.length)
      for (const source of sources)
        problems.push({
          file: path.join(content, source),
          message: `${what} Tệp này chép từ nội dung. Lưu ảnh dạng PNG hoặc JPG, dùng tệp đó thay cho tệp này, rồi xóa tệp này.`,
        });
    else
      problems.push({
        file: `dist/${file}`,
        message: `${what} Gửi tên tệp này cho người phụ trách kỹ thuật.`,
      });
  }
  return problems;
}
