/**
 * The "(Viết …)" lines `npm run new` writes for the editor to replace. Left in an entry that is to
 * be published, they would be read out or shown to residents as they are: refused, by line.
 */
import type { Problem } from './content-errors.ts';
import { lineAt } from './privacy.ts';
import type { FrontmatterSource } from './yaml-source.ts';

const PLACEHOLDER = /\(Viết [^)\n]*\)?/gu;

/** Every string of a frontmatter value, with its path ("summary", "signer.name"). */
function strings(value: unknown, path: (string | number)[] = []): [(string | number)[], string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, [...path, index]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => strings(item, [...path, key]));
  return [];
}

export function placeholderProblems(
  file: string,
  source: Pick<FrontmatterSource, 'data' | 'body' | 'bodyLine' | 'lineOf'>,
): Problem[] {
  const fix = (text: string) =>
    `Còn dòng mẫu "${text}" do lệnh tạo bài viết sẵn. Thay bằng nội dung thật, hoặc để draft: true nếu bài chưa xong.`;
  const problems: Problem[] = [];
  for (const [path, text] of strings(source.data)) {
    const match = text.match(PLACEHOLDER);
    if (match)
      problems.push({
        file,
        line: source.lineOf(path),
        field: path.join('.'),
        message: fix(match[0]),
      });
  }
  for (const match of source.body.matchAll(PLACEHOLDER))
    problems.push({
      file,
      line: lineAt(source.body, match.index, source.bodyLine),
      message: fix(match[0]),
    });
  return problems;
}
