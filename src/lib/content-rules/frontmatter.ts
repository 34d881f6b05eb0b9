/**
 * The one writer of markdown files with frontmatter: the new-entry scaffold, the story import and
 * the generated wards all write through it. Values go through the YAML library's stringifier, so a
 * title with quotes, colons or "#" reads back exactly as written; comments for editors go above the
 * fields they explain.
 */
import { Document, isMap, isScalar } from 'yaml';

export interface MarkdownFile {
  /** The frontmatter, in the order the fields are written. */
  data: Record<string, unknown>;
  /** Lines of comment above a top-level field, by the field's name, without the "#". */
  comments?: Record<string, readonly string[]>;
  /** Lines of comment at the top of the frontmatter. */
  header?: readonly string[];
  body: string;
}

const asComment = (lines: readonly string[]) => lines.map((line) => ` ${line}`).join('\n');

export function markdownFile({ data, comments = {}, header = [], body }: MarkdownFile): string {
  const document = new Document(data);
  if (header.length) document.commentBefore = asComment(header);
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      const lines = isScalar(pair.key) ? comments[String(pair.key.value)] : undefined;
      if (lines && isScalar(pair.key)) pair.key.commentBefore = asComment(lines);
    }
  }
  return `---\n${document.toString({ lineWidth: 0 })}---\n\n${body}\n`;
}
