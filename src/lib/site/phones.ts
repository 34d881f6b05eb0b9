/**
 * Phone numbers are read and dialled as one piece, so they never break across lines, on a page or
 * on paper. Components mark the numbers they show with `.phone`; numbers that editors write in
 * markdown bodies ("gọi 090 123 4567") are kept whole here, in the built HTML, by joining their
 * digit groups with no-break spaces (text between tags only; scripts and styles are left alone).
 */

/** A Vietnamese phone number: 0 or +84, then groups of digits separated by spaces or dots. */
export const PHONE = /(?<![\d+.,])(?:\+84 ?|0)\d{1,3}(?:[ .]\d{2,4}){1,3}(?![\d.,]\d)/gu;

/** The phone numbers in a text, with their spaces made no-break. */
export function keepPhonesTogether(text: string): string {
  return text.replace(PHONE, (number) => number.replace(/ /g, '\u00a0'));
}

/** The same, over an HTML document: only text between tags, never inside <script> or <style>. */
export function keepPhonesTogetherInHtml(html: string): string {
  return html.replace(
    /(<(script|style)\b[\s\S]*?<\/\2>)|(<[^>]*>)|([^<]+)/giu,
    (whole, _raw, _name, _tag, text: string | undefined) =>
      text ? keepPhonesTogether(text) : whole,
  );
}
