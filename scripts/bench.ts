/**
 * The benchmark (`npm run bench`; not part of `npm test`): builds the site, serves dist/ with its
 * security headers and measures, against the budgets of DESIGN.md:
 *
 * - page weight: for the home page, a group page and (once they exist) a guide, a story, a news
 *   item and the search page, the bytes Chromium loads on a phone (Pixel 5 profile, empty cache),
 *   gzip-compressed as a server sends them (level 6), by kind (scripts written into the page
 *   count as JavaScript), and the number of requests;
 * - Lighthouse mobile scores in all four categories, with Debian's Chromium;
 * - build time by phase (Astro, search index, print assets) and PDFs per second, with the sample
 *   content and with a generated large ward (500 groups, 2,000 stories, 300 news items), plus a
 *   half-size ward to check that the cost grows linearly.
 * - rebuilds with the print cache warm, on a copy of the sample content: after a one-line news
 *   edit (under a third of the warm build that prints everything, printing nothing), after one
 *   group's figure, after every group is renamed, and with nothing changed; the large ward's print
 *   is cold (no cache), at 10 PDF/s or more.
 *
 * It prints tables and exits with 1 when a budget is exceeded.
 *
 *   node scripts/bench.ts [--quick] [--no-build] [--no-lighthouse]
 *
 * --quick skips the large wards (minutes of building on two cores); --no-build measures the
 * existing dist/.
 */
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  createWriteStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launch as launchChrome } from 'chrome-launcher';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import lighthouse from 'lighthouse';
import { devices } from 'playwright-core';
import {
  buildBefore,
  EDGE,
  FCP_BUDGET_MS,
  firstPaint,
  guidePath,
  serviceWorkerFigures,
} from './bench-first-paint.ts';
import { csvRows } from '../src/lib/csv.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from './chromium.ts';
import { generateWard, type WardSize } from './generate-ward.ts';
import { serve } from './serve.ts';

/** Budgets, from DESIGN.md ("Budgets"). Sizes in kB of 1,000 bytes, as browsers show them. */
const BUDGET = {
  /** A content page in all: HTML, CSS, JS and fonts, compressed; content images aside. */
  pageBytes: 16_000,
  pageScriptBytes: 2_000,
  /** The self-check page: its questions are the content, its small custom element the JS. */
  selfCheckBytes: 16_000,
  selfCheckScriptBytes: 4_000,
  /** Every Lighthouse category, on every measured page. */
  lighthouse: 100,
  /** "Well under a minute on 2 cores", PDFs included. */
  sampleBuildSeconds: 45,
  /** Cost per page between the half and the full large ward, against sample to half. */
  marginalGrowth: 1.5,
  /** PDFs per second of the large ward, against the sample's. */
  printRateShare: 0.5,
  /** A cold print (no cache) of the large ward, PDFs per second. */
  coldPrintRate: 10,
  /** A rebuild after a one-line news edit, against a warm build that prints everything. */
  newsEditShare: 1 / 3,
};
const CONTENT_KINDS = new Set(['group', 'guide', 'story', 'news']);
const LARGE: WardSize = { groups: 500, stories: 2000, news: 300 };
const HALF: WardSize = { groups: 250, stories: 1000, news: 150 };

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    build: { type: 'boolean', default: true },
    lighthouse: { type: 'boolean', default: true },
  },
  allowNegative: true,
});

const failures: string[] = [];
const notes: string[] = [];
const kb = (bytes: number) => (bytes / 1000).toFixed(1);

function table(title: string, header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ');
  console.log(
    `\n${title}\n${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`,
  );
  for (const row of cells.slice(1)) console.log(line(row));
}

// ---------------------------------------------------------------------------------------------
// Building

interface Build {
  label: string;
  pages: number;
  pdfs: number;
  /** Print assets (PDFs and PNGs). */
  assets: number;
  /** Assets the print step made; the others came from the print cache. */
  printed?: number;
  seconds: { astro: number; search: number; print?: number };
}

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

function countPages(dist: string): number {
  return readdirSync(dist, { recursive: true }).filter((file) => String(file).endsWith('.html'))
    .length;
}

