/**
 * Builds for the benchmark: `npm run build`'s steps one by one, each timed, with its output in a
 * log file; and the rebuilds of a copy of the sample content after one edit each.
 */
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  createWriteStream,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { csvRows } from '../../src/lib/tables/csv.ts';
import { buildSteps, type StepName } from '../build-steps.ts';
import { total, type Build } from './budgets.ts';

/** Runs a step with the project's Node, its output in a log file; fails loudly with its tail. */
function run(
  label: string,
  args: string[],
  env: Record<string, string>,
  log: string,
): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = createWriteStream(log, { flags: 'a' });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    // The log is read as soon as the step ends: wait until all of it is written.
    child.on('close', (code) => out.end(() => closed(code)));
    const closed = (code: number | null) => {
      if (code === 0) return resolve((performance.now() - started) / 1000);
      const tail = readFileSync(log, 'utf8').split('\n').slice(-25).join('\n');
      reject(new Error(`${label} failed (exit ${code}); last lines of ${log}:\n${tail}`));
    };
  });
}

export function countPages(dist: string): number {
  return readdirSync(dist, { recursive: true }).filter((file) => String(file).endsWith('.html'))
    .length;
}

export async function build(
  label: string,
  options: {
    id: string;
    content?: string;
    dist: string;
    print: boolean;
    /** false: print everything, neither reading nor filling the print cache (a cold print). */
    cache?: boolean;
  },
) {
  const env: Record<string, string> = options.content ? { SITE_CONTENT: options.content } : {};
  const log = path.join(tmpdir(), `bench-${options.id}.log`);
  writeFileSync(log, '');
  console.log(`build: ${label} … (log in ${log})`);
  // The build's own steps (scripts/build-steps.ts), each timed.
  const seconds: Partial<Record<StepName, number>> = {};
  for (const step of buildSteps(options.dist, {
    print: options.print,
    printCache: options.cache !== false,
  }))
    seconds[step.name] = await run(`${label}: ${step.label}`, step.args, env, log);
  const jobs: { format: string }[] = JSON.parse(
    readFileSync(path.join(options.dist, 'in-an/print-jobs.json'), 'utf8'),
  );
  const printed = [...readFileSync(log, 'utf8').matchAll(/^print: (\d+) printed/gm)].at(-1)?.[1];
  const result: Build = {
    label,
    pages: countPages(options.dist),
    pdfs: jobs.filter((job) => job.format === 'pdf').length,
    assets: jobs.length,
    ...(printed !== undefined && { printed: Number(printed) }),
    seconds: {
      astro: seconds.astro!,
      search: seconds.search!,
      ...(seconds.print !== undefined && { print: seconds.print }),
    },
  };
  console.log(`build: ${label} done in ${total(result).toFixed(1)} s`);
  return result;
}

/**
 * Rebuilds of a copy of the sample content after one edit each, with the print cache warm (the
 * first build fills it): a one-line news edit, one group's figure, every group renamed, and
 * nothing changed. Each prints only the assets whose page changed.
 */
export async function rebuilds(): Promise<Build[]> {
  const content = mkdtempSync(path.join(tmpdir(), 'bench-rebuild-'));
  cpSync('content', content, { recursive: true });
  const dist = `${content}-dist`;
  const rebuild = (label: string, id: string) => build(label, { id, content, dist, print: true });
  await rebuild('first build, fills the print cache', 'rebuild-first');
  const results: Build[] = [];

  results.push(await rebuild('nothing changed', 'rebuild-none'));

  const newsDir = path.join(content, 'news');
  const news = readdirSync(newsDir)
    .filter((name) => name.endsWith('.md'))
    .sort()[0]!;
  appendFileSync(path.join(newsDir, news), '\nMột dòng mới của bản tin.\n');
  results.push(await rebuild('one-line news edit', 'rebuild-news'));

  const editCsv = (name: string, edit: (rows: Record<string, string>[]) => void) => {
    const file = path.join(content, name);
    const [header, ...body] = csvRows(readFileSync(file, 'utf8'), file).rows;
    const rows = body.map((row) =>
      Object.fromEntries(header!.cells.map((column, index) => [column, row.cells[index] ?? ''])),
    );
    edit(rows);
    writeFileSync(file, stringifyCsv(rows, { header: true }));
  };
  editCsv('participation.csv', (rows) => {
    const row = rows.at(-1)!;
    row.joined = String(Number(row.joined) > 0 ? Number(row.joined) - 1 : 1);
  });
  results.push(await rebuild('one group’s figure', 'rebuild-figure'));

  editCsv('groups.csv', (rows) => {
    for (const row of rows) row.name = `${row.name} mới`;
  });
  results.push(await rebuild('every group renamed', 'rebuild-groups'));
  return results;
}

/** Runs the content check on a content folder into its own dist; its time and whether it passed. */
function contentCheck(content: string, log: string): Promise<{ seconds: number; ok: boolean }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['scripts/check-content.ts', '--allow-sample', '--dist', `${content}-check-dist`],
      {
        env: {
          ...process.env,
          SITE_CONTENT: content,
          ASTRO_TELEMETRY_DISABLED: '1',
          FORCE_COLOR: '0',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const out = createWriteStream(log, { flags: 'a' });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('close', (code) =>
      out.end(() => resolve({ seconds: (performance.now() - started) / 1000, ok: code === 0 })),
    );
  });
}

/**
 * `npm run check:content` on a copy of the sample, as the deploy workflow runs it after a staff
 * member's one-line news edit with its caches warm: a first run fills them, then one line is added
 * to a news item and the check is timed, every check included.
 */
export async function contentCheckAfterNewsEdit(): Promise<{ seconds: number; ok: boolean }> {
  const content = mkdtempSync(path.join(tmpdir(), 'bench-check-'));
  cpSync('content', content, { recursive: true });
  const log = path.join(tmpdir(), 'bench-content-check.log');
  writeFileSync(log, '');
  console.log(`content check: first run fills the caches … (log in ${log})`);
  await contentCheck(content, log);
  const newsDir = path.join(content, 'news');
  const news = readdirSync(newsDir)
    .filter((name) => name.endsWith('.md'))
    .sort()[0]!;
  appendFileSync(path.join(newsDir, news), '\nMột dòng mới của bản tin.\n');
  const result = await contentCheck(content, log);
  console.log(`content check: after a one-line news edit, ${result.seconds.toFixed(1)} s`);
  return result;
}
