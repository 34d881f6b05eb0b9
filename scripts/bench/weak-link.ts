/**
 * The benchmark's figures for a resident on a weak link (issue 34), in Chromium with the Pixel 5
 * profile on an EDGE-like link (800 ms round trip, 250 kbit/s, CDP network emulation), served by
 * scripts/serve.ts as the host serves (compressed, with the headers of _headers), median of five:
 *
 * - search: from the last keystroke of "zalo" (typed at 200 ms a key) to the first result shown
 *   for it, on /tim-kiem/ opened afresh (empty cache) and reached from the header link of another
 *   page; the resident types once the page has settled (no request for 500 ms). Also, for
 *   information, typed as soon as the page has loaded;
 * - the bytes the service worker downloads in the background at a first visit (bodies as sent,
 *   and the worker's own script gzipped; headers aside, as HTTP/2 sends repeated ones in a few
 *   bytes), on an ordinary connection and when the phone asks to save data;
 * - on each resident page, the files asked for only once another had arrived (a chained import,
 *   a round trip each before `load`), and, for information, `load` after the HTML's last byte.
 *
 *   node scripts/bench/weak-link.ts [--dist dist] [--no-search]   (dist/ must be built)
 */
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { devices, type Browser, type Page } from 'playwright-core';
import { EDGE, emulateEdge, type WorkerFigures } from '../bench-first-paint.ts';
import { launchChromium } from '../chromium.ts';
import { serve } from '../serve.ts';
import { weakLinkVerdicts, type WeakLink } from './budgets.ts';
import { kb, table, type Findings } from './report.ts';
import { targets } from './weight.ts';
import { workerOnce } from './worker-bytes.ts';

const RUNS = 5;
const QUERY = 'zalo';

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Types the query into the search page's box; ms from its last keystroke to its first result. */
async function typeAndTime(page: Page): Promise<number> {
  await page.evaluate((query) => {
    const box = document.querySelector('site-search')!;
    const times = ((window as unknown as { searchTimes: Record<string, number> }).searchTimes = {});
    box.querySelector('input')!.addEventListener('keydown', () => {
      (times as Record<string, number>).key = performance.now();
    });
    new MutationObserver(() => {
      const status = box.querySelector('[role="status"]')?.textContent ?? '';
      if (!('result' in times) && status.includes(`“${query}”`) && box.querySelector('li a'))
        (times as Record<string, number>).result = performance.now();
    }).observe(box, { childList: true, subtree: true, characterData: true });
  }, QUERY);
  const input = page.getByRole('searchbox');
  await input.tap();
  await input.pressSequentially(QUERY, { delay: 200 });
  const handle = await page.waitForFunction(
    () => {
      const times = (window as unknown as { searchTimes: Record<string, number> }).searchTimes;
      return times.result !== undefined && times.result - times.key!;
    },
    undefined,
    { timeout: 120_000 },
  );
  return Math.round(Number(await handle.jsonValue()));
}

type Start = 'fresh' | 'fromLink' | 'atLoad';

async function searchOnce(browser: Browser, origin: string, start: Start): Promise<number> {
  const context = await browser.newContext({ ...devices['Pixel 5'], serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    await emulateEdge(context, page);
    if (start === 'fromLink') {
      await page.goto(`${origin}/huong-dan/`, { waitUntil: 'load', timeout: 120_000 });
      await page.waitForLoadState('networkidle', { timeout: 120_000 });
      await page.getByRole('banner').getByRole('link', { name: 'Tìm kiếm' }).tap();
      await page.waitForURL(/\/tim-kiem\/$/, { waitUntil: 'load', timeout: 120_000 });
    } else await page.goto(`${origin}/tim-kiem/`, { waitUntil: 'load', timeout: 120_000 });
    if (start !== 'atLoad') await page.waitForLoadState('networkidle', { timeout: 120_000 });
    return await typeAndTime(page);
  } finally {
    await context.close();
  }
}

/**
 * A page on the link: ms from its HTML's last byte to `load`, and how many of its files were asked
 * for only once another of them had arrived (a chained import, a round trip each).
 */
async function loadOnce(browser: Browser, url: string): Promise<{ ms: number; chained: number }> {
  const context = await browser.newContext({ ...devices['Pixel 5'], serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    await emulateEdge(context, page);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    return await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType(
        'navigation',
      ) as PerformanceNavigationTiming[];
      const files = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => ['script', 'link', 'css'].includes(entry.initiatorType))
        .filter((entry) => entry.startTime < navigation!.loadEventStart);
      const firstArrival = Math.min(...files.map((entry) => entry.responseEnd));
      return {
        ms: Math.round(navigation!.loadEventStart - navigation!.responseEnd),
        chained: files.filter((entry) => entry.startTime >= firstArrival).length,
      };
    });
  } finally {
    await context.close();
  }
}

