/**
 * Drawing a round of the self-check in the browser: `count` of `total` questions at random, kept
 * in their written order (so numbering and the printed answer key stay in step). No Node here.
 */

/** `count` distinct indices from 0 to total − 1, ascending; all of them when count ≥ total. */
export function drawIndices(total: number, count: number, random: () => number = Math.random) {
  const pool = Array.from({ length: total }, (_, index) => index);
  const take = Math.max(0, Math.min(count, total));
  // A partial Fisher–Yates shuffle: the first `take` places hold a uniform random sample.
  for (let place = 0; place < take; place++) {
    const pick = place + Math.floor(random() * (total - place));
    [pool[place], pool[pick]] = [pool[pick]!, pool[place]!];
  }
  return pool.slice(0, take).sort((a, b) => a - b);
}

/** The letter of a choice as printed: 1 → "A". */
export function choiceLetter(number: number): string {
  return String.fromCharCode(64 + number);
}