async function build(
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
  const astro = await run(
    `${label}: astro build`,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', options.dist],
    env,
    log,
  );
  const search = await run(
    `${label}: search index`,
    ['scripts/index-search.ts', '--dist', options.dist],
    env,
    log,
  );
  const print = options.print
    ? await run(
        `${label}: print assets`,
        [
          'scripts/print-assets.ts',
          '--dist',
          options.dist,
          ...(options.cache === false ? ['--no-cache'] : []),
        ],
        env,
        log,
      )
    : undefined;
  // The service worker is written last, over the finished dist/, as in `npm run build`.
  await run(
    `${label}: service worker`,
    ['scripts/service-worker.ts', '--dist', options.dist],
    env,
    log,
  );
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
    seconds: { astro, search, ...(print !== undefined && { print }) },
  };
  console.log(`build: ${label} done in ${total(result).toFixed(1)} s`);
  return result;
}

const total = (build: Build) =>
  build.seconds.astro + build.seconds.search + (build.seconds.print ?? 0);

/**
 * Rebuilds of a copy of the sample content after one edit each, with the print cache warm (the
 * first build fills it): a one-line news edit, one group's figure, every group renamed, and
 * nothing changed. Each prints only the assets whose page changed.
 */
async function rebuilds(): Promise<Build[]> {
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

// ---------------------------------------------------------------------------------------------
// Pages to measure

interface Target {
  kind: string;
  path?: string;
}

/** One page of each kind, found in the built sitemap by its address. */
function targets(dist: string): Target[] {
  const paths = readdirSync(dist)
    .filter((file) => /^sitemap-\d+\.xml$/.test(file))
    .flatMap((file) =>
      [...readFileSync(path.join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
        (match) => new URL(match[1]!).pathname,
      ),
    );
  const base = paths.find((page) => paths.every((other) => other.startsWith(page))) ?? '/';
  const item = (prefix: string) =>
    paths.find(
      (page) => page.startsWith(`${base}${prefix}`) && page.length > `${base}${prefix}`.length,
    );
  return [
    { kind: 'home', path: base },
    { kind: 'group', path: item('to-dan-pho/') },
    { kind: 'guide', path: item('huong-dan/') },
    { kind: 'story', path: item('cau-chuyen/') },
    { kind: 'news', path: item('tin-tuc/') },
    { kind: 'search', path: paths.find((page) => page === `${base}tim-kiem/`) },
    { kind: 'self-check', path: paths.find((page) => page === `${base}tu-kiem-tra/`) },
  ];
}

// ---------------------------------------------------------------------------------------------
// Page weight

const KINDS = ['html', 'css', 'js', 'font', 'image', 'other'] as const;
type Kind = (typeof KINDS)[number];

function kindOf(resourceType: string, contentType: string): Kind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'font') return 'font';
  if (resourceType === 'image') return 'image';
  if (/javascript/.test(contentType)) return 'js';
  return 'other';
}

/** Bytes on the wire: text gzipped (as nginx's gzip_comp_level 6), compressed formats as they are. */
function wireBytes(body: Buffer, contentType: string): number {
  const alreadyCompressed = body[0] === 0x1f && body[1] === 0x8b;
  const text = /text|javascript|json|xml|svg|wasm/.test(contentType);
  return text && !alreadyCompressed ? gzipSync(body, { level: 6 }).length : body.length;
}

interface Weight {
  label: string;
  bytes: Record<Kind, number>;
  requests: number;
  pagefind: boolean;
}

