/**
 * "đ" typed as "d" in search, solved in the index.
 *
 * Pagefind 1.5 matches words with and without diacritics by decomposing them (NFD) and dropping
 * the combining marks: "ký" is found by "ky". "đ" (U+0111) is a letter of its own with no
 * decomposition, so "Đăng" is indexed as "đang" and the query "dang" never reaches it.
 *
 * Folding the page text itself would fix the matching but break what people read: Pagefind builds
 * titles and excerpts from the same text it indexes, so results would say "Dăng ký". Instead, each
 * page keeps its real text and gets two extra metadata fields, which Pagefind 1.5 also searches:
 * - `fold_title`: the page's title with đ written d ("Dăng ký tài khoản"), weighted like the
 *   title at search time, so "dang ky" ranks the account guide first just as "đăng ký" does;
 * - `fold_words`: every word of the indexed text that has a đ, written with d, once each
 *   ("dăng dến dược"). Pagefind scores metadata by which query words a field contains, not how
 *   often, so listing each word once loses nothing and keeps the fragments small.
 * Pagefind's own folding then removes the remaining marks, so "dang" meets "dăng" and "Đăng".
 * The search box shows the real title and builds its excerpt from the real text (src/lib/search/excerpt.ts).
 * The query is not changed: "đăng ký" still matches the text directly.
 */
import { DomUtils, parseDocument } from 'htmlparser2';

type Node = ReturnType<typeof parseDocument>['children'][number];

export const FOLD_TITLE = 'fold_title';
/**
 * The title of a help page (guide, rules, FAQ; marked data-search-help by its layout), as written
 * and with đ as d, in a field the search box weights above every other title: a resident typing
 * "dang ky" or "đăng ký" wants the account guide before a news item that says "đăng ký".
 */
export const HELP_TITLE = 'help_title';
export const FOLD_WORDS = 'fold_words';
/**
 * On a residential group's page, the ways people write the group's name, folded
 * (src/lib/search/search-rank.ts): weighted above titles, and read by the search box to put the page first
 * when the query is one of them.
 */
export const GROUP_ALIASES = 'group_alias';

/** "Đăng ký đi" → "Dăng ký di": only đ changes, so every other letter keeps its marks. */
export function foldStrokeD(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg']);
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'cite', 'code', 'em', 'i', 'mark', 'q', 's']);
INLINE.add('small').add('span').add('strong').add('sub').add('sup').add('time').add('u');

/** The text Pagefind indexes: what is inside data-pagefind-body, minus ignored parts. */
function indexedText(nodes: Node[]): string {
  let text = '';
  for (const node of nodes) {
    if (DomUtils.isText(node)) text += node.data;
    else if (DomUtils.isTag(node)) {
      if (SKIPPED.has(node.name) || 'data-pagefind-ignore' in node.attribs) continue;
      const gap = INLINE.has(node.name) ? '' : ' ';
      text += gap + indexedText(node.children) + gap;
    }
  }
  return text;
}

export interface FoldedMeta {
  /** The title with đ as d, when it has a đ. */
  title?: string;
  /** The words of the indexed text that have a đ, with d, each once. */
  words: string;
  /** For a help page, its title as written and folded. */
  help?: string;
}

/** The folded metadata of a built page, or null when search does not index it. */
export function foldedMeta(html: string): FoldedMeta | null {
  const document = parseDocument(html, { decodeEntities: true });
  const body = DomUtils.findOne(
    (element) => 'data-pagefind-body' in element.attribs,
    document.children,
  );
  if (!body) return null;

  const seen = new Set<string>();
  const words: string[] = [];
  for (const token of indexedText(body.children).split(/[^\p{L}\p{N}]+/u)) {
    if (!/[đĐ]/.test(token)) continue;
    const folded = foldStrokeD(token).toLocaleLowerCase('vi');
    if (!seen.has(folded)) words.push(folded);
    seen.add(folded);
  }

  const h1 = DomUtils.findOne((element) => element.name === 'h1', body.children);
  const title = h1 ? DomUtils.textContent(h1).replace(/\s+/g, ' ').trim() : '';
  const help = 'data-search-help' in body.attribs && title;
  return {
    ...(/[đĐ]/.test(title) && { title: foldStrokeD(title) }),
    words: words.join(' '),
    ...(help && { help: /[đĐ]/.test(title) ? `${title} ${foldStrokeD(title)}` : title }),
  };
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The page with its folded metadata as <meta> tags in <head>, ready for Pagefind's addHTMLFile. */
export function withFoldedMeta(html: string): string {
  const meta = foldedMeta(html);
  if (!meta) return html;
  const tags = [
    meta.title && [FOLD_TITLE, meta.title],
    meta.words && [FOLD_WORDS, meta.words],
    meta.help && [HELP_TITLE, meta.help],
  ]
    .filter((entry): entry is [string, string] => Boolean(entry))
    .map(
      ([key, value]) =>
        `<meta data-pagefind-meta="${key}[content]" content="${escapeAttribute(value)}">`,
    )
    .join('');
  return tags ? html.replace('</head>', `${tags}</head>`) : html;
}
