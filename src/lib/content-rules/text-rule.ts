/**
 * The one rule for text an editor writes, used by every string field of every schema (through
 * `text()` in src/schemas/common.ts) and every table cell: what is shown must be what was written.
 *
 * - No control characters (a NUL in a summary breaks the RSS feed for everyone); newline and tab
 *   are text.
 * - No bidirectional controls (U+202E turns "Lan" into "naL" on the page).
 * - No invisible characters: every character Unicode marks as default-ignorable (zero-width space,
 *   word joiner, byte-order mark, soft hyphen, the tag characters U+E0000–E007F that can spell a
 *   phone number no one sees, Hangul fillers) and the blank Braille letter. They make a code or a
 *   name look identical to another one that is different, or a title look empty. What emoji are
 *   made of stays: the zero-width joiner, variation selectors, and the tags of a subdivision flag.
 * - No more than two combining marks on one letter: Vietnamese needs two at most ("ệ" written as
 *   e + ̂ + ̣); more pile up over the lines around them.
 * - No look-alike letters: a letter of another script that Unicode's confusables data
 *   (confusables.txt, through the `unhomoglyph` package) reads as Latin, inside a word of Latin
 *   letters ("Тổ" with a Cyrillic Т, "𝐓ổ" with a mathematical 𝐓, a Cherokee Ꭲ), or a whole word
 *   made of them ("Тор" posing as "Top"). Vietnamese, Han and other words of their own script stay.
 * - At least one visible letter or digit: a title of only zero-width characters is an invisible
 *   heading.
 *
 * Each fault is named with its position, counted in characters as a person counts them (from 1),
 * and what to do.
 */

import unhomoglyph from 'unhomoglyph';

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Default-ignorable characters and the blank Braille letter, less what emoji are made of. */
// (A lookahead rather than the `v` flag's set subtraction: the editor's bundle targets Chrome 111.)
const INVISIBLE = /(?![\u200C\u200D\uFE00-\uFE0F])[\p{Default_Ignorable_Code_Point}\u2800]/u;
/** A subdivision flag (🏴 then tag letters, then the cancel tag): an emoji, not hidden text. */
const FLAG = /\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{2,6}\u{E007F}/gu;
const PILED_MARKS = /\p{M}{3,}/u;
const VISIBLE = /[\p{L}\p{N}]/u;

/** Names staff would know for the scripts look-alike letters come from most often. */
const SCRIPT_NAMES: [RegExp, string][] = [
  [/\p{Script=Cyrillic}/u, 'chữ Kirin (tiếng Nga)'],
  [/\p{Script=Greek}/u, 'chữ Hy Lạp'],
  [/\p{Script=Cherokee}/u, 'chữ Cherokee'],
  [/[\u{1D400}-\u{1D7FF}]/u, 'chữ kiểu toán học'],
];

const seen = new Map<string, boolean>();

/** True for a letter of another script that Unicode's confusables data reads as Latin. */
function looksLatin(letter: string): boolean {
  let answer = seen.get(letter);
  if (answer === undefined) {
    answer = !/\p{Script=Latin}/u.test(letter) && /^[A-Za-z]+$/.test(unhomoglyph(letter));
    seen.set(letter, answer);
  }
  return answer;
}

/** The first look-alike letter of a value: its index and the script it is really from. */
function lookalike(value: string): { index: number; letter: string; script: string } | undefined {
  for (const word of value.matchAll(/[\p{L}\p{M}]+/gu)) {
    const letters = [...word[0].matchAll(/\p{L}/gu)];
    const posing = letters.filter((letter) => looksLatin(letter[0]));
    if (!posing.length) continue;
    // Inside a Latin word, or a whole word of look-alikes.
    const latin = letters.some((letter) => /\p{Script=Latin}/u.test(letter[0]));
    if (!latin && posing.length < letters.length) continue;
    const letter = posing[0]![0];
    const script = SCRIPT_NAMES.find(([pattern]) => pattern.test(letter))?.[1] ?? 'chữ khác';
    return { index: word.index + posing[0]!.index, letter, script };
  }
  return undefined;
}

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
  // A flag's tags are kept as letters of the same length, so positions stay those of the value.
  const hidden = INVISIBLE.exec(value.replace(FLAG, (flag) => 'x'.repeat(flag.length)));
  if (hidden)
    return `có ký tự ẩn (${codePoint(hidden[0])}) ở vị trí ${position(value, hidden.index)}: trông như không có gì nhưng làm chữ khác đi. Xóa rồi gõ lại đoạn quanh vị trí đó.`;
  const piled = PILED_MARKS.exec(value);
  if (piled)
    return `có ${[...piled[0]].length} dấu chồng lên một chữ ở vị trí ${position(value, piled.index)}; chữ tiếng Việt có nhiều nhất hai dấu. Xóa rồi gõ lại chữ đó.`;
  const letter = lookalike(value);
  if (letter)
    return `có chữ "${letter.letter}" ở vị trí ${position(value, letter.index)} trông giống chữ thường nhưng là ${letter.script}. Gõ lại chữ đó bằng bàn phím tiếng Việt.`;
  if (value.length > 0 && !VISIBLE.test(value))
    return 'không có chữ hay số nào nhìn thấy được. Viết nội dung bằng chữ.';
  return undefined;
}

/**
 * Text as the privacy check reads it (src/lib/content-rules/privacy.ts), folded as this rule sees it: tag
 * characters read as the ASCII they mirror (a phone number spelt in tags is a phone number), other
 * invisible characters dropped, and look-alike letters read as the Latin letters they pose as.
 */
export function foldHidden(text: string): string {
  return text
    .replace(/[\u{E0020}-\u{E007E}]/gu, (tag) =>
      String.fromCodePoint(tag.codePointAt(0)! - 0xe0000),
    )
    .replace(new RegExp(INVISIBLE.source, 'gu'), '')
    .replace(/\p{L}/gu, (letter) => (looksLatin(letter) ? unhomoglyph(letter) : letter));
}
