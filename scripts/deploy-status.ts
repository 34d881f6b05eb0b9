/**
 * Tells staff, where they look, whether their save reached the live site. The deploy workflow runs
 * it after the content check:
 *
 * - `refused --report report.md`: opens one GitHub issue in Vietnamese ("Trang web chưa được cập
 *   nhật") listing each problem, mentioning the person who saved (GitHub notifies them), or, when
 *   that issue is already open, updates its list and comments, so there is never a second one;
 * - `failed`: the same issue when the check itself could not run and wrote no report (a crash, out
 *   of memory, no browser): it says so, that it is not the staff member's doing, and whom to tell;
 * - `published`: closes that issue, if open, with a comment saying the site is up to date.
 *
 * It talks to GitHub's REST API with the workflow's token (GITHUB_TOKEN, `issues: write`), at
 * GITHUB_API_URL. The issue is the bot's own: opened by the workflow (author `github-actions[bot]`),
 * with the label {@link LABEL} it sets, and the marker in its body. All three must hold, so an
 * issue anyone else opens with the marker copied in is never updated, mentioned into or closed.
 * Every page of open issues is read. Text from content reaches the issue only through the report
 * (scripts/checks/report.ts), which writes it inert: no mention, reference, link or emoji.
 *
 *   node scripts/deploy-status.ts refused --report report.md [--update]
 *     --update: the refused build was a new version of the program (templates' update.yml)
 *   node scripts/deploy-status.ts failed
 *   node scripts/deploy-status.ts published
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { failedCheckReport, REPORT_TITLE } from './checks/report.ts';

export const MARKER = '<!-- cong-dan-so:deploy-status -->';
/** The label the workflow puts on its issue. */
export const LABEL = 'cong-dan-so: trang web chưa cập nhật';
/** The author of every issue a workflow opens with GITHUB_TOKEN. */
export const BOT = 'github-actions[bot]';
/** GitHub's largest page; pages are read until one is not full. */
const PAGE = 100;

export interface GitHubContext {
  api: string;
  token: string;
  repository: string;
  /** Who pushed the save (GITHUB_ACTOR). */
  actor?: string | undefined;
  /** The workflow run, for its log (GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID). */
  runUrl?: string | undefined;
  sha?: string | undefined;
}

interface Issue {
  number: number;
  body?: string | null;
  user?: { login?: string } | null;
  labels?: (string | { name?: string })[];
  pull_request?: unknown;
}

