/**
 * A body (the text under the frontmatter) as the renderer reads it: the mdast tree of Sätteri, the
 * parser Astro's markdown processor and its MDX integration use, parsed once for the body rules
 * (src/lib/content-rules/body-rules.ts) and the picture finder here. Rules read this tree, never the text with a
 * regex: the regex this replaced missed `![a [b]](x.svg)`, a description on two lines and
 * reference-style pictures, and published their SVG.
 *
 * {@link bodyPictures} gives every picture a body shows, for the one picture rule
 * (src/lib/content-rules/pictures.ts): inline, reference-style (`![x][r]` with `[r]: ./y.jpg`) and HTML or JSX
 * `<img>`, with the address as CommonMark reads it (`<./ảnh bà Lan.jpg>`, `\(`).
 */
import { Parser } from 'htmlparser2';
import { mdxToMdast, markdownToMdast } from 'satteri';
import type { PictureRef } from './pictures.ts';

export interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** The fields of Sätteri's mdast nodes read here (its types are a union too wide to narrow). */
export interface Node {
  type: string;
  position?: { start: { line: number } } | undefined;
  name?: string | null;
  value?: unknown;
  alt?: string | null;
  url?: string;
  identifier?: string;
  attributes?: Attribute[];
  children?: Node[];
}

/** The last body parsed, kept so that the rules and the picture finder share one parse. */
let lastParse: { body: string; mdx: boolean; tree: Node } | undefined;

/** A body's mdast tree, as Sätteri reads it for the renderer; throws an MDX syntax error. */
export function parseBody(body: string, mdx: boolean): Node {
  if (lastParse?.body === body && lastParse.mdx === mdx) return lastParse.tree;
  const tree = (mdx
    ? mdxToMdast(body, { features: { frontmatter: false } })
    : markdownToMdast(body, {
        features: { frontmatter: false, rawHtml: true },
      })) as unknown as Node;
  lastParse = { body, mdx, tree };
  return tree;
}

/**
 * Every picture a body shows, each with its line, found in the tree the renderer reads: markdown
 * pictures, inline and reference-style, HTML `<img>` (markdown) and JSX `<img>` (MDX). An MDX
 * body that does not parse shows nothing (its syntax error is reported by the body rules).
 */
export function bodyPictures(body: string, bodyLine: number, mdx: boolean): PictureRef[] {
  let tree: Node;
  try {
    tree = parseBody(body, mdx);
  } catch {
    return [];
  }
  const definitions = new Map<string, string>();
  visit(tree, (node) => {
    // CommonMark: the first definition of a label wins.
    if (node.type === 'definition' && node.identifier && !definitions.has(node.identifier))
      definitions.set(node.identifier, node.url ?? '');
  });
  const refs: PictureRef[] = [];
  visit(tree, (node) => {
    const line = lineOf(node, bodyLine);
    const add = (src: string | undefined, at = line) => {
      if (src !== undefined) refs.push({ src, line: at });
    };
    if (node.type === 'image') add(node.url ?? '');
    if (node.type === 'imageReference') add(definitions.get(node.identifier ?? ''));
    if (isJsxImage(node)) {
      const src = node.attributes?.find((a) => a.name === 'src')?.value;
      add(typeof src === 'string' ? src : '');
    }
    if (node.type === 'html' && typeof node.value === 'string')
      htmlImages(node.value, line, (attributes, at) => add(attributes.src ?? '', at));
  });
  return refs;
}

export function isJsxImage(node: Node): boolean {
  return (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img'
  );
}

/** Each `<img>` of an HTML fragment, with its attributes (entities decoded) and its line. */
export function htmlImages(
  html: string,
  line: number | undefined,
  each: (attributes: Record<string, string>, line: number | undefined) => void,
): void {
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name !== 'img') return;
      const offset = html.slice(0, parser.startIndex).split('\n').length - 1;
      each(attributes, line === undefined ? undefined : line + offset);
    },
  });
  parser.end(html);
}

export function visit(node: Node, each: (node: Node) => void): void {
  each(node);
  for (const child of node.children ?? []) visit(child, each);
}

export function lineOf(node: Node, bodyLine: number): number | undefined {
  const line = node.position?.start.line;
  return line === undefined ? undefined : line + bodyLine - 1;
}
