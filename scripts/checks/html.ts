/**
 * The HTML rules (html-validate, with the project's `.htmlvalidate.mjs`) on every built page, as
 * `npm run check:html` runs them, reported on the content file a page shows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { Problem } from '../../src/lib/content-rules/content-errors.ts';
import { pageProblem, sha256, type BuiltPage, type CheckCache } from './findings.ts';

export async function htmlProblems(
  dist: string,
  pages: readonly BuiltPage[],
  cache: CheckCache,
): Promise<Problem[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: Problem[] = [];
  for (const page of pages) {
    const file = path.join(dist, page.file);
    const html = readFileSync(file, 'utf8');
    problems.push(
      ...(await cache.get('html', sha256(html), async () => {
        const report = await validator.validateString(html, file);
        return report.results.flatMap((result) =>
          result.messages.map((message) =>
            pageProblem(
              page,
              `mã HTML sai quy tắc "${message.ruleId}" (${message.message}${message.selector ? `, ở ${message.selector}` : ''}). Thường do một đoạn HTML viết trong nội dung: sửa hoặc xóa đoạn đó, viết bằng định dạng markdown.`,
            ),
          ),
        );
      })),
    );
  }
  return problems;
}
