/**
 * Contact details in text a resident wrote: Vietnamese phone numbers and e-mail addresses. A story
 * is published under a real person's name, so a number or address left in it by mistake must be
 * caught before the build publishes it.
 *
 * A phone number is what Vietnamese people write: 0901234567, 090 123 4567, 090.123.4567,
 * 0901-234-567, +84 90 123 4567, 84901234567, or a landline 0225 3123 456. Years (2025), dates
 * (11/10/2025, 2025-10-11) and amounts of money (500.000 đồng, 84.000.000.000đ) are not numbers to
 * call, and are left alone: a number counts only when it starts with 0, 84 or +84, stands apart
 * from other digits, and reads, in national form, as a mobile (03, 05, 07, 08, 09 and 8 more
 * digits) or a landline (02 and 9 more).
 *
 * It reads the text folded as the one text rule sees it (src/lib/content-rules/text-rule.ts): a number spelt in
 * invisible tag characters or broken up by zero-width ones is still a number.
 */

import { foldHidden } from './text-rule.ts';

export type ContactKind = 'phone' | 'email';

export interface ContactMatch {
  kind: ContactKind;
  /** The text as written ("090 123 4567"). */
  text: string;
  /** Offset of the match in the text searched. */
  index: number;
}

/**
 * A candidate number: starts with 0, 84 or +84 (not in the middle of a longer number or a word),
 * then 8 to 10 more digits, each group split by at most one space, dot or hyphen. It must not run on
 * into more digits ("0901234567890" is some other identifier) or into a decimal part.
 */
const PHONE_CANDIDATE =
  /(?<![\p{L}\p{N}+.,])(?:\(?\+84\)?|\(?84\)?|\(?0)(?:[ .\-()]{0,2}\d){8,10}(?!\p{N}|[.,]\d|\s?%)/gu;

/** Mobile numbers start 03, 05, 07, 08, 09 (10 digits); landlines 02 (11 digits). */
const NATIONAL = /^(?:0[35789]\d{8}|02\d{9})$/;

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** The number in national form ("0901234567"), or undefined when it cannot be a phone number. */
export function nationalNumber(written: string): string | undefined {
  const digits = written.replace(/\D/g, '');
  const national = /^\(?\+?84/.test(written) ? `0${digits.slice(2)}` : digits;
  return NATIONAL.test(national) ? national : undefined;
}

/**
 * The text as the checks read it, spelt the way people hide contact details: full-width digits and
 * signs folded (NFKC: "０９０" is "090", "＠" is "@"), "[at]", "(a)", "(at)" and "[dot]" read as
 * "@" and ".", and spaces around them dropped ("hoa@gmail .com"). Lines stay where they were.
 */
export function foldForContacts(text: string): string {
  return foldHidden(text)
    .normalize('NFKC')
    .replace(/(?<=[\w.])[ \t]*[[(][ \t]*(?:at|a|@|a còng)[ \t]*[\])][ \t]*(?=\w)/giu, '@')
    .replace(/(?<=\w)[ \t]*[[(][ \t]*(?:dot|chấm)[ \t]*[\])][ \t]*(?=\w)/giu, '.')
    .replace(/(?<=\w)[ \t]+@[ \t]*(?=\w)|(?<=\w)@[ \t]+(?=\w)/gu, '@')
    .replace(/(@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)[ \t]+\.[ \t]*(?=[A-Za-z]{2,}\b)/gu, '$1.');
}

/** Every phone number and e-mail address in `text`, in order of appearance. */
export function findContactDetails(written: string): ContactMatch[] {
  const text = foldForContacts(written);
  const found: ContactMatch[] = [];
  for (const match of text.matchAll(EMAIL)) {
    found.push({ kind: 'email', text: match[0], index: match.index });
  }
  for (const match of text.matchAll(PHONE_CANDIDATE)) {
    const written = match[0];
    if (!nationalNumber(written)) continue;
    // Digits inside an e-mail address ("lan0901234567@...") are reported as the address.
    const inEmail = found.some(
      (other) =>
        other.kind === 'email' &&
        match.index >= other.index &&
        match.index < other.index + other.text.length,
    );
    if (!inEmail) found.push({ kind: 'phone', text: written, index: match.index });
  }
  // Offsets back into the text as written: folding keeps lines, so a finding keeps its line.
  return found
    .sort((a, b) => a.index - b.index)
    .map((match) => ({ ...match, index: sameLineOffset(text, written, match.index) }));
}

/** The offset in `written` on the same line, and as far into it, as `index` is in `folded`. */
function sameLineOffset(folded: string, written: string, index: number): number {
  const line = folded.slice(0, index).split('\n').length - 1;
  const column = index - (folded.lastIndexOf('\n', index - 1) + 1);
  let start = 0;
  for (let i = 0; i < line; i++) start = written.indexOf('\n', start) + 1;
  const end = written.indexOf('\n', start);
  return Math.min(start + column, end < 0 ? written.length : end);
}

/** The 1-based line of an offset in `text`, counted from `firstLine`. */
export function lineAt(text: string, index: number, firstLine = 1): number {
  let line = firstLine;
  for (let i = 0; i < index && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}
