/**
 * Building blocks for the content schemas. Every message tells the editor what to write, with an
 * example, because the people who read them are the ward's staff, not developers.
 */
import { z } from 'astro/zod';
import { calendarDateIn, formatDate, isCalendarDate, readDate } from '../lib/site/dates.ts';
import { isFormulaLike } from '../lib/tables/csv-write.ts';
import { textFault } from '../lib/content-rules/text-rule.ts';

/** An object whose unknown keys are refused: a misspelt field is caught instead of ignored. */
export function fields<T extends z.ZodRawShape>(shape: T, label?: string) {
  const parts = `gồm các trường ${Object.keys(shape).join(', ')}, mỗi trường một dòng dạng "tên: giá trị", thụt vào hai dấu cách`;
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Trường lạ, có thể viết sai chính tả. Các trường được dùng ở đây: ${Object.keys(shape).join(', ')}.`
        : issue.input === undefined
          ? `Thiếu ${label ?? 'mục này'}: ${parts}.`
          : `${label ? capitalise(label) : 'Mục này'} phải ${parts}.`,
  });
}

/**
 * Required text, trimmed and NFC-normalised, following the one text rule (src/lib/content-rules/text-rule.ts:
 * no control, bidirectional or invisible characters, no look-alike letters, something visible).
 * `example` is what a good value looks like.
 */
export function text(label: string, example: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? `Thiếu ${label}. Ví dụ: ${example}`
          : `${capitalise(label)} phải là chữ. Ví dụ: ${example}`,
    })
    .transform((value) => value.normalize('NFC').trim())
    .superRefine((value, context) => {
      if (value.length === 0) {
        context.addIssue({
          code: 'custom',
          message: `${capitalise(label)} đang để trống. Ví dụ: ${example}`,
        });
        return;
      }
      const fault = textFault(value);
      if (fault) context.addIssue({ code: 'custom', message: `${capitalise(label)} ${fault}` });
    })
    .meta({ title: label, examples: [example] });
}

/**
 * Text of a spreadsheet cell that the site writes back into the spreadsheets staff download (a
 * group's name, a unit): it may not start as a formula does (=, +, -, @), or Excel would run it
 * when the template is opened (OWASP's CSV injection).
 */
export function cellText(label: string, example: string) {
  return text(label, example).refine((value) => !isFormulaLike(value), {
    error: (issue) =>
      `${capitalise(label)} "${String(issue.input)}" bắt đầu bằng dấu ${String(issue.input).trim().charAt(0)}, Excel sẽ hiểu là công thức và chạy nó. Bỏ dấu đó ở đầu, ví dụ: ${example}`,
  });
}

/** A list of text lines (recipients, the lines of an issuing body), at least one. */
export function lines(label: string, example: string) {
  const how = `viết mỗi dòng một mục, bắt đầu bằng "- ", ví dụ: - ${example}`;
  return z
    .array(text(label, example), {
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? `Thiếu ${label}: ${how}`
          : `${capitalise(label)} phải là một danh sách: ${how}`,
    })
    .min(1, `${capitalise(label)} cần ít nhất một dòng: ${how}`)
    .meta({ title: label, examples: [example] });
}

/**
 * A calendar date in Vietnam, written day-first as Vietnam writes dates ("11/10/2025") or
 * year-month-day ("2025-10-11"), and kept as the year-month-day string: dates here are days, not
 * instants, so no time zone can shift them.
 */
export function calendarDate(label: string, example = '11/10/2025') {
  return calendarDay(label, example);
}

/**
 * The day figures were counted: a calendar date that has already come, in Vietnam, when the site
 * is built. A count dated 31/12/2099 would otherwise be shown as "Số liệu đến ngày 31/12/2099".
 */
export function countedDate(label: string, example = '05/11/2025') {
  return calendarDay(label, example).superRefine((value, context) => {
    const today = calendarDateIn(new Date());
    if (isCalendarDate(value) && value > today)
      context.addIssue({
        code: 'custom',
        message: `${capitalise(label)} ${formatDate(value)} chưa đến (hôm nay là ${formatDate(today)}). Ghi ngày đã đếm số liệu, ngày/tháng/năm, ví dụ: ${example}`,
      });
  });
}

function calendarDay(label: string, example: string) {
  return z
    .union([z.string(), z.date()], {
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? `Thiếu ${label}. Viết ngày theo dạng ngày/tháng/năm, ví dụ: ${example}`
          : `${capitalise(label)} phải là một ngày dạng ngày/tháng/năm, ví dụ: ${example}`,
    })
    .transform((value, context) => {
      const written = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
      // One message per date: the form first, then whether the day exists.
      const iso = readDate(written);
      if (iso === undefined)
        context.addIssue({
          code: 'custom',
          message: `"${written}" chưa đúng dạng ngày. Viết ngày/tháng/năm bằng số, ví dụ: ${example}`,
        });
      else if (!isCalendarDate(iso))
        context.addIssue({
          code: 'custom',
          message: `Ngày "${written}" không có trên lịch. Kiểm tra lại ngày và tháng (ngày/tháng/năm), ví dụ: ${example}`,
        });
      return iso ?? written;
    })
    .meta({ title: label, examples: [example], format: 'date' });
}

/**
 * An absolute https:// address. Given `host`, the address must be on exactly that host: an
 * official link (the contest's course, the Zalo group) on a look-alike host such as
 * `zalo.me.evil.example` is refused, since the site then teaches residents the fake address.
 */
export function httpsUrl(label: string, example: string, options: { host?: string } = {}) {
  return text(label, example)
    .superRefine((value, context) => {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        url = new URL('invalid:');
      }
      if (url.protocol !== 'https:' || /[\s"'<>]/.test(value))
        context.addIssue({
          code: 'custom',
          message: `"${value}" không phải địa chỉ web đầy đủ. Chép nguyên địa chỉ, bắt đầu bằng https://, ví dụ: ${example}`,
        });
      else if (options.host && url.hostname !== options.host)
        context.addIssue({
          code: 'custom',
          message: `${capitalise(label)} phải là địa chỉ trên ${options.host}; "${url.hostname}" là một trang khác, có thể là trang giả mạo. Chép đúng đường link chính thức, ví dụ: ${example}`,
        });
    })
    .meta({ title: label, examples: [example], format: 'uri' });
}

