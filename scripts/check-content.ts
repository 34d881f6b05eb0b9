/**
 * `npm run check:content`: what a ward's content must pass before it goes live. The production
 * build (`SITE_ENV=production`: sample content refused), then every check that judges content
 * rather than code, on what was built: only allowed kinds of files (scripts/checks/outputs.ts), links and anchors, the HTML rules, nothing loaded from
 * another origin and the policy in every page, every PDF its page count (a poster one sheet) and
 * every printed QR code decoding to its own page, and accessibility (axe) on every page.
 *
 * Every problem is printed in the project's one Vietnamese form (file or sheet and row, line,
 * field, what is wrong, what to do). `--report` writes the same list as Markdown, with links to
 * the files on GitHub when run there (the deploy workflow's summary and issue); `--json` as data.
 * A page unchanged since the last run is not checked again (scripts/checks/findings.ts).
 *
 *   node scripts/check-content.ts [--allow-sample] [--no-build] [--dist dist] [--report file.md] [--json file.json]
 *     [--pages-url https://owner.github.io/repo/]   refuse a site.url that is not this address
 *
 * `--allow-sample` builds without SITE_ENV=production: the product's own tests check the sample
 * content this way, since a production build refuses it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  ContentError,
  formatProblem,
  technicalDetails,
  type Problem,
} from '../src/lib/content-rules/content-errors.ts';
import { contentDir } from '../src/lib/site/paths.ts';
import { readSite } from '../src/lib/content-rules/site-file.ts';
import { pagesAddressProblem } from '../src/lib/content-rules/pages-address.ts';
import { allContentProblems } from '../src/loaders/all-problems.ts';
import { buildSteps, runStep, type BuildStep } from './build-steps.ts';
import { axeProblems } from './checks/axe.ts';
import { builtPages, CheckCache, pageProblem } from './checks/findings.ts';
import { htmlProblems } from './checks/html.ts';
import { brokenLinks } from './checks/links.ts';
import { originProblems } from './checks/origins.ts';
import { outputProblems } from './checks/outputs.ts';
import { printedProblems } from './checks/printed.ts';
import { renderErrorProblems } from './checks/render-errors.ts';
import { markdownReport } from './checks/report.ts';

const { values } = parseArgs({
  options: {
    'allow-sample': { type: 'boolean', default: false },
    build: { type: 'boolean', default: true },
    report: { type: 'string' },
    json: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    'pages-url': { type: 'string' },
  },
  allowNegative: true,
});
const DIST = values.dist;
const started = performance.now();

/** Runs one step of the build, its output shown as it comes and kept. */
async function step(
  buildStep: BuildStep,
  env: NodeJS.ProcessEnv,
): Promise<{ ok: boolean; output: string }> {
  let output = '';
  const code = await runStep(buildStep, env, (chunk, stream) => {
    output += chunk.toString();
    (stream === 'stdout' ? process.stdout : process.stderr).write(chunk);
  });
  return { ok: code === 0, output };
}

/** The build, step by step; the problems it raised (through CONTENT_PROBLEMS_FILE). */
async function build(): Promise<{
  ok: boolean;
  problems: Problem[];
  output: string;
  tail: string;
}> {
  const log = path.join(mkdtempSync(path.join(tmpdir(), 'check-content-')), 'problems.jsonl');
  writeFileSync(log, '');
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_PROBLEMS_FILE: log };
  if (values['allow-sample']) delete env.SITE_ENV;
  else env.SITE_ENV = 'production';
  let result = { ok: true, output: '' };
  for (const buildStep of buildSteps(DIST)) {
    result = await step(buildStep, env);
    if (!result.ok) break;
  }
  const seen = new Set<string>();
  const problems = readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => line && !seen.has(line) && seen.add(line))
    .map((line) => JSON.parse(line) as Problem);
  const { output } = result;
  return { ok: result.ok, problems, output, tail: output.trim().split('\n').slice(-15).join('\n') };
}

/** site.url against the address GitHub Pages gives; none when site.yaml itself has problems. */
function pagesProblem(pagesUrl: string | undefined): Problem | undefined {
  if (!pagesUrl) return undefined;
  try {
    return pagesAddressProblem(readSite().site.url, pagesUrl);
  } catch (error) {
    // site.yaml's own problems are listed with every other problem of the content.
    if (error instanceof ContentError) return undefined;
    throw error;
  }
}

async function check(): Promise<Problem[]> {
  const mismatch = pagesProblem(values['pages-url']);
  if (values.build) {
    // What the build will be given (./build below), for the content's first pass too.
    if (values['allow-sample']) delete process.env.SITE_ENV;
    else process.env.SITE_ENV = 'production';
    // Every problem of the content at once (src/loaders/all-problems.ts): the build stops at the
    // first file with problems, so it would show them one round per save.
    const found = [...(mismatch ? [mismatch] : []), ...(await allContentProblems())];
    if (found.length) {
      console.log(
        'check:content: nội dung còn lỗi nên chưa dựng trang; các bước kiểm tra trang đã dựng (đường link, HTML, bản in, trợ năng) chạy sau khi sửa hết các lỗi dưới đây.',
      );
      return found;
    }
    const built = await build();
    // A page that could not be rendered is named by the content file it shows.
    const rendering = built.ok ? [] : renderErrorProblems(built.output);
    if (!built.ok)
      return built.problems.length || rendering.length
        ? [...built.problems, ...rendering]
        : [
            {
              file: 'bản dựng',
              message: `Bản dựng dừng vì một lỗi không do nội dung gây ra. Gửi cho người phụ trách kỹ thuật đoạn cuối của nhật ký dưới đây:\n\n${built.tail}`,
            },
          ];
  } else if (mismatch) return [mismatch];
  const siteUrl = readSite().site.url;
  const pages = builtPages(DIST);
  const cache = new CheckCache('1');
  const problems: Problem[] = [];
  const checkStep = async (name: string, run: () => Problem[] | Promise<Problem[]>) => {
    const start = performance.now();
    const found = await run();
    problems.push(...found);
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    console.log(`check:content: ${name}: ${found.length} lỗi (${seconds} s)`);
  };
  await checkStep('loại tệp được đăng', () => outputProblems(DIST, contentDir()));
  await checkStep('đường link', () =>
    brokenLinks(DIST, pages, siteUrl).map(({ page, message }) => pageProblem(page, message)),
  );
  await checkStep('mã HTML', () => htmlProblems(DIST, pages, cache));
  await checkStep('nguồn ngoài và chính sách bảo mật', () => originProblems(DIST, pages, siteUrl));
  await checkStep('bản in và mã QR', () => printedProblems(DIST, siteUrl, cache));
  await checkStep('trợ năng (axe)', () =>
    axeProblems(DIST, pages, new URL(siteUrl).pathname, cache),
  );
  await cache.save();
  return problems;
}

const problems = await check();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (values.report) writeFileSync(values.report, markdownReport(problems));
if (values.json) writeFileSync(values.json, `${JSON.stringify(problems, null, 2)}\n`);
if (problems.length) {
  console.error(
    `\nNội dung chưa thể đăng: ${problems.length} lỗi. Sửa từng chỗ dưới đây rồi lưu lại.\n${problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n')}`,
  );
  // The parsers' English, labelled as the maintainer's, after the staff's list.
  const details = technicalDetails(problems);
  if (details) console.error(details);
  console.error(`(kiểm tra trong ${seconds} s)`);
  process.exit(1);
}
console.log(`check:content: nội dung đạt mọi kiểm tra, sẵn sàng đăng (${seconds} s).`);
