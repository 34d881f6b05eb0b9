/**
 * YAML read with the `yaml` package (YAML 1.2 core schema) rather than js-yaml: dates stay the
 * strings the editor typed, so "2025-02-30" can be refused instead of silently becoming 2 March,
 * and every value keeps its position, so an error can name its line.
 */
import path from 'node:path';
import { LineCounter, parseDocument, isNode, type Node } from 'yaml';
import type { Problem } from './content-errors.ts';
import { parsedOnce } from './read-once.ts';

export interface YamlSource {
  /** The parsed value, plain JavaScript. */
  data: unknown;
  /** The 1-based line of the value at `path`, or of its nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number;
  /** Syntax errors, each with its line; empty when the YAML parsed. */
  problems: Problem[];
}

/**
 * @param text YAML text.
 * @param file The file it came from, for messages.
 * @param firstLine The line of `text`'s first line in that file (frontmatter starts on line 2).
 */
export function parseYaml(text: string, file: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  // A tab at the start of a line is the commonest YAML mistake of a hand-edited file, and the
  // parser's own error for it names a code, not the tab: say so, once per line.
  const tabbed = text
    .split('\n')
    .flatMap((line, index) => (/^ *\t/.test(line) ? [index + firstLine] : []));
  const problems: Problem[] = tabbed.length
    ? tabbed.map((line) => ({
        file,
        line,
        message:
          'Dòng này thụt lề bằng phím Tab. YAML chỉ nhận dấu cách: xóa Tab ở đầu dòng và thụt vào bằng dấu cách (hai dấu cách mỗi bậc).',
      }))
    : doc.errors.map((error) => ({
        file,
        line: toLine(error.pos[0]),
        message: `YAML sai cú pháp (${error.code}). Kiểm tra dấu hai chấm, dấu ngoặc kép và thụt lề ở dòng này.`,
      }));

  function lineOf(path: readonly PropertyKey[]): number {
    for (let depth = path.length; depth >= 0; depth--) {
      const node: unknown = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && (node as Node).range) return toLine((node as Node).range![0]);
    }
    return firstLine;
  }

  if (problems.length) return { data: undefined, lineOf, problems };
  try {
    // Aliases are bounded by the parser (maxAliasCount): a "billion laughs" document stops here.
    return { data: doc.toJS({ maxAliasCount: 100 }), lineOf, problems };
  } catch (error) {
    const aliases = /alias/i.test((error as Error).message);
    return {
      data: undefined,
      lineOf,
      problems: [
        {
          file,
          message: aliases
            ? 'Tệp dùng quá nhiều tham chiếu lặp lại (dấu & và *) nên không đọc được. Viết thẳng giá trị vào từng trường, không dùng & và *.'
            : `Không đọc được nội dung YAML của tệp (${(error as Error).message}). Kiểm tra dấu hai chấm, dấu ngoặc kép và thụt lề.`,
        },
      ],
    };
  }
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export interface FrontmatterSource extends YamlSource {
  /** The text after the frontmatter. */
  body: string;
  /** The line of the file on which `body` starts. */
  bodyLine: number;
}

/** The frontmatter of a markdown or MDX file, parsed; `{}` when the file has none. */
export function parseFrontmatter(source: string, file: string): FrontmatterSource {
  const match = FRONTMATTER.exec(source);
  if (!match) return { data: {}, lineOf: () => 1, problems: [], body: source, bodyLine: 1 };
  const parsed = parseYaml(match[1] ?? '', file, 2);
  return {
    ...parsed,
    // An empty frontmatter block parses to null: treat it as "no fields", so the schema names them.
    data: parsed.data ?? {},
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}

/**
 * The frontmatter of a markdown or MDX file on disk, read and parsed once per version of the file
 * (src/lib/content-rules/read-once.ts), whoever asks: the content loader, the self-check rule, the editor's
 * configuration, the sample check.
 */
export function readFrontmatter(file: string): FrontmatterSource {
  const full = path.resolve(file);
  return parsedOnce(full, 'frontmatter', (source) => parseFrontmatter(source, full));
}
