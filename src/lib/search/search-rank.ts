/**
 * The order of search results, on top of Pagefind's own score. Pagefind ranks by how often and
 * where each query word occurs, never by whether the words stand together, and a residential
 * group's page competes with the official letter that names every group. Two rules people expect
 * come first, and Pagefind's order decides within each:
 * 1. a group's page, when the query is one of the ways people write that group's name: "tổ 5",
 *    "to dan pho 5", "tổ dân phố số 5", or its address code "to-5";
 * 2. a page where the query's words stand together as a phrase ("đăng ký" for "dang ky"), before
 *    pages where they only occur apart.
 * Group names come from the groups table, so the ways of writing one are derived from the name
 * itself, never listed here. No dependencies: the search page runs it.
 */
import { foldVietnamese } from './fold.ts';

/** The words of a text, folded as a resident types them: "Tổ dân phố số 5" → to dan pho so 5. */
export function foldedWords(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The ways people write a group's name, folded: the name itself, then without "dân phố" after
 * "tổ" and without "số" before a number, each alone and both; and the group's address code with
 * its hyphens as spaces. "Tổ dân phố số 5" (code "to-5") → to dan pho so 5, to so 5,
 * to dan pho 5, to 5. A name built otherwise ("Khu Đông Hải 2") keeps its own words.
 */
export function groupAliases(name: string, code?: string): string[] {
  const words = foldedWords(name);
  const isNumber = (word: string | undefined) => word !== undefined && /^\p{N}+$/u.test(word);
  const withoutStreet = (list: string[]) =>
    list.filter(
      (word, index) =>
        !(
          (word === 'dan' && list[index - 1] === 'to' && list[index + 1] === 'pho') ||
          (word === 'pho' && list[index - 1] === 'dan' && list[index - 2] === 'to')
        ),
    );
  const withoutNumberWord = (list: string[]) =>
    list.filter((word, index) => !(word === 'so' && isNumber(list[index + 1])));
  const aliases = [
    words,
    withoutStreet(words),
    withoutNumberWord(words),
    withoutNumberWord(withoutStreet(words)),
    code ? foldedWords(code) : [],
  ]
    .map((list) => list.join(' '))
    .filter(Boolean);
  return [...new Set(aliases)];
}

/** What the ranking reads of a result: its text, and the group aliases its page carries. */
export interface Rankable {
  content: string;
  meta: Record<string, string | undefined>;
}

/** The separator of the aliases in a page's search metadata. */
export const ALIAS_SEPARATOR = ' | ';

/** True when the words of `query` occur one after another in `text`; the last may be unfinished. */
export function hasPhrase(text: string, query: string): boolean {
  const terms = foldedWords(query);
  if (terms.length < 2) return false;
  const words = foldedWords(text);
  const last = terms.length - 1;
  for (let start = 0; start + last < words.length; start++) {
    if (
      terms.every((term, index) =>
        index === last ? words[start + index]!.startsWith(term) : words[start + index] === term,
      )
    )
      return true;
  }
  return false;
}

/**
 * The results in the order to show: groups named by the query first, then pages holding the
 * query as a phrase (title or text), then the rest; the order given (Pagefind's) within each.
 */
export function rankResults<T extends Rankable>(
  results: readonly T[],
  query: string,
  aliasKey: string,
): T[] {
  const folded = foldedWords(query).join(' ');
  const tier = (result: T) => {
    const aliases = result.meta[aliasKey]?.split(ALIAS_SEPARATOR) ?? [];
    if (folded && aliases.includes(folded)) return 0;
    const title = result.meta.title ?? '';
    if (hasPhrase(title, query) || hasPhrase(result.content, query)) return 1;
    return 2;
  };
  return results
    .map((result, index) => ({ result, index, tier: tier(result) }))
    .sort((a, b) => a.tier - b.tier || a.index - b.index)
    .map(({ result }) => result);
}
