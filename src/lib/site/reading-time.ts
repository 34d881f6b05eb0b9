/**
 * How long a bulletin takes to read out over the ward's loudspeakers. Vietnamese is written one
 * syllable per word, so words are counted between spaces; announcers read slowly and clearly, at
 * about 150 syllables a minute (a radio newsreader reads 200 or more).
 */
export const LOUDSPEAKER_WORDS_PER_MINUTE = 150;

/** Words of running text, ignoring markdown syntax and punctuation on its own. */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes, at least one. */
export function readingMinutes(
  markdown: string,
  wordsPerMinute = LOUDSPEAKER_WORDS_PER_MINUTE,
): number {
  return Math.max(1, Math.round(countWords(markdown) / wordsPerMinute));
}
