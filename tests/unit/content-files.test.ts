/**
 * The one list of files a content folder may hold at its top (src/lib/content-rules/content-files.ts): a table
 * under a name the build does not read is refused with the name to use, never silently ignored.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import {
  contentFolderProblems,
  symlinkProblems,
} from '../../src/lib/content-rules/content-files.ts';
import { formatProblem } from '../../src/lib/content-rules/content-errors.ts';
import { SAMPLE_WARD } from '../sample-ward.ts';

it('accepts the sample ward as it is', () => {
  expect(contentFolderProblems(SAMPLE_WARD)).toEqual([]);
});

it('refuses each file the build would ignore, saying which name to use', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-top-'));
  for (const name of [
    'site.yaml',
    'groups.csv',
    'participation.CSV',
    'participation (1).csv',
    'Participation.csv',
    'participation.xls',
    'officials.csv.txt',
    'ghi-chu.docx',
    '.DS_Store',
    '_cu-participation.csv',
  ])
    writeFileSync(path.join(dir, name), 'x');
  for (const folder of ['news', 'News', 'anh']) mkdirSync(path.join(dir, folder));
  expect(contentFolderProblems(dir).map((problem) => formatProblem(problem).replace(dir, '…')))
    .toMatchInlineSnapshot(`
      [
        "…/News: Trang web không đọc thư mục tên "News". Đổi tên thành news.",
        "…/Participation.csv: Trang web không đọc tệp tên "Participation.csv", nên số liệu trong đó không được dùng, và trang web không được đăng cho tới khi tệp này được đổi tên hoặc xóa. Đổi tên thành participation.csv (chữ thường, không thêm gì); nếu đã có tệp participation.csv thì xóa tệp thừa.",
        "…/anh: Thư mục "anh" không thuộc nội dung nào trang web đọc, và trang web không được đăng (kể cả các nội dung khác) cho tới khi thư mục này được chuyển đi hoặc xóa. Ở đầu thư mục nội dung chỉ có: site.yaml, groups.csv, groups.xlsx, participation.csv, participation.xlsx, officials.csv, officials.xlsx và các thư mục announcements, news, guides, pages, stories, bulletins, self-check. Chuyển thư mục này vào đúng chỗ (một bảng thì đổi tên cho đúng, ví dụ participation.xlsx), hoặc xóa đi (muốn giữ lại thì đặt tên bắt đầu bằng dấu _).",
        "…/ghi-chu.docx: Tệp "ghi-chu.docx" không thuộc nội dung nào trang web đọc, và trang web không được đăng (kể cả các nội dung khác) cho tới khi tệp này được chuyển đi hoặc xóa. Ở đầu thư mục nội dung chỉ có: site.yaml, groups.csv, groups.xlsx, participation.csv, participation.xlsx, officials.csv, officials.xlsx và các thư mục announcements, news, guides, pages, stories, bulletins, self-check. Chuyển tệp này vào đúng chỗ (một bảng thì đổi tên cho đúng, ví dụ participation.xlsx), hoặc xóa đi (muốn giữ lại thì đặt tên bắt đầu bằng dấu _).",
        "…/officials.csv.txt: Trang web không đọc tệp tên "officials.csv.txt", nên số liệu trong đó không được dùng, và trang web không được đăng cho tới khi tệp này được đổi tên hoặc xóa. Đổi tên thành officials.csv (chữ thường, không thêm gì); nếu đã có tệp officials.csv thì xóa tệp thừa.",
        "…/participation (1).csv: Trang web không đọc tệp tên "participation (1).csv", nên số liệu trong đó không được dùng, và trang web không được đăng cho tới khi tệp này được đổi tên hoặc xóa. Đổi tên thành participation.csv (chữ thường, không thêm gì); nếu đã có tệp participation.csv thì xóa tệp thừa.",
        "…/participation.CSV: Trang web không đọc tệp tên "participation.CSV", nên số liệu trong đó không được dùng, và trang web không được đăng cho tới khi tệp này được đổi tên hoặc xóa. Đổi tên thành participation.csv (chữ thường, không thêm gì); nếu đã có tệp participation.csv thì xóa tệp thừa.",
        "…/participation.xls: Trang web không đọc được tệp Excel kiểu cũ (.xls). Mở tệp bằng Excel, chọn Lưu thành (Save As) kiểu "Excel Workbook (.xlsx)" với tên participation.xlsx, rồi xóa tệp .xls này.",
      ]
    `);
});

it('refuses every symbolic link in the folder by name, a dangling one too, in Vietnamese', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-links-'));
  mkdirSync(path.join(dir, 'news/anh'), { recursive: true });
  writeFileSync(path.join(dir, 'site.yaml'), 'x');
  symlinkSync('/etc/hostname', path.join(dir, 'news/anh/chan-dung.jpg'));
  symlinkSync('/khong/co/dau', path.join(dir, 'groups.csv'));
  symlinkSync('/etc', path.join(dir, 'stories'));
  // The top-level check reads no link (a dangling one gave an English stack before).
  expect(contentFolderProblems(dir)).toEqual([]);
  expect(symlinkProblems(dir).map((problem) => formatProblem(problem).replace(dir, '…')))
    .toMatchInlineSnapshot(`
      [
        "…/groups.csv: "groups.csv" là một lối tắt (symbolic link) (trỏ tới /khong/co/dau), không phải tệp thật. Trang web không đọc lối tắt, vì lối tắt có thể trỏ ra ngoài thư mục nội dung hoặc không trỏ tới đâu. Xóa lối tắt này và chép tệp thật vào đúng chỗ của nó.",
        "…/news/anh/chan-dung.jpg: "chan-dung.jpg" là một lối tắt (symbolic link) (trỏ tới /etc/hostname), không phải tệp thật. Trang web không đọc lối tắt, vì lối tắt có thể trỏ ra ngoài thư mục nội dung hoặc không trỏ tới đâu. Xóa lối tắt này và chép tệp thật vào đúng chỗ của nó.",
        "…/stories: "stories" là một lối tắt (symbolic link) (trỏ tới /etc), không phải tệp thật. Trang web không đọc lối tắt, vì lối tắt có thể trỏ ra ngoài thư mục nội dung hoặc không trỏ tới đâu. Xóa lối tắt này và chép tệp thật vào đúng chỗ của nó.",
      ]
    `);
});
