/**
 * The content check's problems as Markdown, for the deploy workflow's job summary and the GitHub
 * issue that tells staff their save was not published: each problem in the project's one form,
 * its file a link to the file on GitHub when the check runs there.
 */
import { existsSync } from 'node:fs';
import { formatProblem, type Problem } from '../../src/lib/content-rules/content-errors.ts';
import { displayPath } from '../../src/lib/site/paths.ts';

export const REPORT_TITLE = 'Trang web chưa được cập nhật';

/** The invisible WORD JOINER (U+2060): breaks what GitHub links in text, shows nothing. */
const JOIN = '\u2060';

/**
 * Text from content shown as written, inert: no markup, no HTML tag hidden by GitHub, and nothing
 * GitHub turns into a link or a notification after the markdown is rendered (which a backslash
 * cannot stop): no @mention (`@octocat`), issue reference (`#1`, `GH-1`), autolinked address
 * (`https://…`, `www.…`) or emoji (`:warning:`). Each is broken by an invisible word joiner after
 * the `@`, `#`, `:` or `GH`, so the text reads the same and links nothing.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#|~])/g, '\\$1')
    .replace(/([@#＠＃])/g, `$1${JOIN}`)
    .replace(/:(?=\S)/g, `:${JOIN}`)
    .replace(/\b(gh)(?=-)/gi, `$1${JOIN}`)
    .replace(/\b(www)\./gi, `$1${JOIN}.`);
}

/** The address of a file of the repository at the commit checked, on GitHub; else undefined. */
export function fileUrl(
  file: string,
  line: number | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  if (!server || !repository || !sha || !existsSync(file)) return undefined;
  const shown = displayPath(file);
  if (shown.startsWith('/') || shown.startsWith('dist/')) return undefined;
  return `${server}/${repository}/blob/${sha}/${encodeURI(shown)}${line ? `#L${line}` : ''}`;
}

/** One list item a problem: its place (a link where there is one), then what to do. */
function item(problem: Problem, env: NodeJS.ProcessEnv): string {
  const text = formatProblem(problem);
  const place = formatProblem({ ...problem, message: '' }).replace(/: $/, '');
  const url = fileUrl(problem.file, problem.line, env);
  const rest = text.slice(place.length + 2);
  const shownPlace = url ? `[${escapeMarkdown(place)}](${url})` : escapeMarkdown(place);
  return `- ${shownPlace}: ${escapeMarkdown(rest).replace(/\n/g, '\n  ')}`;
}

export function markdownReport(problems: readonly Problem[], env = process.env): string {
  if (!problems.length)
    return `## Nội dung đạt mọi kiểm tra\n\nTrang web được đăng với nội dung mới.\n`;
  return [
    `## ${REPORT_TITLE}`,
    '',
    `Lần lưu vừa rồi chưa được đăng lên trang web vì nội dung có ${problems.length} lỗi. Trang web đang chạy vẫn giữ nguyên như trước.`,
    'Sửa từng lỗi dưới đây (trong trang quản trị /quan-tri/ hoặc trong tệp), rồi lưu lại: trang web sẽ tự kiểm tra và đăng lại.',
    '',
    ...problems.map((problem) => item(problem, env)),
    '',
    'Hướng dẫn sửa lỗi: docs/huong-dan-bien-tap.md',
    '',
  ].join('\n');
}
