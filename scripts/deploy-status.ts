/**
 * Tells staff, where they look, whether their save reached the live site. The deploy workflow runs
 * it after the content check:
 *
 * - `refused --report report.md`: opens one GitHub issue in Vietnamese ("Trang web chưa được cập
 *   nhật") listing each problem, mentioning the person who saved (GitHub notifies them), or, when
 *   that issue is already open, updates its list and comments, so there is never a second one;
 * - `published`: closes that issue, if open, with a comment saying the site is up to date.
 *
 * It talks to GitHub's REST API with the workflow's token (GITHUB_TOKEN, `issues: write`), at
 * GITHUB_API_URL. The issue is known by a marker in its body, so a renamed title still matches.
 *
 *   node scripts/deploy-status.ts refused --report report.md
 *   node scripts/deploy-status.ts published
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { REPORT_TITLE } from './checks/report.ts';

export const MARKER = '<!-- cong-dan-so:deploy-status -->';

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

/** The open status issue, if there is one. */
async function openIssue(context: GitHubContext): Promise<Issue | undefined> {
  const issues = await call<(Issue & { pull_request?: unknown })[]>(
    context,
    'GET',
    '/issues?state=open&per_page=100',
  );
  return issues.find((issue) => !issue.pull_request && issue.body?.includes(MARKER));
}

function saved(context: GitHubContext): string {
  const who = context.actor ? `@${context.actor}` : 'người lưu';
  const commit = context.sha ? ` (bản lưu ${context.sha.slice(0, 7)})` : '';
  const log = context.runUrl ? ` Nhật ký kiểm tra: ${context.runUrl}` : '';
  return `Lần lưu của ${who}${commit}.${log}`;
}

/** Opens the issue, or updates the one that is open; returns its number. */
export async function reportRefused(context: GitHubContext, report: string): Promise<number> {
  const body = `${MARKER}\n${report.trim()}\n\n${saved(context)}\n`;
  const existing = await openIssue(context);
  if (!existing) {
    const created = await call<Issue>(context, 'POST', '/issues', { title: REPORT_TITLE, body });
    return created.number;
  }
  await call(context, 'PATCH', `/issues/${existing.number}`, { body });
  await call(context, 'POST', `/issues/${existing.number}/comments`, {
    body: `Lần lưu mới vẫn chưa được đăng: danh sách lỗi ở đầu trang đã được cập nhật. ${saved(context)}`,
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
    options: { report: { type: 'string' } },
  });
  const context = contextFromEnv();
  if (positionals[0] === 'refused') {
    if (!values.report) throw new Error('refused needs --report <file.md>');
    const number = await reportRefused(context, readFileSync(values.report, 'utf8'));
    console.log(`deploy-status: issue #${number} lists the problems.`);
  } else if (positionals[0] === 'published') {
    const number = await reportPublished(context);
    console.log(
      number ? `deploy-status: issue #${number} closed.` : 'deploy-status: no issue was open.',
    );
  } else {
    throw new Error('usage: deploy-status.ts refused --report <file.md> | published');
  }
}
