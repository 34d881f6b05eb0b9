/**
 * `npm run import:stories -- export.csv [--out folder]`: turns a form export into story files in
 * content/stories/ (or the folder given), as drafts waiting for review (published: false). Never
 * replaces a file; skips rows without the author's consent, naming their lines; prints a summary.
 * Exits with 1 when a row could not be imported, so the culture centre fixes it and runs it again.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError, formatProblem } from '../src/lib/content-rules/content-errors.ts';
import { decodeCsv } from '../src/lib/tables/csv.ts';
import { contentPath, displayPath } from '../src/lib/site/paths.ts';
import { readSite } from '../src/lib/content-rules/site-file.ts';
import { importStories, type ImportContext } from '../src/lib/stories/story-import.ts';
import { readGroups } from '../src/lib/tables/read.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' } },
});
const [file] = positionals;
if (!file) {
  console.error('Cách dùng: npm run import:stories -- tep-xuat-tu-bieu-mau.csv [--out thu-muc]');
  process.exit(2);
}
const out = path.resolve(values.out ?? contentPath('stories'));
const target = (slug: string) => path.join(out, `${slug}.md`);

let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch {
  console.error(`Không đọc được tệp ${file}. Kiểm tra tên và đường dẫn của tệp.`);
  process.exit(2);
}
// A form export saved in another encoding is refused, never read as garbled letters.
const decoded = decodeCsv(bytes, displayPath(file));
if ('problem' in decoded) {
  console.error(formatProblem(decoded.problem));
  process.exit(1);
}
const { text } = decoded;

let context: ImportContext;
try {
  const site = readSite();
  context = {
    groups: (await readGroups()).map((row) => row.data),
    categories: site.stories.categories,
  };
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}

const result = importStories(text, displayPath(file), context, (slug) =>
  existsSync(target(slug)) ? readFileSync(target(slug), 'utf8') : undefined,
);
if (result.problems.length) {
  for (const problem of result.problems) console.error(formatProblem(problem));
  process.exit(1);
}

mkdirSync(out, { recursive: true });
const written: number[] = [];
const noConsent: number[] = [];
const invalid: number[] = [];
const kept: number[] = [];
const repeated: number[] = [];
console.log(`Nhập câu chuyện từ ${displayPath(file)} vào ${displayPath(out)}/`);
for (const row of result.rows) {
  switch (row.kind) {
    case 'draft': {
      // "wx": fails rather than replace a file that appeared meanwhile. A row that cannot be
      // written is named, and the rows after it are still imported.
      try {
        writeFileSync(target(row.slug), row.text, { flag: 'wx' });
      } catch (error) {
        invalid.push(row.line);
        console.log(
          `  x dòng ${row.line}: không ghi được ${displayPath(target(row.slug))} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); các dòng sau vẫn được nhập.`,
        );
        break;
      }
      written.push(row.line);
      console.log(`  + dòng ${row.line}: bản nháp ${displayPath(target(row.slug))}`);
      for (const contact of row.contacts) {
        const what = contact.kind === 'phone' ? 'số điện thoại' : 'địa chỉ e-mail';
        console.log(`    ! có ${what} "${contact.text}": xóa đi trước khi duyệt đăng.`);
      }
      break;
    }
    case 'no-consent':
      noConsent.push(row.line);
      console.log(`  - dòng ${row.line}: bỏ qua, người kể chưa đồng ý đăng.`);
      break;
    case 'exists':
      kept.push(row.line);
      console.log(
        `  = dòng ${row.line}: đã có ${displayPath(target(row.slug))}, giữ nguyên, không ghi đè.`,
      );
      break;
    case 'duplicate':
      repeated.push(row.line);
      console.log(
        `  = dòng ${row.line}: bỏ qua, trùng với dòng ${row.first} (cùng người kể, cùng câu chuyện: biểu mẫu gửi hai lần).`,
      );
      break;
    case 'invalid':
      invalid.push(row.line);
      console.log(`  x dòng ${row.line}: bỏ qua, cần sửa trong tệp CSV:`);
      for (const problem of row.problems) console.log(`      ${formatProblem(problem)}`);
      break;
  }
}

const lines = (list: number[]) => (list.length ? ` (dòng ${list.join(', ')})` : '');
console.log(
  [
    `Tổng kết: ${result.rows.length} dòng.`,
    `${written.length} bản nháp mới${lines(written)}.`,
    `${noConsent.length} bỏ qua vì chưa đồng ý đăng${lines(noConsent)}.`,
    `${invalid.length} cần sửa${lines(invalid)}.`,
    `${kept.length} đã có, không ghi đè${lines(kept)}.`,
    `${repeated.length} gửi trùng${lines(repeated)}.`,
  ].join(' '),
);
if (written.length) {
  console.log(
    'Bản nháp chưa hiện trên trang (published: false). Đọc lại từng tệp, rồi đổi published thành true để đăng.',
  );
}
process.exit(invalid.length ? 1 : 0);
