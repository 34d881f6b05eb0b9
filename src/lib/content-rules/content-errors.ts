/**
 * Errors in content, written for the editors who make them: each names the file, the line where
 * there is one, the field or column, and what to write instead. The messages are Vietnamese because
 * the people who read them are the ward's staff; the schemas supply the "what to write" part.
 */
import type { core } from 'astro/zod';
import { displayPath } from '../site/paths.ts';

export interface Problem {
  /** The file, as given; shown relative to the project root. */
  file: string;
  /** The worksheet of a spreadsheet (.xlsx) the line is in. */
  sheet?: string | undefined;
  /** 1-based line in that file (a row number in a spreadsheet's sheet), when known. */
  line?: number | undefined;
  /** The field (YAML, frontmatter) or column (CSV) at fault, dotted for nested fields. */
  field?: string | undefined;
  /** Whether `field` is a CSV column or a YAML field: only changes the word used. */
  kind?: 'column' | 'field';
  /** What is wrong and how to fix it. */
  message: string;
  /**
   * The technical detail behind it, in English (a parser's own words): for whoever maintains the
   * site, printed in the build's log, never in a message staff read (the editor, the issue).
   */
  detail?: string | undefined;
}

export function formatProblem(problem: Problem): string {
  return formatProblemAs(problem, displayPath(problem.file));
}

/**
 * The same, with the file shown as `file`: the table checker in the browser, which has no project
 * folder, shows the chosen file's name.
 */
export function formatProblemAs(problem: Problem, file: string): string {
  const where = [file];
  if (problem.sheet !== undefined) where.push(`trang tính "${problem.sheet}"`);
  if (problem.line !== undefined) where.push(`dòng ${problem.line}`);
  if (problem.field)
    where.push(`${problem.kind === 'column' ? 'cột' : 'trường'} "${problem.field}"`);
  return `${where.join(', ')}: ${problem.message}`;
}

/**
 * Thrown when content breaks its contract; the message lists every problem found, not just the first.
 * Astro shows it as one of its own user errors (message and hint, no stack trace): Astro recognises
 * those by their `type`, so this module needs nothing from Astro.
 */
export class ContentError extends Error {
  readonly type = 'AstroUserError';
  override readonly name = 'AstroUserError';
  readonly hint: string;
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    problems = inReadingOrder(problems);
    super(
      [
        `Nội dung chưa hợp lệ: ${problems.length} lỗi. Sửa từng chỗ dưới đây rồi dựng lại trang.`,
        ...problems.map((p) => `  - ${formatProblem(p)}`),
      ].join('\n'),
    );
    this.hint = 'Hướng dẫn sửa lỗi nội dung: docs/huong-dan-bien-tap.md';
    this.problems = problems;
    recordProblems(problems);
  }
}

/**
 * The content check (scripts/check-content.ts) runs the build in another process and lists its
 * problems in a report and a GitHub issue: it names a file in CONTENT_PROBLEMS_FILE, and every
 * problem raised is appended to it, one JSON object a line, with the file as the editor sees it.
 */
function recordProblems(problems: readonly Problem[]): void {
  // This module also runs in the browser (the table checker): no Node there, nothing to record.
  const log = globalThis.process?.env?.CONTENT_PROBLEMS_FILE;
  if (!log) return;
  const fs = process.getBuiltinModule('node:fs') as typeof import('node:fs');
  fs.appendFileSync(
    log,
    problems
      .map((problem) => `${JSON.stringify({ ...problem, file: displayPath(problem.file) })}\n`)
      .join(''),
  );
}

/** Is this process the Astro command line building the site (not the dev server, not a test)? */
function isAstroBuild(argv: readonly string[] = process.argv): boolean {
  return (
    /[\\/]astro(?:\.mjs|\.js)?$/.test(argv[1] ?? '') &&
    argv.slice(2).some((arg) => arg === 'build' || arg === 'sync' || arg === 'check')
  );
}

/** Problems by file, then by line: the order an editor fixes them in. */
export function inReadingOrder(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
}

/**
 * The problems' technical details (a parser's English words), for the log only: labelled as the
 * maintainer's, so nobody takes them for the staff's to fix. Empty when none has any.
 */
export function technicalDetails(problems: readonly Problem[]): string {
  const details = problems.filter((problem) => problem.detail);
  if (!details.length) return '';
  return [
    'Chi tiết kỹ thuật, cho người phụ trách kỹ thuật (cán bộ không cần đọc):',
    ...details.map((problem) => `  - ${displayPath(problem.file)}: ${problem.detail}`),
  ].join('\n');
}

/**
 * Reports all the problems collected, if there are any. Building the site, the Vietnamese list is
 * printed once, as it is, and the build stops: thrown, Astro would wrap it in its English error
 * frame with a stack trace that means nothing to an editor (and print it twice). Under the content
 * check (CONTENT_PROBLEMS_FILE set), which lists every problem and their technical details at its
 * end, the build prints only their count, so the log carries each once. Anywhere else (the dev server's overlay, tests,
 * scripts) one ContentError is thrown.
 */
export function throwIfProblems(problems: Problem[]): void {
  if (problems.length === 0) return;
  const error = new ContentError(problems);
  if (isAstroBuild()) {
    // Under the check, the list and its technical details are printed at the end of the log.
    const details = process.env.CONTENT_PROBLEMS_FILE ? '' : technicalDetails(error.problems);
    const list = process.env.CONTENT_PROBLEMS_FILE
      ? `Nội dung chưa hợp lệ: ${problems.length} lỗi, liệt kê ở cuối nhật ký.`
      : `${error.message}\n${error.hint}`;
    process.stderr.write(`\n${list}\n${details ? `${details}\n` : ''}`);
    process.exit(1);
  }
  throw error;
}

/** The dotted path of a zod issue, as editors write it ("campaign.opens", "attachments.0.file"). */
export function issuePath(issue: Pick<core.$ZodIssue, 'path'>): string {
  return issue.path.map(String).join('.');
}