/**
 * The site's own address, from which every QR code and feed is built: https, with no query, no
 * fragment and no user name, so that printed codes point at the page itself.
 */
export function siteAddress(label: string, example: string) {
  return httpsUrl(label, example).superRefine((value, context) => {
    const url = URL.canParse(value) ? new URL(value) : undefined;
    if (url && (url.search || url.hash || url.username || url.password || value.includes('?')))
      context.addIssue({
        code: 'custom',
        message: `${capitalise(label)} chỉ gồm tên miền và đường dẫn, không có phần sau dấu ? hay # (mã QR in ra sẽ mang theo phần đó). Viết như: ${example}`,
      });
  });
}

/** A short code used in addresses (a group's page): lower-case ASCII letters, digits and hyphens. */
export function urlCode(label: string, example: string) {
  return (
    text(label, example)
      // A hidden or look-alike character is named by the text rule already, with its position.
      .refine(
        (value) => textFault(value) !== undefined || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value),
        {
          error: (issue) =>
            `${capitalise(label)} "${String(issue.input)}" không dùng được trong địa chỉ trang. Chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ: ${example}`,
        },
      )
      .meta({ title: label, examples: [example] })
  );
}

/** A Vietnamese phone number as people write it ("090 123 4567"); digits, spaces and dots. */
export function phone(label: string, example = '090 123 4567') {
  return text(label, example)
    .refine((value) => /^\+?[0-9][0-9 .]{6,18}[0-9]$/.test(value), {
      error: (issue) =>
        `"${String(issue.input)}" không phải số điện thoại. Chỉ viết chữ số (có thể cách nhau bằng dấu cách), ví dụ: ${example}`,
    })
    .meta({ title: label, examples: [example] });
}

/** A whole number from 0 up, from YAML (a number) or from a CSV cell (text such as "120"). */
export function count(label: string, example = '120') {
  const toNumber = (value: number | string) =>
    typeof value === 'number' ? value : /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  return z
    .union([z.number(), z.string()], {
      error: `Thiếu ${label}. Viết một số nguyên, ví dụ: ${example}`,
    })
    .refine((value) => Number.isInteger(toNumber(value)) && toNumber(value) >= 0, {
      error: (issue) =>
        `${capitalise(label)} "${String(issue.input)}" không hợp lệ: viết số nguyên không âm, chỉ gồm chữ số (không dấu chấm, dấu phẩy, chữ), ví dụ: ${example}`,
    })
    .transform(toNumber)
    .meta({ title: label, examples: [example], type: 'integer' });
}

/**
 * A yes/no field: only `true` or `false`. Words such as "có", "đúng" or "yes" are refused rather
 * than guessed at, so a flag is never read the opposite way to what the editor meant.
 */
export function flag(label: string) {
  return z
    .boolean({
      error: (issue) =>
        `${capitalise(label)} chỉ nhận true (có) hoặc false (không), viết liền không dấu ngoặc kép; "${String(issue.input)}" không được hiểu.`,
    })
    .meta({ title: label, type: 'boolean' });
}

/**
 * A yes/no column of a spreadsheet: "x" (or true) for yes, an empty cell (or false) for no.
 * Anything else is refused, never guessed at.
 */
export function cellFlag(label: string) {
  return z.union([z.boolean(), z.string()]).transform((value, context) => {
    if (typeof value === 'boolean') return value;
    const cell = value.trim().toLowerCase();
    if (cell === 'x' || cell === 'true') return true;
    if (cell === '' || cell === 'false') return false;
    context.addIssue({
      code: 'custom',
      message: `${capitalise(label)} chỉ nhận "x" (có) hoặc để trống (không); "${value}" không được hiểu.`,
    });
    return z.NEVER;
  });
}

/**
 * Marks invented content: labelled on the page, refused by a production build. The one reading
 * of "sample" for every file (src/lib/content-rules/samples.ts uses it too).
 */
export const sample = flag('sample (dữ liệu mẫu)')
  .default(false)
  .describe('true when this is invented sample data, not the ward’s real content');

/** The same mark in a spreadsheet's `sample` column. */
export const sampleCell = cellFlag('sample (dữ liệu mẫu)')
  .default(false)
  .describe('x when this row is invented sample data, not the ward’s real figures');

/** Hidden from the built site while an editor works on it. */
export const draft = flag('draft (bản nháp)')
  .default(false)
  .describe('true while the entry is being written; drafts appear nowhere in the build');

function capitalise(label: string): string {
  return label.charAt(0).toLocaleUpperCase('vi') + label.slice(1);
}
