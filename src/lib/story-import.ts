/**
 * Stories from a form export (Google Forms, Microsoft Forms, a spreadsheet saved as CSV) turned into
 * story files, as drafts waiting for review. Pure: the caller says which files exist and writes
 * the ones returned (scripts/import-stories.ts). Each row is named by the line it starts on.
 *
 * - A row without the author's consent is skipped, and none of its words are kept.
 * - A row that would not make a valid story (unknown group, no title) is skipped with the reason.
 * - A row with fewer or more cells than the header (a broken quote, a stray comma) is reported
 *   as such, by its own line, never read as a row without consent.
 * - A row that repeats an earlier one (same person, same story: a form sent twice) is flagged
 *   with the line of the first, and not imported twice.
 * - Every answer is written as plain text: markdown and HTML characters are escaped, so what a
 *   resident typed is shown as typed and can never become markup.
 * - A file that exists is never replaced; the same export can be imported again safely.
 * - Every row ends in exactly one outcome: none is lost without a word.
 * - The story is checked with the collection's own schema, so every file written will build.
 */
import { z } from 'astro/zod';
import { storySchema } from '../schemas/stories.ts';
import type { Problem } from './content-errors.ts';
import { csvRows } from './csv.ts';
import { foldVietnamese } from './fold.ts';
import { markdownFile } from './frontmatter.ts';
import { findContactDetails, type ContactMatch } from './privacy.ts';
import { isReservedStorySlug } from './stories.ts';
import { slugFromTitle } from './text.ts';
import { validate } from './validate.ts';

/** What a column holds, and the headers (folded: no diacritics, lower case) that name it. */
export const IMPORT_COLUMNS = {
  date: ['dau thoi gian', 'thoi gian', 'ngay gui', 'ngay', 'timestamp', 'date'],
  name: ['ho va ten', 'ho ten', 'ten nguoi ke', 'name'],
  display: ['hien thi ten', 'cach hien thi ten', 'cach hien ten', 'display'],
  age: ['tuoi', 'age'],
  group: ['to dan pho', 'to', 'group'],
  category: ['chu de', 'nhom cau chuyen', 'category'],
  title: ['tieu de', 'title'],
  summary: ['tom tat', 'summary'],
  story: ['cau chuyen', 'noi dung', 'story'],
  consent: ['dong y dang', 'dong y', 'consent'],
} as const;

export type ImportColumn = keyof typeof IMPORT_COLUMNS;

const REQUIRED: readonly ImportColumn[] = [
  'date',
  'name',
  'group',
  'category',
  'title',
  'story',
  'consent',
];

export interface ImportContext {
  groups: readonly { code: string; name: string }[];
  categories: readonly { code: string; name: string }[];
}

export type RowOutcome =
  | { kind: 'draft'; line: number; slug: string; text: string; contacts: ContactMatch[] }
  | { kind: 'no-consent'; line: number }
  | { kind: 'invalid'; line: number; problems: Problem[] }
  | { kind: 'exists'; line: number; slug: string }
  | { kind: 'duplicate'; line: number; first: number };

export interface ImportResult {
  /** Problems with the file as a whole (unreadable, missing columns): nothing is imported. */
  problems: Problem[];
  rows: RowOutcome[];
}

/** "23/10/2025 14:05:12" (a form's timestamp) or "2025-10-23" → "2025-10-23"; else as written. */
export function importDate(value: string): string {
  const day = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(value);
  if (day) return `${day[3]}-${day[2]!.padStart(2, '0')}-${day[1]!.padStart(2, '0')}`;
  const iso = /^(\d{4}-\d{2}-\d{2})\b/.exec(value);
  return iso ? iso[1]! : value;
}

/** Yes to "Có", "Đồng ý", "Tôi đồng ý ...", x, 1, true, yes; everything else is no. */
export function importConsent(value: string): boolean {
  const folded = foldVietnamese(value).trim();
  if (folded.includes('khong')) return false;
  return /^(?:x|1|true|yes|co|dong y|toi dong y)\b/.test(folded);
}

const DISPLAYS: Record<string, 'full' | 'first' | 'anonymous'> = {
  'ten day du': 'full',
  'ho va ten': 'full',
  'day du': 'full',
  full: 'full',
  'chi ten': 'first',
  'chi ten goi': 'first',
  'ten goi': 'first',
  first: 'first',
  'giau ten': 'anonymous',
  'an danh': 'anonymous',
  'khong hien ten': 'anonymous',
  anonymous: 'anonymous',
};

