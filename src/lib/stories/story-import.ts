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
import { storySchema } from '../../schemas/stories.ts';
import type { Problem } from '../content-rules/content-errors.ts';
import { csvRows } from '../tables/csv.ts';
import { foldVietnamese } from '../search/fold.ts';
import { findContactDetails, type ContactMatch } from '../content-rules/privacy.ts';
import * as cells from './story-cells.ts';
import { validate } from '../content-rules/validate.ts';

export { importConsent, importDate } from './story-cells.ts';

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

/**
 * Plans the import of `text` (the CSV export named `file`): one outcome per row. `existing` gives
 * the text of the story file of that name, if there is one: the same submission imported before is
 * kept as it is; another person's story of the same title gets the next free name.
 */
export function importStories(
  text: string,
  file: string,
  context: ImportContext,
  existing: (slug: string) => string | undefined,
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
  const dateIndex = columnOf.get('date');
  const order = cells.dateOrder(body.map((record) => record.cells[dateIndex ?? -1] ?? ''));

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
    const key = cells.submissionKey(cell('name'), cell('story'));
    const first = seen.get(key);
    if (first !== undefined && cell('story')) {
      rows.push({ kind: 'duplicate', line, first });
      continue;
    }
    seen.set(key, line);
    const where = (column: ImportColumn) => ({
      file,
      line,
      field: headerName.get(column),
      kind: 'column' as const,
    });
    const consent = cells.importConsent(cell('consent'));
    if (consent === 'no') {
      rows.push({ kind: 'no-consent', line });
      continue;
    }
    if (consent === undefined) {
      const problem = { ...where('consent'), message: cells.unclearConsent(cell('consent')) };
      rows.push({ kind: 'invalid', line, problems: [problem] });
      continue;
    }

    const problems: Problem[] = [];
    const shown = foldVietnamese(cell('display'));
    // Asked not to be named: the story is published without the name, whatever else was chosen.
    const display = consent === 'anonymous' ? 'anonymous' : shown ? cells.DISPLAYS[shown] : 'first';
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
      group: cell('group') ? cells.codeOf(cell('group'), context.groups) : undefined,
      category: cell('category') ? cells.codeOf(cell('category'), context.categories) : undefined,
      date: cell('date') ? cells.importDate(cell('date'), order) : undefined,
      summary: cell('summary') || (story ? cells.firstSentence(story) : undefined),
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
    if (!story) problems.push({ ...where('story'), message: 'Câu chuyện đang để trống.' });
    if (cells.ambiguousDate(cell('date'), order))
      problems.push({ ...where('date'), message: cells.ambiguousDateMessage(cell('date')) });
    if (problems.length) {
      rows.push({ kind: 'invalid', line, problems });
      continue;
    }

    let slug = cells.uniqueSlug(data.title!, line, taken);
    let before = existing(slug);
    while (before !== undefined && !cells.sameSubmission(before, cell('name'))) {
      slug = cells.uniqueSlug(data.title!, line, taken);
      before = existing(slug);
    }
    if (before !== undefined) {
      rows.push({ kind: 'exists', line, slug });
      continue;
    }
    const contacts = findContactDetails([data.title, data.summary, story].join('\n'));
    const text = cells.storyText(data, story, file, line);
    rows.push({ kind: 'draft', line, slug, text, contacts });
  }
  return { problems: [], rows };
}
