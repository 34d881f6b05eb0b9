/**
 * What the "Nghe" player says, as text rules that need no page: sentences cut from what a block
 * of the page shows, and phone numbers said digit by digit, one group at a time, as people read
 * them aloud ("0225 3 841 234" → "0 2 2 5, 3, 8 4 1, 2 3 4"), since a voice reading "3841234" as
 * one number says "ba triệu tám trăm…". The player (src/components/listen/) walks the page and
 * calls these.
 */
import { PHONE } from './phones.ts';

/** A stretch of a text, by character offsets [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** A phone number said group by group: its digits spaced, a comma (a pause) between groups. */
export function digitGroups(number: string): string {
  return number
    .split(/[\s.\-\u00a0]+/u)
    .map((group) => [...group.replace(/[^\d+]/g, '')].join(' '))
    .filter(Boolean)
    .join(', ');
}

/**
 * The text a voice is given for `text`: phone numbers said group by group, both those the phone
 * rule finds and the digits inside `phones`, the spans the page marks as numbers (a `.phone`, a
 * tel: link's text); white space made single.
 */
export function speakable(text: string, phones: readonly Span[] = []): string {
  // Numbers in the page are kept whole with no-break spaces (src/lib/site/phones.ts).
  const plain = text.replace(/\u00a0/gu, ' ');
  let spoken = '';
  let from = 0;
  for (const { start, end } of [...phones].sort((a, b) => a.start - b.start)) {
    if (start < from) continue;
    spoken +=
      plain.slice(from, start).replace(PHONE, digitGroups) +
      plain.slice(start, end).replace(DIGITS, digitGroups);
    from = end;
  }
  spoken += plain.slice(from).replace(PHONE, digitGroups);
  return spoken.replace(/\s+/gu, ' ').trim();
}

/** In a marked number ("Gọi 1900 1234"), the digits with what separates their groups. */
const DIGITS = /\+?\d(?:[\d .-]*\d)?/gu;

const SENTENCES =
  typeof Intl.Segmenter === 'function'
    ? new Intl.Segmenter('vi', { granularity: 'sentence' })
    : undefined;

/**
 * The sentences of a block's text, as spans without their surrounding white space. Where the
 * browser cannot cut sentences, the block is one.
 */
export function sentenceSpans(text: string): Span[] {
  const pieces = SENTENCES
    ? [...SENTENCES.segment(text)].map(({ index, segment }) => ({
        start: index,
        end: index + segment.length,
      }))
    : [{ start: 0, end: text.length }];
  return pieces.flatMap(({ start, end }) => {
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    return trimmed ? [{ start: start + lead, end: start + lead + trimmed.length }] : [];
  });
}
