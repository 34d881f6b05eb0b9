/**
 * A search result's excerpt, cut from the page's real text around the words searched for, with
 * those words marked. Matching is folded both ways (foldVietnamese), so "dang ky" marks "Đăng ký"
 * while the reader sees the text as written. Pagefind's own excerpt cannot do this for đ, which
 * it does not fold (see src/lib/search-fold.ts). No dependencies: the search page runs it.
 */
import { foldVietnamese } from './fold.ts';

export interface ExcerptPart {
  text: string;
  /** True for a word the query matched. */
  match: boolean;
}

/** The query's words, folded: "Đăng ký!" → ["dang", "ky"]. */
export function queryTerms(query: string): string[] {
  return foldVietnamese(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
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
  const matched = words.map((word) => {
    const key = wordKey(word);
    return terms.findIndex((term) => key.length > 0 && key.startsWith(term));
  });

  // The window holding the most different query words, then the most matches; earliest first.
  let best = { start: 0, distinct: 0, count: 0 };
  for (let start = 0; start < words.length; start++) {
    if (matched[start] === -1) continue;
    const window = matched.slice(start, start + length).filter((term) => term !== -1);
    const distinct = new Set(window).size;
    if (distinct > best.distinct || (distinct === best.distinct && window.length > best.count))
      best = { start, distinct, count: window.length };
  }
  const start = best.distinct ? Math.max(0, best.start - 5) : 0;
  const end = Math.min(words.length, start + length);

  const parts: ExcerptPart[] = [];
  const push = (text: string, match: boolean) => {
    const last = parts.at(-1);
    if (last && !last.match && !match) last.text += text;
    else parts.push({ text, match });
  };
  if (start > 0) push('… ', false);
  for (let index = start; index < end; index++) {
    if (index > start) push(' ', false);
    push(words[index]!, matched[index] !== -1);
  }
  if (end < words.length) push(' …', false);
  return parts;
}
