/**
 * The content check's problems as Markdown, for the deploy workflow's job summary and the GitHub
 * issue that tells staff their save was not published: each problem in the project's one form,
 * its file a link to the file on GitHub when the check runs there.
 */
import { existsSync } from 'node:fs';
import { formatProblem, type Problem } from '../../src/lib/content-rules/content-errors.ts';
import { readSite } from '../../src/lib/content-rules/site-file.ts';
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
  view: 'blob' | 'raw' = 'blob',
): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  if (!server || !repository || !sha || !existsSync(file)) return undefined;
  const shown = displayPath(file);
  if (shown.startsWith('/') || shown.startsWith('dist/')) return undefined;
  return `${server}/${repository}/${view}/${sha}/${encodeURI(shown)}${line ? `#L${line}` : ''}`;
}

/** The editor's address on the live site (`…/quan-tri/`), when site.yaml can be read. */
function editorUrl(): string | undefined {
  try {
    return new URL('quan-tri/', readSite().site.url).href;
  } catch {
    return undefined;
  }
}

/**
 * One list item a problem: its place (a link where there is one), then what to do. A spreadsheet
 * is binary, and GitHub's page for it shows no rows: its link is the file itself (to open in
 * Excel), and the sheet and row are said in words beside it.
 */
function item(problem: Problem, env: NodeJS.ProcessEnv): string {
  const text = formatProblem(problem);
  const place = formatProblem({ ...problem, message: '' }).replace(/: $/, '');
  const rest = text.slice(place.length + 2);
  const binary = problem.sheet !== undefined || /\.xlsx$/i.test(problem.file);
  const url = binary
    ? fileUrl(problem.file, undefined, env, 'raw')
    : fileUrl(problem.file, problem.line, env);
  const name = displayPath(problem.file);
  let shownPlace = escapeMarkdown(place);
  if (url && binary)
    shownPlace = `[${escapeMarkdown(name)}](${url})${escapeMarkdown(place.slice(name.length))}`;
  else if (url) shownPlace = `[${escapeMarkdown(place)}](${url})`;
  return `- ${shownPlace}: ${escapeMarkdown(rest).replace(/\n/g, '\n  ')}`;
}

const GUIDE = 'docs/huong-dan-bien-tap.md';

/** @param editor The editor's address on the live site, linked from the report. */
export function markdownReport(
  problems: readonly Problem[],
  env = process.env,
  editor = editorUrl(),
): string {
  if (!problems.length)
    return `## Nội dung đạt mọi kiểm tra\n\nTrang web được đăng với nội dung mới.\n`;
  const guide = fileUrl(GUIDE, undefined, env);
  return [
    `## ${REPORT_TITLE}`,
    '',
    `Lần lưu vừa rồi chưa được đăng lên trang web vì nội dung có ${problems.length} lỗi. Trang web đang chạy vẫn giữ nguyên như trước.`,
    `Sửa từng lỗi dưới đây (trong ${editor ? `[trang quản trị](${editor})` : 'trang quản trị /quan-tri/'} hoặc trong tệp), rồi lưu lại: trang web sẽ tự kiểm tra và đăng lại.`,
    '',
    ...problems.map((problem) => item(problem, env)),
    '',
    `Hướng dẫn sửa lỗi: ${guide ? `[${GUIDE}](${guide})` : GUIDE}`,
    '',
  ].join('\n');
}

/**
 * What the issue says when the check itself could not run (it crashed, ran out of memory, found
 * no browser) and wrote no report: nothing was judged, the live site is unchanged, and it is not
 * the staff member's doing.
 */
export function failedCheckReport(runUrl: string | undefined): string {
  return [
    `## ${REPORT_TITLE}`,
    '',
    'Lần này chương trình kiểm tra nội dung không chạy được đến cuối (chương trình dừng giữa chừng, ví dụ máy chủ hết bộ nhớ hoặc thiếu trình duyệt dùng để in), nên chưa đăng gì. Trang web đang chạy vẫn giữ nguyên như trước, không có gì bị mất.',
    '',
    'Đây không phải lỗi của cán bộ đã lưu bài, và cán bộ không cần sửa gì trong nội dung. Chuyển thông báo này cho người phụ trách kỹ thuật của phường' +
      (runUrl ? `, kèm đường link nhật ký: ${runUrl}` : '') +
      '. Khi chương trình kiểm tra chạy lại được, trang web sẽ tự đăng và thông báo này tự đóng.',
    '',
  ].join('\n');
}