async function call<T>(
  context: GitHubContext,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${context.api}/repos/${context.repository}${path}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${context.token}`,
      'x-github-api-version': '2022-11-28',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`GitHub ${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The workflow's own issue: its author, its label and its marker, never a pull request. */
function isStatusIssue(issue: Issue): boolean {
  const labels = (issue.labels ?? []).map((label) =>
    typeof label === 'string' ? label : label.name,
  );
  return (
    !issue.pull_request &&
    issue.user?.login === BOT &&
    labels.includes(LABEL) &&
    Boolean(issue.body?.includes(MARKER))
  );
}

/** The open status issue, if there is one, from every page of open issues. */
async function openIssue(context: GitHubContext): Promise<Issue | undefined> {
  const query = `state=open&per_page=${PAGE}&creator=${encodeURIComponent(BOT)}&labels=${encodeURIComponent(LABEL)}`;
  for (let page = 1; ; page++) {
    const issues = await call<Issue[]>(context, 'GET', `/issues?${query}&page=${page}`);
    const found = issues.find(isStatusIssue);
    if (found || issues.length < PAGE) return found;
  }
}

function saved(context: GitHubContext): string {
  const who = context.actor ? `@${context.actor}` : 'người lưu';
  const commit = context.sha ? ` (bản lưu ${context.sha.slice(0, 7)})` : '';
  const log = context.runUrl ? ` Nhật ký kiểm tra: ${context.runUrl}` : '';
  return `Lần lưu của ${who}${commit}.${log}`;
}

/**
 * What the issue says when the refused build was a new version of the program (the ward's
 * update workflow), not a staff member's save: nobody is mentioned, and staff learn that the live
 * site is unchanged and whom to tell.
 */
export const UPDATE_NOTE =
  'Phiên bản mới của chương trình dựng trang chưa được nhận: với phiên bản này, nội dung của phường chưa đạt các kiểm tra dưới đây. Trang web vẫn chạy phiên bản cũ, không có gì bị mất. Đây không phải lỗi của cán bộ đã lưu bài: chuyển thông báo này cho người phụ trách kỹ thuật của phường.';

/** Opens the issue, or updates the one that is open; returns its number. */
export async function reportRefused(
  context: GitHubContext,
  report: string,
  { update = false } = {},
): Promise<number> {
  const footer = update ? UPDATE_NOTE : saved(context);
  const body = `${MARKER}\n${update ? `${UPDATE_NOTE}\n\n` : ''}${report.trim()}\n\n${footer}\n`;
  const existing = await openIssue(context);
  if (!existing) {
    const created = await call<Issue>(context, 'POST', '/issues', {
      title: REPORT_TITLE,
      body,
      labels: [LABEL],
    });
    return created.number;
  }
  await call(context, 'PATCH', `/issues/${existing.number}`, { body });
  await call(context, 'POST', `/issues/${existing.number}/comments`, {
    body: update
      ? `Phiên bản mới của chương trình vẫn chưa được nhận: danh sách lỗi ở đầu trang đã được cập nhật.`
      : `Lần lưu mới vẫn chưa được đăng: danh sách lỗi ở đầu trang đã được cập nhật. ${saved(context)}`,
  });
  return existing.number;
}

/** Closes the open issue with a comment; returns its number, or undefined when none was open. */
export async function reportPublished(context: GitHubContext): Promise<number | undefined> {
  const existing = await openIssue(context);
  if (!existing) return undefined;
  await call(context, 'POST', `/issues/${existing.number}/comments`, {
    body: `Đã sửa xong: nội dung đạt mọi kiểm tra và trang web đã được cập nhật. ${saved(context)}`,
  });
  await call(context, 'PATCH', `/issues/${existing.number}`, {
    state: 'closed',
    state_reason: 'completed',
  });
  return existing.number;
}

export function contextFromEnv(env: NodeJS.ProcessEnv = process.env): GitHubContext {
  const token = env.GITHUB_TOKEN ?? env.GH_TOKEN;
  const repository = env.GITHUB_REPOSITORY;
  if (!token || !repository) throw new Error('GITHUB_TOKEN and GITHUB_REPOSITORY must be set.');
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    api: env.GITHUB_API_URL ?? 'https://api.github.com',
    token,
    repository,
    actor: env.GITHUB_ACTOR,
    sha: env.GITHUB_SHA,
    runUrl: env.GITHUB_RUN_ID
      ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined,
  };
}

if (import.meta.main) {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { report: { type: 'string' }, update: { type: 'boolean', default: false } },
  });
  const context = contextFromEnv();
  if (positionals[0] === 'refused') {
    if (!values.report) throw new Error('refused needs --report <file.md>');
    const number = await reportRefused(context, readFileSync(values.report, 'utf8'), {
      update: values.update,
    });
    console.log(`deploy-status: issue #${number} lists the problems.`);
  } else if (positionals[0] === 'failed') {
    const number = await reportRefused(context, failedCheckReport(context.runUrl), {
      update: values.update,
    });
    console.log(`deploy-status: issue #${number} says the check could not run.`);
  } else if (positionals[0] === 'published') {
    const number = await reportPublished(context);
    console.log(
      number ? `deploy-status: issue #${number} closed.` : 'deploy-status: no issue was open.',
    );
  } else {
    throw new Error('usage: deploy-status.ts refused --report <file.md> | failed | published');
  }
}
