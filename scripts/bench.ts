/**
 * The benchmark (`npm run bench`; not part of `npm test`): builds the site, serves dist/ with its
 * security headers and measures, against the budgets of DESIGN.md:
 *
 * - page weight: home, group, guide, story, news and search pages, the gzip bytes Chromium loads
 *   on a phone (Pixel 5, empty cache) by kind, and the number of requests;
 * - Lighthouse mobile scores in all four categories; build time by phase (Astro, search index, print assets) and PDFs per second, with the sample
 *   content and with a generated large ward (500 groups, 2,000 stories, 300 news items), plus a
 *   half-size ward to check that the cost grows linearly.
 * - rebuilds with the print cache warm, on a copy of the sample content: after a one-line news
 *   edit (under 5.7 s, a third of the 17 s warm build before the print cache, printing nothing),
 *   after one group's figure, after every group is renamed, and with nothing changed; the large
 *   ward's print is cold (no cache), at 10 PDF/s or more.
 * - on EDGE: search time, the worker's first-visit bytes, load after HTML (bench/weak-link.ts);
 * - a newcomer's cold set-up and first build of this repository (scripts/bench/setup.ts), and a
 *   ward's: the packed product installed cold, its packages and size, and the deploy's save to
 *   live after a one-line news edit (scripts/bench/ward.ts).
 *
 * It prints tables and exits with 1 when a budget is exceeded. Its pieces live in scripts/bench/:
 * builds, page weight, Lighthouse, the budgets and their verdicts, and the report's tables.
 *
 *   node scripts/bench.ts [--quick] [--no-build] [--no-lighthouse] [--no-setup] [--no-ward]
 *
 * --quick skips the large wards and both set-ups; --no-build measures the existing dist/.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildBefore,
  EDGE,
  FCP_BUDGET_MS,
  firstPaint,
  guidePath,
  serviceWorkerFigures,
} from './bench-first-paint.ts';
import {
  BUDGET,
  buildVerdicts,
  costPerPage,
  rebuildVerdicts,
  contentCheckVerdicts,
  total,
  weightVerdicts,
  type Build,
} from './bench/budgets.ts';
import { build, contentCheckAfterNewsEdit, rebuilds } from './bench/builds.ts';
import { CATEGORIES, lighthouseScores } from './bench/lighthouse.ts';
import { kb, table, type Findings } from './bench/report.ts';
import { cssShrink, shrinkTable } from './bench/critical-css.ts';
import { coldSetup, reportSetup } from './bench/setup.ts';
import { reportWard, wardFigures } from './bench/ward.ts';
import { measureWeakLink, reportWeakLink } from './bench/weak-link.ts';
import { KINDS, measureWeights, targets, type Weight } from './bench/weight.ts';
import { generateWard, type WardSize } from './generate-ward.ts';
import { serve } from './serve.ts';

const LARGE: WardSize = { groups: 500, stories: 2000, news: 300 };
const HALF: WardSize = { groups: 250, stories: 1000, news: 150 };

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    build: { type: 'boolean', default: true },
    lighthouse: { type: 'boolean', default: true },
    setup: { type: 'boolean', default: true },
    ward: { type: 'boolean', default: true },
  },
  allowNegative: true,
});

const findings: Findings = { failures: [], notes: [] };
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
    findings.notes.push(`${target.kind}: no page of this kind in the sitemap yet, not measured`);

let weights: Weight[] = [];
let scores: Awaited<ReturnType<typeof lighthouseScores>> = [];
try {
  console.log('weight: loading pages in Chromium (Pixel 5) …');
  weights = await measureWeights(origin, list, findings);
  findings.failures.push(...weightVerdicts(weights));
  if (values.lighthouse) {
    console.log('lighthouse: mobile, four categories …');
    scores = await lighthouseScores(origin, list, findings);
  } else findings.notes.push('Lighthouse skipped (--no-lighthouse)');
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
  shrinkTable(cssShrink(before, 'dist', list));
  paints = await firstPaint(
    [
      { label: 'before: stylesheets linked', dir: before },
      { label: 'now: critical CSS inline', dir: 'dist' },
    ],
    guide,
  );
  const now = paints[1]!.median;
  if (now > FCP_BUDGET_MS)
    findings.failures.push(
      `guide: first contentful paint ${now} ms on EDGE (budget ${FCP_BUDGET_MS} ms)`,
    );
}
const weakLink = await measureWeakLink('dist', findings);
const worker = serviceWorkerFigures('dist');
if (!worker) findings.failures.push('dist/sw.js is missing: the service worker step did not run');

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
} else if (values.quick) findings.notes.push('large wards skipped (--quick)');

const rebuilt = values.build ? await rebuilds() : [];
const checked = values.build ? await contentCheckAfterNewsEdit() : undefined;
const setup = values.setup && !values.quick ? await coldSetup() : undefined;
if (!setup) findings.notes.push('cold set-up and first build skipped (--quick or --no-setup)');
const ward = values.ward && !values.quick ? await wardFigures() : undefined;
if (!ward) findings.notes.push('a ward’s set-up and save to live skipped (--quick or --no-ward)');

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
reportWeakLink(weakLink, worker);
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
  if (sample && half && large)
    console.log(
      `\nAstro + search cost per added page: ${(costPerPage(sample, half) * 1000).toFixed(1)} ms (sample → half), ` +
        `${(costPerPage(half, large) * 1000).toFixed(1)} ms (half → large): ×${(costPerPage(half, large) / costPerPage(sample, half)).toFixed(2)}`,
    );
  findings.failures.push(...buildVerdicts(builds));
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
  findings.failures.push(...rebuildVerdicts(rebuilt));
}

if (checked) {
  table(
    `npm run check:content after a one-line news edit, caches warm (budget ${BUDGET.contentCheckSeconds} s)`,
    ['seconds', 'passed'],
    [[checked.seconds.toFixed(1), checked.ok ? 'yes' : 'no']],
  );
  findings.failures.push(...contentCheckVerdicts(checked));
}

if (setup) reportSetup(setup, findings);
if (ward) reportWard(ward, findings);
for (const note of findings.notes) console.log(`note: ${note}`);
if (findings.failures.length) {
  console.log(`\nOVER BUDGET (${findings.failures.length}):\n- ${findings.failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nAll measured figures are within budget.');
