/**
 * How one answer of a story form becomes part of a story file: dates, the consent answer, the
 * name display, group and category codes, and the story itself as plain-text paragraphs whose
 * markdown and HTML characters are escaped. Used by the story import (src/lib/stories/story-import.ts).
 */
import { foldVietnamese } from '../search/fold.ts';
import { markdownFile } from '../content-rules/frontmatter.ts';
import { isReservedStorySlug } from './stories.ts';
import { slugFromTitle } from '../content-rules/text.ts';
import { cappedSlug, MAX_SLUG_LENGTH } from '../content-rules/file-names.ts';

/** "23/10/2025 14:05:12" (a form's timestamp) or "2025-10-23" → "2025-10-23"; else as written. */
export function importDate(value: string, order: DateOrder = 'dmy'): string {
  const parts = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(value);
  if (parts) {
    const [day, month] = order === 'dmy' ? [parts[1]!, parts[2]!] : [parts[2]!, parts[1]!];
    return `${parts[3]}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  const iso = /^(\d{4}-\d{2}-\d{2})\b/.exec(value);
  return iso ? iso[1]! : value;
}

export function ambiguousDateMessage(value: string): string {
  const [first, second, year] = value.split(/[/ ]/) as [string, string, string];
  const iso = (day: string, month: string) =>
    `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return `Ngày gửi "${value}" có thể là ngày ${first} tháng ${second} hoặc ngày ${second} tháng ${first}, vì mọi ngày trong tệp đều đọc được cả hai cách. Ghi lại ngày này dạng năm-tháng-ngày: ${iso(first, second)} (ngày ${first} tháng ${second}) hoặc ${iso(second, first)} (ngày ${second} tháng ${first}).`;
}

/** Day first (Vietnamese forms, "3/11/2025" is 3 November) or month first (a US-English form). */
export type DateOrder = 'dmy' | 'mdy';

/**
 * How an export writes its dates, from the dates themselves: a first number over 12 is a day, a
 * second over 12 is a day. Undefined when every date could be read either way, or both ways occur.
 */
export function dateOrder(values: readonly string[]): DateOrder | undefined {
  let dmy = false;
  let mdy = false;
  for (const value of values) {
    const parts = /^(\d{1,2})\/(\d{1,2})\/\d{4}\b/.exec(value);
    if (!parts) continue;
    if (Number(parts[1]) > 12) dmy = true;
    if (Number(parts[2]) > 12) mdy = true;
  }
  return dmy === mdy ? undefined : dmy ? 'dmy' : 'mdy';
}

/** "3/11/2025" when the export's order is unknown: 3 November or 11 March? */
export function ambiguousDate(value: string, order: DateOrder | undefined): boolean {
  const parts = /^(\d{1,2})\/(\d{1,2})\/\d{4}\b/.exec(value);
  return order === undefined && !!parts && parts[1] !== parts[2];
}

/** What the author answered to "Đồng ý đăng": publish, publish without the name, or not. */
export type Consent = 'yes' | 'anonymous' | 'no';

const CONSENT_YES = new Set([
  'co',
  'dong y',
  'toi dong y',
  'dong y dang',
  'toi dong y dang',
  'x',
  '1',
  'true',
  'yes',
]);
const CONSENT_NO = new Set([
  '',
  'khong',
  'khong dong y',
  'toi khong dong y',
  'chua',
  'chua dong y',
  'no',
  '0',
  'false',
]);
/** The form's own sentence: "Tôi đồng ý để Trung tâm Văn hóa đăng câu chuyện này". */
const CONSENT_SENTENCE = /^toi dong y(?: de [a-z ]+)? dang cau chuyen(?: nay| cua toi)?$/;
const ANONYMOUS =
  /^(?:toi )?dong y\b.*\b(?:khong ghi ten|khong neu ten|khong hien ten|giau ten|an danh)\b/;

/**
 * The answer read from the exact answers the form offers, never from a word inside it ("Đồng ý,
 * nhưng không ghi tên tôi" contains "không" and is a yes, without the name); anything else is
 * undefined, for the row to be flagged rather than guessed at.
 */
export function importConsent(value: string): Consent | undefined {
  const folded = foldVietnamese(value)
    .replace(/[.,;:!]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (CONSENT_NO.has(folded)) return 'no';
  if (ANONYMOUS.test(folded)) return 'anonymous';
  if (CONSENT_YES.has(folded) || CONSENT_SENTENCE.test(folded)) return 'yes';
  return undefined;
}

/** The message for an answer that is neither yes nor no: ask the author, never guess. */
export function unclearConsent(answer: string): string {
  return `Không rõ người kể có đồng ý đăng không: "${answer}". Chỉ đăng khi người kể trả lời "Đồng ý" (hoặc "Đồng ý, nhưng không ghi tên tôi"); hỏi lại người kể rồi sửa ô này.`;
}

/**
 * Is a story file the import of this author's story? The file keeps the author's name even after a
 * reviewer edits the story, so the name decides: another person's story of the same title is new.
 */
export function sameSubmission(file: string, name: string): boolean {
  const words = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return words(name) !== '' && words(file).includes(words(name));
}

export const DISPLAYS: Record<string, 'full' | 'first' | 'anonymous'> = {
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
export function codeOf(value: string, list: readonly { code: string; name: string }[]): string {
  const folded = foldVietnamese(value).trim();
  return (
    list.find((item) => item.code === folded || foldVietnamese(item.name) === folded)?.code ?? value
  );
}

/** The first sentence of a story, for a summary the form did not ask for. */
export function firstSentence(story: string): string {
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
export function paragraphs(story: string): string {
  return story
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map(plainMarkdown)
    .join('\n\n');
}

/** What makes two submissions the same: the person and the story, however spaced or cased. */
export function submissionKey(name: string, story: string): string {
  return `${foldVietnamese(name)}\n${foldVietnamese(story)}`.replace(/\s+/g, ' ').trim();
}

export function uniqueSlug(title: string, line: number, taken: Set<string>): string {
  // Room for a suffix ("-12") within the file-name rule's length.
  let base = cappedSlug(slugFromTitle(title), MAX_SLUG_LENGTH - 4) || `cau-chuyen-dong-${line}`;
  if (isReservedStorySlug(base)) base = `cau-chuyen-${base}`;
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/** The story file: a comment for the reviewer, the frontmatter, the story. */
export function storyText(
  data: Record<string, unknown>,
  story: string,
  file: string,
  line: number,
) {
  const header = [
    `Nhập từ ${file}, dòng ${line}. Bản nháp chờ duyệt: đọc lại, bỏ số điện thoại, e-mail,`,
    'địa chỉ nhà nếu có, thêm ảnh (photo, photoAlt) nếu người kể gửi, rồi đổi published thành true.',
  ];
  return markdownFile({ data, header, body: paragraphs(story) });
}