/** A code from the code itself or the name shown to residents ("Tổ dân phố số 1" → "to-1"). */
function codeOf(value: string, list: ImportContext['groups']): string {
  const folded = foldVietnamese(value).trim();
  return (
    list.find((item) => item.code === folded || foldVietnamese(item.name) === folded)?.code ?? value
  );
}

/** The first sentence of a story, for a summary the form did not ask for. */
function firstSentence(story: string): string {
  const sentence = /^.+?[.!?…](?=\s|$)/su.exec(story.trim())?.[0] ?? story.trim();
  return sentence.length <= 200 ? sentence : `${sentence.slice(0, 199).trimEnd()}…`;
}

/**
 * A line of a resident's words as markdown that shows exactly those words: the characters that
 * open markup anywhere (HTML tags and entities, links, emphasis, code, tables) and the marks that
 * start a heading, list or quote at the start of a line get markdown's backslash escape, so
 * "<script>" or "[link](javascript:…)" is text, not markup. Other punctuation stays readable.
 */
export function plainMarkdown(line: string): string {
  return line
    .replace(/[\\`*_[\]<>&|~]/g, '\\$&')
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Every line of a form's answer is a paragraph of plain text. */
function paragraphs(story: string): string {
  return story
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map(plainMarkdown)
    .join('\n\n');
}

/** What makes two submissions the same: the person and the story, however spaced or cased. */
function submissionKey(name: string, story: string): string {
  return `${foldVietnamese(name)}\n${foldVietnamese(story)}`.replace(/\s+/g, ' ').trim();
}

function uniqueSlug(title: string, line: number, taken: Set<string>): string {
  let base = slugFromTitle(title) || `cau-chuyen-dong-${line}`;
  if (isReservedStorySlug(base)) base = `cau-chuyen-${base}`;
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/** The story file: a comment for the reviewer, the frontmatter, the story. */
function storyText(data: Record<string, unknown>, story: string, file: string, line: number) {
  const header = [
    `Nhập từ ${file}, dòng ${line}. Bản nháp chờ duyệt: đọc lại, bỏ số điện thoại, e-mail,`,
    'địa chỉ nhà nếu có, thêm ảnh (photo, photoAlt) nếu người kể gửi, rồi đổi published thành true.',
  ];
  return markdownFile({ data, header, body: paragraphs(story) });
}

/**
 * Plans the import of `text` (the CSV export named `file`): one outcome per row. `exists` says
 * whether a story file with that name is already there.
 */
export function importStories(
  text: string,
  file: string,
  context: ImportContext,
  exists: (slug: string) => boolean,
): ImportResult {
  const { rows: records, problems } = csvRows(text, file);
  if (problems.length) return { problems, rows: [] };
  if (records.length === 0) {
    return {
      problems: [{ file, line: 1, message: 'Tệp trống: dòng đầu phải là tên các cột.' }],
      rows: [],
    };
  }
  const [header, ...body] = records;

  const columnOf = new Map<ImportColumn, number>();
  const headerName = new Map<ImportColumn, string>();
  header!.cells.forEach((name, index) => {
    const folded = foldVietnamese(name).replace(/\s+/g, ' ').trim();
    for (const [column, aliases] of Object.entries(IMPORT_COLUMNS) as [
      ImportColumn,
      readonly string[],
    ][]) {
      if (!columnOf.has(column) && aliases.includes(folded)) {
        columnOf.set(column, index);
        headerName.set(column, name.normalize('NFC').trim());
      }
    }
  });
  const missing = REQUIRED.filter((column) => !columnOf.has(column));
  if (missing.length) {
    return {
      problems: [
        {
          file,
          line: 1,
          message: `Thiếu cột: ${missing.map((column) => `"${IMPORT_COLUMNS[column][0]}"`).join(', ')}. Dòng đầu cần có các cột (viết có dấu hay không đều được): Dấu thời gian, Họ và tên, Hiển thị tên, Tuổi, Tổ dân phố, Chủ đề, Tiêu đề, Tóm tắt, Câu chuyện, Đồng ý đăng. Hiển thị tên, Tuổi và Tóm tắt có thể bỏ trống.`,
        },
      ],
      rows: [],
    };
  }

  const schema = storySchema(
    () => z.string(),
    context.groups.map((group) => group.code),
    context.categories.map((category) => category.code),
  );
  const taken = new Set<string>();
  const seen = new Map<string, number>();
  const rows: RowOutcome[] = [];
  const width = header!.cells.length;

  for (const record of body) {
    const line = record.line;
    const cell = (column: ImportColumn) => {
      const index = columnOf.get(column);
      return index === undefined ? '' : (record.cells[index] ?? '').normalize('NFC').trim();
    };
    // A row of the wrong width has its answers in the wrong columns: nothing in it can be trusted.
    if (record.cells.length !== width) {
      const count = record.cells.length;
      rows.push({
        kind: 'invalid',
        line,
        problems: [
          {
            file,
            line,
            message:
              count < width
                ? `Dòng này chỉ có ${count} ô, dòng đầu có ${width} cột: thiếu ô hoặc dòng bị ngắt giữa chừng. Mở tệp bằng bảng tính, điền đủ các ô của dòng này (ô không có gì thì để trống) rồi lưu lại dạng "CSV UTF-8".`
                : `Dòng này có ${count} ô, nhiều hơn ${width} cột của dòng đầu: có thể một câu trả lời chứa dấu phẩy mà thiếu dấu ngoặc kép. Mở tệp bằng bảng tính, kiểm tra dòng này rồi lưu lại dạng "CSV UTF-8".`,
          },
        ],
      });
      continue;
    }
    const key = submissionKey(cell('name'), cell('story'));
    const first = seen.get(key);
    if (first !== undefined && cell('story')) {
      rows.push({ kind: 'duplicate', line, first });
      continue;
    }
    seen.set(key, line);
    if (!importConsent(cell('consent'))) {
      rows.push({ kind: 'no-consent', line });
      continue;
    }

    const problems: Problem[] = [];
    const where = (column: ImportColumn) => ({
      file,
      line,
      field: headerName.get(column),
      kind: 'column' as const,
    });
    const shown = foldVietnamese(cell('display'));
    const display = shown ? DISPLAYS[shown] : 'first';
    if (!display) {
      problems.push({
        ...where('display'),
        message: `Không hiểu cách hiện tên "${cell('display')}". Viết một trong: Tên đầy đủ, Chỉ tên, Giấu tên.`,
      });
    }
    const age = cell('age');
    if (age && !/^\d{1,3}$/.test(age)) {
      problems.push({ ...where('age'), message: `Tuổi "${age}" phải là một số, ví dụ: 68` });
    }
    const story = cell('story');
    const data = {
      title: cell('title') || undefined,
      author: {
        name: cell('name') || undefined,
        display: display ?? 'first',
        ...(age && /^\d{1,3}$/.test(age) ? { age: Number(age) } : {}),
      },
      group: cell('group') ? codeOf(cell('group'), context.groups) : undefined,
      category: cell('category') ? codeOf(cell('category'), context.categories) : undefined,
      date: cell('date') ? importDate(cell('date')) : undefined,
      summary: cell('summary') || (story ? firstSentence(story) : undefined),
      consent: true,
      published: false,
    };
    const checked = validate(schema, data, { file, lineOf: () => line, kind: 'column' });
    if (!checked.ok) {
      // Name the form's column, not the story field it fills.
      const columnFor = (field = '') => field.replace(/^author\./, '') as ImportColumn;
      problems.push(
        ...checked.problems.map((problem) => ({
          ...problem,
          field: headerName.get(columnFor(problem.field)) ?? problem.field,
        })),
      );
    }
    if (!story) {
      problems.push({ ...where('story'), message: 'Câu chuyện đang để trống.' });
    }
    if (problems.length) {
      rows.push({ kind: 'invalid', line, problems });
      continue;
    }

    const slug = uniqueSlug(data.title!, line, taken);
    if (exists(slug)) {
      rows.push({ kind: 'exists', line, slug });
      continue;
    }
    const contacts = findContactDetails([data.title, data.summary, story].join('\n'));
    rows.push({ kind: 'draft', line, slug, text: storyText(data, story, file, line), contacts });
  }
  return { problems: [], rows };
}
