/**
 * The one rule for text an editor writes, used by every string field of every schema (through
 * `text()` in src/schemas/common.ts) and every table cell: what is shown must be what was written.
 *
 * - No control characters (a NUL in a summary breaks the RSS feed for everyone); newline and tab
 *   are text.
 * - No bidirectional controls (U+202E turns "Lan" into "naL" on the page).
 * - No invisible characters (zero-width space, word joiner, byte-order mark, soft hyphen): they
 *   make a code or a name look identical to another one that is different.
 * - No look-alike letters: a Cyrillic or Greek letter inside a word of Latin letters ("Тổ" with a
 *   Cyrillic Т) looks right and matches nothing.
 * - At least one visible letter or digit: a title of only zero-width characters is an invisible
 *   heading.
 *
 * Each fault is named with its position, counted in characters as a person counts them (from 1),
 * and what to do.
 */

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const INVISIBLE = /[\u00AD\u180E\u200B\u2060-\u2064\uFEFF]/u;
const VISIBLE = /[\p{L}\p{N}]/u;

/** Letters of scripts that look like Latin ones, by the name staff would know. */
const LOOKALIKE_SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Cyrillic}/u, 'chữ Kirin (tiếng Nga)'],
  [/\p{Script=Greek}/u, 'chữ Hy Lạp'],
];

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** 1-based position of the character at a UTF-16 index, counted in characters. */
function position(value: string, index: number): number {
  return [...value.slice(0, index)].length + 1;
}

/** What is wrong with a text value, in Vietnamese, or undefined when it follows the rule. */
export function textFault(value: string): string | undefined {
  const control = CONTROL.exec(value);
  if (control)
    return `có ký tự điều khiển không nhìn thấy (${codePoint(control[0])}) ở vị trí ${position(value, control.index)}, thường do chép từ tệp khác. Xóa rồi gõ lại đoạn quanh vị trí đó.`;
  const bidi = BIDI.exec(value);
  if (bidi)
    return `có ký tự đảo chiều chữ (${codePoint(bidi[0])}) ở vị trí ${position(value, bidi.index)}, làm chữ hiện sai thứ tự. Xóa rồi gõ lại đoạn quanh vị trí đó.`;
  const hidden = INVISIBLE.exec(value);
  if (hidden)
    return `có ký tự ẩn (${codePoint(hidden[0])}) ở vị trí ${position(value, hidden.index)}: trông như không có gì nhưng làm chữ khác đi. Xóa rồi gõ lại đoạn quanh vị trí đó.`;
  for (const word of value.matchAll(/\p{L}+/gu)) {
    if (!/\p{Script=Latin}/u.test(word[0])) continue;
    for (const [script, name] of LOOKALIKE_SCRIPTS) {
      const letter = script.exec(word[0]);
      if (letter)
        return `có chữ "${letter[0]}" ở vị trí ${position(value, word.index + letter.index)} trông giống chữ thường nhưng là ${name}. Gõ lại chữ đó bằng bàn phím tiếng Việt.`;
    }
  }
  if (value.length > 0 && !VISIBLE.test(value))
    return 'không có chữ hay số nào nhìn thấy được. Viết nội dung bằng chữ.';
  return undefined;
}
