/**
 * A guide's `<SiteLink to>` names an address of site.yaml; when site.yaml leaves that address out
 * (a ward removes `help.videoUrl`), the link is named here on the guide's line, with site.yaml, in
 * Vietnamese, before the page is rendered: at render time it was an English error that named no
 * content file ("not caused by content").
 */
import { lineOf, parseBody, visit, type Node } from './body-tree.ts';
import type { Problem } from './content-errors.ts';
import { missingLink } from './site-link-fields.ts';

/**
 * Each `<SiteLink to>` of an MDX body whose address site.yaml does not give, on the body's line and
 * naming site.yaml, before the page is rendered (where it would be an error naming no content
 * file). `missing` holds the `to` values site.yaml has no address for.
 */
export function siteLinkProblems(
  file: string,
  body: string,
  bodyLine: number,
  missing: ReadonlySet<string>,
  siteFile: string,
): Problem[] {
  let tree: Node;
  try {
    tree = parseBody(body, true);
  } catch {
    return [];
  }
  const problems: Problem[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (node.name !== 'SiteLink') return;
    const to = node.attributes?.find((attribute) => attribute.name === 'to')?.value;
    if (typeof to !== 'string' || !missing.has(to)) return;
    problems.push({ file, line: lineOf(node, bodyLine), message: missingLink(to, siteFile) });
  });
  return problems;
}
