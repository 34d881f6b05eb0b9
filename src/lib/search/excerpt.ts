/**
 * A search result's excerpt, cut from the page's real text around the words searched for, with
 * those words marked. Matching is folded both ways (foldVietnamese), so "dang ky" marks "Đăng ký"
 * while the reader sees the text as written. Pagefind's own excerpt cannot do this for đ, which
 * it does not fold (see src/lib/search/search-fold.ts). No dependencies: the search page runs it.
 */
import { foldVietnamese } from './fold.ts';

export interface ExcerptPart {
  text: string;
  /** True for a word the query matched. */
  match: boolean;
}

/** The query's words, folded: "Đăng ký!" → ["dang", "ky"]. */
export function queryTerms(query: string): string[] {
  return foldVietnamese(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function wordKey(word: string): string {
  return foldVietnamese(word).replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * At most `length` words of `content`, from the stretch where most of the query's words occur,
 * starting a few words before the first of them; "…" marks text left out.
 */
export function excerpt(content: string, query: string, length = 30): ExcerptPart[] {
  const words = content.split(/\s+/).filter(Boolean);
  const terms = queryTerms(query);
  // For each word: which query word it matches (-1: none), and whether whole or as a prefix.
  const matches = words.map((word) => {
    const key = wordKey(word);
    const term = key ? terms.findIndex((candidate) => key.startsWith(candidate)) : -1;
    return { term, exact: term !== -1 && key === terms[term] };
  });

  // The window holding the most different query words, then the most whole-word matches, then
  // the most matches; the earliest wins a tie.
  const score = (start: number) => {
    const window = matches.slice(start, start + length).filter((match) => match.term !== -1);
    return [
      new Set(window.map((match) => match.term)).size,
      window.filter((match) => match.exact).length,
      window.length,
    ];
  };
  let best = -1;
  let bestScore = [0, 0, 0];
  for (let start = 0; start < words.length; start++) {
    if (matches[start]!.term === -1) continue;
    const candidate = score(start);
    const better = candidate.findIndex((value, index) => value !== bestScore[index]!);
    if (better !== -1 && candidate[better]! > bestScore[better]!) {
      best = start;
      bestScore = candidate;
    }
  }
  const start = best === -1 ? 0 : Math.max(0, best - 5);
  const end = Math.min(words.length, start + length);

  const parts: ExcerptPart[] = [];
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && !last.match && !match) last.text += text;
    else parts.push({ text, match });
  };
  if (start > 0) push('… ', false);
  for (let index = start; index < end; index++) {
    if (index > start) push(' ', false);
    const word = words[index]!;
    if (matches[index]!.term === -1) push(word, false);
    else {
      // Mark the word, not the punctuation around it: “<mark>tỏa</mark>”.
      const [, before = '', core = '', after = ''] =
        /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word) ?? [];
      push(before, false);
      push(core, true);
      push(after, false);
    }
  }
  if (end < words.length) push(' …', false);
  return parts;
}
