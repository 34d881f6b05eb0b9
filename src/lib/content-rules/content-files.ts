/**
 * The one list of what the top of a content folder may hold: `site.yaml`, the three tables (each
 * as .csv or .xlsx) and the folders of the collections. Anything else there is a file the build
 * would otherwise silently ignore (`participation.CSV`, `participation (1).csv`, `officials.csv.txt`, an old
 * `.xls`), so the site would show no figures or the old ones: it is refused, saying which name to
 * use; the refusal stops publication until it is moved or removed, and says so. Names starting with `.` (the system's own) or `_` (set aside by hand) are left alone.
 *
 * No file or folder anywhere in the content folder may be a symbolic link: one can point outside
 * the folder (a picture "inside" it that is really any file of the build machine), or nowhere.
 * Each is refused by name ({@link symlinkProblems}).
 */
import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from './content-errors.ts';
import { SITE_FILE } from './site-file.ts';
import {
  GROUPS_TABLE,
  OFFICIALS_TABLE,
  PARTICIPATION_TABLE,
  TABLE_EXTENSIONS,
} from '../tables/read.ts';
import { ENTRY_FOLDERS } from './visibility.ts';

const TABLES = [GROUPS_TABLE, PARTICIPATION_TABLE, OFFICIALS_TABLE];

/** The files the build reads at the top of the content folder. */
export const CONTENT_FILES: readonly string[] = [
  SITE_FILE,
  ...TABLES.flatMap((table) => TABLE_EXTENSIONS.map((extension) => table + extension)),
];

/** The folders of the collections. */
export const CONTENT_FOLDERS: readonly string[] = ENTRY_FOLDERS;

/** "Participation (1).CSV.txt" → "participation.csv": the name it was most likely meant to have. */
function meantName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\.txt$/, '')
    .replace(/\s*(\(\d+\)|-?\s*copy|-?\s*bản sao)(?=\.[a-z]+$)/u, '')
    .replace(/\s+/g, '');
}

/** Every file or folder at the top of `dir` the build does not read, with the name to use. */
export function contentFolderProblems(dir: string): Problem[] {
  const problems: Problem[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  for (const name of names.sort()) {
    if (name.startsWith('.') || name.startsWith('_')) continue;
    const file = path.join(dir, name);
    const stat = lstatSync(file);
    // A symbolic link is refused by symlinkProblems, wherever it points (or if it points nowhere).
    if (stat.isSymbolicLink()) continue;
    const folder = stat.isDirectory();
    if (folder ? CONTENT_FOLDERS.includes(name) : CONTENT_FILES.includes(name)) continue;
    const meant = meantName(name);
    const table = TABLES.find((table) => meant.startsWith(`${table}.`));
    let message: string;
    if (!folder && table && /\.xls$/.test(meant))
      message = `Trang web không đọc được tệp Excel kiểu cũ (.xls). Mở tệp bằng Excel, chọn Lưu thành (Save As) kiểu "Excel Workbook (.xlsx)" với tên ${table}.xlsx, rồi xóa tệp .xls này.`;
    else if (!folder && CONTENT_FILES.includes(meant))
      message = `Trang web không đọc tệp tên "${name}", nên số liệu trong đó không được dùng, và trang web không được đăng cho tới khi tệp này được đổi tên hoặc xóa. Đổi tên thành ${meant} (chữ thường, không thêm gì); nếu đã có tệp ${meant} thì xóa tệp thừa.`;
    else if (folder && CONTENT_FOLDERS.includes(meant))
      message = `Trang web không đọc thư mục tên "${name}". Đổi tên thành ${meant}.`;
    else
      message = `${folder ? 'Thư mục' : 'Tệp'} "${name}" không thuộc nội dung nào trang web đọc, và trang web không được đăng (kể cả các nội dung khác) cho tới khi ${folder ? 'thư mục' : 'tệp'} này được chuyển đi hoặc xóa. Ở đầu thư mục nội dung chỉ có: ${CONTENT_FILES.join(', ')} và các thư mục ${CONTENT_FOLDERS.join(', ')}. Chuyển ${folder ? 'thư mục' : 'tệp'} này vào đúng chỗ (một bảng thì đổi tên cho đúng, ví dụ participation.xlsx), hoặc xóa đi (muốn giữ lại thì đặt tên bắt đầu bằng dấu _).`;
    problems.push({ file, message });
  }
  return problems;
}

/** Every symbolic link inside `dir`, at any depth, by name and with where it points. */
export function symlinkProblems(dir: string): Problem[] {
  return symlinksIn(dir)
    .sort()
    .map((file) => {
      let target = '';
      try {
        target = ` (trỏ tới ${readlinkSync(file)})`;
      } catch {
        /* unreadable: named without its target */
      }
      return {
        file,
        message: `"${path.basename(file)}" là một lối tắt (symbolic link)${target}, không phải tệp thật. Trang web không đọc lối tắt, vì lối tắt có thể trỏ ra ngoài thư mục nội dung hoặc không trỏ tới đâu. Xóa lối tắt này và chép tệp thật vào đúng chỗ của nó.`,
      };
    });
}

/** The symbolic links of a folder tree, never following one (Node's recursive readdir does). */
function symlinksIn(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) return [file];
    return entry.isDirectory() ? symlinksIn(file) : [];
  });
}