async function measureWeights(origin: string, list: Target[]): Promise<Weight[]> {
  const browser = await launchChromium();
  const weights: Weight[] = [];
  try {
    for (const target of list) {
      if (!target.path) continue;
      const runs = target.kind === 'search' ? [false, true] : [false];
      for (const query of runs) {
        const context = await browser.newContext({ ...devices['Pixel 5'] });
        const page = await context.newPage();
        const bodies: Promise<void>[] = [];
        const weight: Weight = {
          label: query ? `${target.kind} + query` : target.kind,
          bytes: { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 },
          requests: 0,
          pagefind: false,
        };
        page.on('response', (response) => {
          weight.requests++;
          if (new URL(response.url()).pathname.includes('/pagefind/')) weight.pagefind = true;
          const contentType = response.headers()['content-type'] ?? '';
          const kind = kindOf(response.request().resourceType(), contentType);
          bodies.push(
            response.body().then(
              (body) => void (weight.bytes[kind] += wireBytes(body, contentType)),
              () => undefined,
            ),
          );
        });
        await page.goto(`${origin}${target.path}`, { waitUntil: 'networkidle' });
        if (query) {
          if ((await page.getByRole('searchbox').count()) === 0) {
            notes.push('search: the page has no search box (role searchbox), no query measured');
            await context.close();
            continue;
          }
          await page.getByRole('searchbox').first().fill('dang ky');
          await page.waitForLoadState('networkidle');
          await page.waitForTimeout(500);
        }
        await Promise.all(bodies);
        // Scripts written into the page count as JavaScript, not HTML: the budget is on both.
        const inline = await page.evaluate(() =>
          [...document.querySelectorAll('script:not([src])')]
            .map((script) => script.textContent)
            .join('\n'),
        );
        const inlineBytes = inline ? gzipSync(inline, { level: 6 }).length : 0;
        weight.bytes.js += inlineBytes;
        weight.bytes.html = Math.max(0, weight.bytes.html - inlineBytes);
        weights.push(weight);
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  for (const weight of weights) {
    const kind = weight.label;
    const counted = weight.bytes.html + weight.bytes.css + weight.bytes.js + weight.bytes.font;
    if (CONTENT_KINDS.has(kind) && counted > BUDGET.pageBytes)
      failures.push(
        `${kind}: ${kb(counted)} kB of HTML, CSS, JS and fonts (budget ${kb(BUDGET.pageBytes)} kB)`,
      );
    if (CONTENT_KINDS.has(kind) && weight.bytes.js > BUDGET.pageScriptBytes)
      failures.push(
        `${kind}: ${kb(weight.bytes.js)} kB of JavaScript (budget ${kb(BUDGET.pageScriptBytes)} kB)`,
      );
    if (kind === 'self-check' && counted > BUDGET.selfCheckBytes)
      failures.push(
        `self-check: ${kb(counted)} kB of HTML, CSS, JS and fonts (budget ${kb(BUDGET.selfCheckBytes)} kB)`,
      );
    if (kind === 'self-check' && weight.bytes.js > BUDGET.selfCheckScriptBytes)
      failures.push(
        `self-check: ${kb(weight.bytes.js)} kB of JavaScript (budget ${kb(BUDGET.selfCheckScriptBytes)} kB)`,
      );
    if (!kind.startsWith('search') && weight.pagefind)
      failures.push(`${kind}: loads the search index, which only the search page may`);
  }
  return weights;
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

async function lighthouseScores(origin: string, list: Target[]) {
  const chrome = await launchChrome({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const scores: { kind: string; scores: number[] }[] = [];
  try {
    for (const target of list) {
      if (!target.path) continue;
      // A run that could not measure (a page that timed out on a busy machine: no score, a
      // runtimeError) is tried again, twice at most, rather than counted as a score of 0.
      let lhr: Report | undefined;
      for (let attempt = 1; attempt <= 3; attempt++) {
        const result = await lighthouse(`${origin}${target.path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!result) throw new Error(`Lighthouse gave no result for ${target.path}`);
        const report = result.lhr;
        lhr = report;
        const measured = CATEGORIES.every((id) => typeof report.categories[id]?.score === 'number');
        if (measured && !report.runtimeError) break;
        console.log(
          `lighthouse: ${target.path} not measured (${lhr.runtimeError?.code ?? 'no score'}), attempt ${attempt}`,
        );
      }
      if (!lhr) continue;
      if (lhr.runtimeError)
        failures.push(`${target.kind}: Lighthouse could not measure: ${lhr.runtimeError.message}`);
      const row = CATEGORIES.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
      scores.push({ kind: target.kind, scores: row });
      CATEGORIES.forEach((id, index) => {
        if (row[index]! >= BUDGET.lighthouse) return;
        const failing = Object.values(lhr.audits)
          .filter(
            (audit) =>
              (audit.scoreDisplayMode === 'error' || (audit.score !== null && audit.score < 1)) &&
              lhr.categories[id]?.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0),
          )
          .map((audit) =>
            audit.scoreDisplayMode === 'error' ? `${audit.id} (${audit.errorMessage})` : audit.id,
          );
        // DESIGN.md's Lighthouse budget names home, guide, group, story and search; the
        // self-check page is held to its weight budget and its score reported beside them.
        (target.kind === 'self-check' ? notes : failures).push(
          `${target.kind}: Lighthouse ${id} ${row[index]} (budget ${BUDGET.lighthouse}); audits: ${failing.join(', ')}`,
        );
      });
    }
  } finally {
    chrome.kill();
  }
  return scores;
}

// ---------------------------------------------------------------------------------------------

const builds: Build[] = [];
if (values.build) {
  // Everything printed, as before the print cache: the warm build the rebuilds are measured against.
  builds.push(await build('sample', { id: 'sample', dist: 'dist', print: true, cache: false }));
} else if (!existsSync('dist/index.html')) {
  throw new Error('dist/ has no index.html: run without --no-build first.');
}

const server = await serve({ dir: 'dist', host: '127.0.0.1', port: 0 });
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const list = targets('dist');
for (const target of list)
  if (!target.path)
    notes.push(`${target.kind}: no page of this kind in the sitemap yet, not measured`);

let weights: Weight[] = [];
let scores: Awaited<ReturnType<typeof lighthouseScores>> = [];
try {
  console.log('weight: loading pages in Chromium (Pixel 5) …');
  weights = await measureWeights(origin, list);
  if (values.lighthouse) {
    console.log('lighthouse: mobile, four categories …');
    scores = await lighthouseScores(origin, list);
  } else notes.push('Lighthouse skipped (--no-lighthouse)');
} finally {
  server.close();
}

// First paint of a guide on EDGE, side by side with the page before critical CSS.
const guide = guidePath('dist');
let paints: Awaited<ReturnType<typeof firstPaint>> = [];
if (guide) {
  const before = path.join(tmpdir(), 'bench-before-critical-css');
  console.log('first paint: building the guide with linked stylesheets (CRITICAL_CSS=off) …');
  buildBefore(before);
  paints = await firstPaint(
    [
      { label: 'before: stylesheets linked', dir: before },
      { label: 'now: critical CSS inline', dir: 'dist' },
    ],
    guide,
  );
  const now = paints[1]!.median;
  if (now > FCP_BUDGET_MS)
    failures.push(`guide: first contentful paint ${now} ms on EDGE (budget ${FCP_BUDGET_MS} ms)`);
}
const worker = serviceWorkerFigures('dist');
if (!worker) failures.push('dist/sw.js is missing: the service worker step did not run');

if (values.build && !values.quick) {
  const half = path.join(tmpdir(), 'bench-ward-half');
  const large = path.join(tmpdir(), 'bench-ward-large');
  generateWard(`${half}-content`, HALF);
  generateWard(`${large}-content`, LARGE);
  builds.push(
    await build(`half ward (${HALF.groups} groups, ${HALF.stories} stories, ${HALF.news} news)`, {
      id: 'half',
      content: `${half}-content`,
      dist: `${half}-dist`,
      print: false,
    }),
  );
  builds.push(
    await build(
      `large ward (${LARGE.groups} groups, ${LARGE.stories} stories, ${LARGE.news} news)`,
      {
        id: 'large',
        content: `${large}-content`,
        dist: `${large}-dist`,
        print: true,
        cache: false,
      },
    ),
  );
} else if (values.quick) notes.push('large wards skipped (--quick)');

const rebuilt = values.build ? await rebuilds() : [];

// ---------------------------------------------------------------------------------------------
// Report

table(
  'Page weight on a phone (kB gzip; budget for a content page: ' +
    `${kb(BUDGET.pageBytes)} kB of HTML+CSS+JS+fonts, ${kb(BUDGET.pageScriptBytes)} kB of JS)`,
  ['page', 'HTML', 'CSS', 'JS', 'fonts', 'images', 'other', 'counted', 'requests'],
  weights.map((weight) => [
    weight.label,
    ...KINDS.map((kind) => kb(weight.bytes[kind])),
    kb(weight.bytes.html + weight.bytes.css + weight.bytes.js + weight.bytes.font),
    weight.requests,
  ]),
);
if (paints.length)
  table(
    `First contentful paint of ${guide}, EDGE (${EDGE.latency} ms RTT, ${EDGE.kbps} kbit/s, gzip; ` +
      `budget ${FCP_BUDGET_MS} ms)`,
    ['page', 'median ms', 'runs', 'requests'],
    paints.map((paint) => [paint.label, paint.median, paint.fcp.join(' '), paint.requests]),
  );
if (worker)
  table(
    'Service worker (not part of a page; kB gzip as sent)',
    ['sw.js', 'files kept at first visit', 'their size'],
    [[kb(worker.workerBytes), worker.precached, kb(worker.precachedBytes)]],
  );
if (scores.length)
  table(
    'Lighthouse, mobile',
    ['page', ...CATEGORIES],
    scores.map((row) => [row.kind, ...row.scores]),
  );
if (builds.length) {
  table(
    'Build time (s)',
    ['content', 'pages', 'Astro', 'search', 'print', 'total', 'PDFs', 'PDF/s', 'ms/page'],
    builds.map((entry) => [
      entry.label,
      entry.pages,
      entry.seconds.astro.toFixed(1),
      entry.seconds.search.toFixed(1),
      entry.seconds.print?.toFixed(1) ?? '–',
      total(entry).toFixed(1),
      entry.seconds.print === undefined ? '–' : entry.pdfs,
      entry.seconds.print === undefined ? '–' : (entry.pdfs / entry.seconds.print).toFixed(2),
      (((entry.seconds.astro + entry.seconds.search) * 1000) / entry.pages).toFixed(1),
    ]),
  );
  const [sample, half, large] = builds;
  if (sample && total(sample) > BUDGET.sampleBuildSeconds)
    failures.push(
      `sample build: ${total(sample).toFixed(1)} s (budget ${BUDGET.sampleBuildSeconds} s)`,
    );
  if (sample && half && large) {
    const cost = (a: Build, b: Build) =>
      (b.seconds.astro + b.seconds.search - a.seconds.astro - a.seconds.search) /
      (b.pages - a.pages);
    const growth = cost(half, large) / cost(sample, half);
    console.log(
      `\nAstro + search cost per added page: ${(cost(sample, half) * 1000).toFixed(1)} ms (sample → half), ` +
        `${(cost(half, large) * 1000).toFixed(1)} ms (half → large): ×${growth.toFixed(2)}`,
    );
    if (growth > BUDGET.marginalGrowth)
      failures.push(
        `build cost grows faster than linearly: ×${growth.toFixed(2)} per page (budget ×${BUDGET.marginalGrowth})`,
      );
    const rate = (entry: Build) => entry.pdfs / entry.seconds.print!;
    if (rate(large) < BUDGET.printRateShare * rate(sample))
      failures.push(
        `print: ${rate(large).toFixed(2)} PDF/s for the large ward against ${rate(sample).toFixed(2)} for the sample`,
      );
  }
}

if (rebuilt.length) {
  const warm = builds[0]!;
  table(
    `Rebuild of the sample with the print cache warm (s), against a warm build printing everything: ${total(warm).toFixed(1)} s`,
    ['change', 'Astro', 'search', 'print', 'total', 'share', 'printed'],
    rebuilt.map((entry) => [
      entry.label,
      entry.seconds.astro.toFixed(1),
      entry.seconds.search.toFixed(1),
      entry.seconds.print!.toFixed(1),
      total(entry).toFixed(1),
      `${Math.round((100 * total(entry)) / total(warm))} %`,
      `${entry.printed ?? '?'} of ${entry.assets} PDFs and PNGs`,
    ]),
  );
  const news = rebuilt.find((entry) => entry.label === 'one-line news edit')!;
  if (total(news) > BUDGET.newsEditShare * total(warm))
    failures.push(
      `rebuild after a one-line news edit: ${total(news).toFixed(1)} s, more than a third of the warm build (${total(warm).toFixed(1)} s)`,
    );
  if (news.printed !== 0) failures.push(`a one-line news edit printed ${news.printed} assets`);
}
const large = builds[2];
if (large?.seconds.print !== undefined && large.pdfs / large.seconds.print < BUDGET.coldPrintRate)
  failures.push(
    `cold print of the large ward: ${(large.pdfs / large.seconds.print).toFixed(2)} PDF/s (budget ${BUDGET.coldPrintRate})`,
  );

for (const note of notes) console.log(`note: ${note}`);
if (failures.length) {
  console.log(`\nOVER BUDGET (${failures.length}):\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nAll measured figures are within budget.');