export interface WeakLinkRuns extends WeakLink {
  /** For information: typed as soon as the search page has loaded. */
  searchAtLoad: number;
  runs: Record<string, number[]>;
}

/** Measures the figures; with `findings`, adds those over budget to its failures. */
export async function measureWeakLink(
  dist = 'dist',
  findings?: Findings,
  search = true,
): Promise<WeakLinkRuns> {
  console.log('weak link: search, the first visit in the background, load (EDGE, medians of 5) …');
  const server = await serve({ dir: dist, host: '127.0.0.1', port: 0 });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  const runs: Record<string, number[]> = {};
  const record = (key: string, value: number) => (runs[key] ??= []).push(value);
  const pages = targets(dist).filter((target) => target.path && target.kind !== 'self-check');
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const start of search ? (['fresh', 'fromLink', 'atLoad'] as const) : [])
        record(`search ${start}`, await searchOnce(browser, origin, start));
      for (const target of pages) {
        const { ms, chained } = await loadOnce(browser, `${origin}${target.path}`);
        record(`load ${target.kind}`, ms);
        record(`chained ${target.kind}`, chained);
      }
    }
    for (const saveData of [false, true])
      record(`worker ${saveData}`, await workerOnce(browser, origin, dist, saveData));
  } finally {
    await browser.close();
    server.close();
  }
  const figures = {
    search: {
      fresh: median(runs['search fresh'] ?? [0]),
      fromLink: median(runs['search fromLink'] ?? [0]),
    },
    searchAtLoad: median(runs['search atLoad'] ?? [0]),
    worker: { ordinary: runs['worker false']![0]!, saveData: runs['worker true']![0]! },
    chained: Object.fromEntries(
      pages.map((target) => [target.kind, Math.max(...runs[`chained ${target.kind}`]!)]),
    ),
    runs,
  };
  findings?.failures.push(...weakLinkVerdicts(figures));
  return figures;
}

/** The figures as tables, each against its budget, after the worker's own size if given. */
export function reportWeakLink(figures: WeakLinkRuns, worker?: WorkerFigures): void {
  if (worker)
    table(
      'Service worker (not part of a page; kB gzip as sent)',
      ['sw.js', 'files kept at the first visit whatever the connection', 'their size'],
      [[kb(worker.workerBytes), worker.precached, kb(worker.precachedBytes)]],
    );
  const runsOf = (key: string) => figures.runs[key]?.join(' ') ?? '';
  table(
    `Search on EDGE (${EDGE.latency} ms RTT, ${EDGE.kbps} kbit/s): last keystroke of "${QUERY}" to the first result, ms (budget 3000; Starlight 8100)`,
    ['search page', 'median ms', 'runs'],
    [
      ['opened afresh, typed once settled', figures.search.fresh, runsOf('search fresh')],
      ['from the header link of /huong-dan/', figures.search.fromLink, runsOf('search fromLink')],
      ['opened afresh, typed at load (information)', figures.searchAtLoad, runsOf('search atLoad')],
    ],
  );
  table(
    'Service worker at a first visit: bytes downloaded in the background (budget 110 kB; 20 kB saving data)',
    ['connection', 'kB'],
    [
      ['ordinary', kb(figures.worker.ordinary)],
      ['saving data', kb(figures.worker.saveData)],
    ],
  );
  table(
    `Chained files on EDGE: asked for only after another arrived (budget 0), and load after the HTML's last byte (ms, for information: one round trip is about 1,000 ms in Chromium's emulation)`,
    ['page', 'chained', 'load ms (median)', 'runs'],
    Object.entries(figures.chained).map(([kind, count]) => [
      kind,
      count,
      median(figures.runs[`load ${kind}`]!),
      runsOf(`load ${kind}`),
    ]),
  );
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      search: { type: 'boolean', default: true },
    },
    allowNegative: true,
  });
  const findings: Findings = { failures: [], notes: [] };
  reportWeakLink(await measureWeakLink(values.dist, findings, values.search));
  const { failures } = findings;
  if (failures.length) {
    console.log(`\nOVER BUDGET (${failures.length}):\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log('\nAll weak-link figures are within budget.');
}
