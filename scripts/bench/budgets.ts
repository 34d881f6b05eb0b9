/**
 * The budgets of DESIGN.md ("Budgets") and the verdicts on measured figures: each verdict is the
 * list of sentences saying what is over budget, empty when all is within.
 */
import type { ListenFigures } from './listen.ts';
import { kb } from './report.ts';

/** Budgets, from DESIGN.md ("Budgets"). Sizes in kB of 1,000 bytes, as browsers show them. */
export const BUDGET = {
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
  /**
   * A rebuild after a one-line news edit, in seconds: a third of the warm build that printed
   * everything before the print cache, 17 s on two cores. A fixed figure, not a share of this
   * run's warm build: a faster print shrinks the warm build, not what a news edit has to redo.
   */
  newsEditSeconds: 17 / 3,
  /**
   * `npm run check:content` after a one-line news edit with its caches warm (Astro's content and
   * pictures, the print cache, the checks' results), on two cores: what a staff member waits
   * between a save and the live site, every check included.
   */
  contentCheckSeconds: 60,
  /**
   * A guide over the wire, every request included (content images too): the page a resident
   * opens most, from a QR code on a weak connection. 9,499 B before each page's inline CSS held
   * only the rules it uses.
   */
  guideBytes: 8_192,
  /**
   * The "Nghe" player's JavaScript on a page before its button is pressed (issue 31): the look
   * for a Vietnamese voice and the wait for the press; the player loads on the press.
   */
  listenLoaderBytes: 1_000,
  /**
   * On an EDGE-like link (800 ms round trip, 250 kbit/s): the first search result after the last
   * keystroke of "zalo", on the search page opened afresh and reached from another page's header.
   * Starlight's default search: 8.1 s.
   */
  searchMs: 3_000,
  /** What the service worker downloads in the background at a first visit, compressed. */
  workerBytes: 110_000,
  /** The same when the phone asks to save data: the worker and the offline page. */
  workerSaveDataBytes: 20_000,
  /**
   * Files a resident page asks for only once another of its files has arrived (a chained import):
   * each costs a round trip (800 ms) before `load`. None: every file is asked for from the HTML.
   */
  chainedFiles: 0,
};

/** What the benchmark measures on the EDGE-like link (scripts/bench/weak-link.ts). */
export interface WeakLink {
  /** Median ms from the last keystroke to the first result: search page opened afresh, from a link. */
  search: { fresh: number; fromLink: number };
  /** Bytes the worker downloads at a first visit: ordinary connection, saving data. */
  worker: { ordinary: number; saveData: number };
  /** By page: the most files asked for only after another had arrived, over the runs. */
  chained: Record<string, number>;
}

export function weakLinkVerdicts(figures: WeakLink): string[] {
  const failures: string[] = [];
  for (const [where, ms] of Object.entries(figures.search))
    if (ms > BUDGET.searchMs)
      failures.push(
        `search (${where}): first result ${ms} ms after the last keystroke (budget ${BUDGET.searchMs} ms)`,
      );
  if (figures.worker.ordinary > BUDGET.workerBytes)
    failures.push(
      `service worker: ${kb(figures.worker.ordinary)} kB at a first visit (budget ${kb(BUDGET.workerBytes)} kB)`,
    );
  if (figures.worker.saveData > BUDGET.workerSaveDataBytes)
    failures.push(
      `service worker, saving data: ${kb(figures.worker.saveData)} kB at a first visit (budget ${kb(BUDGET.workerSaveDataBytes)} kB)`,
    );
  for (const [page, count] of Object.entries(figures.chained))
    if (count > BUDGET.chainedFiles)
      failures.push(
        `${page}: ${count} file(s) asked for only after another arrived, a round trip each before load (budget ${BUDGET.chainedFiles})`,
      );
  return failures;
}
export const CONTENT_KINDS = new Set(['group', 'guide', 'story', 'news']);

/** One build of a site: its size and the seconds of each step. */
export interface Build {
  label: string;
  pages: number;
  pdfs: number;
  /** Print assets (PDFs and PNGs). */
  assets: number;
  /** Assets the print step made; the others came from the print cache. */
  printed?: number;
  seconds: { astro: number; search: number; print?: number };
}

export const total = (build: Build) =>
  build.seconds.astro + build.seconds.search + (build.seconds.print ?? 0);

/** A page's bytes on the wire by kind, as a phone loads it. */
export interface PageWeight {
  label: string;
  bytes: { html: number; css: number; js: number; font: number; image?: number; other?: number };
  pagefind: boolean;
  listen?: ListenFigures | undefined;
}

export function weightVerdicts(weights: readonly PageWeight[]): string[] {
  const failures: string[] = [];
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
    const wire = Object.values(weight.bytes).reduce((sum, bytes) => sum + bytes, 0);
    if (kind === 'guide' && wire > BUDGET.guideBytes)
      failures.push(
        `guide: ${wire.toLocaleString('en')} B over the wire, every request included (budget ${BUDGET.guideBytes.toLocaleString('en')} B)`,
      );
    if (!kind.startsWith('search') && weight.pagefind)
      failures.push(`${kind}: loads the search index, which only the search page may`);
    failures.push(...listenVerdicts(weight.listen));
  }
  return failures;
}

/** The Astro + search seconds per page added between two builds. */
export const costPerPage = (a: Build, b: Build) =>
  (b.seconds.astro + b.seconds.search - a.seconds.astro - a.seconds.search) / (b.pages - a.pages);

/** The sample, half and large ward builds (the last two may be missing). */
export function buildVerdicts([sample, half, large]: readonly Build[]): string[] {
  const failures: string[] = [];
  if (sample && total(sample) > BUDGET.sampleBuildSeconds)
    failures.push(
      `sample build: ${total(sample).toFixed(1)} s (budget ${BUDGET.sampleBuildSeconds} s)`,
    );
  if (sample && half && large) {
    const growth = costPerPage(half, large) / costPerPage(sample, half);
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
  if (large?.seconds.print !== undefined && large.pdfs / large.seconds.print < BUDGET.coldPrintRate)
    failures.push(
      `cold print of the large ward: ${(large.pdfs / large.seconds.print).toFixed(2)} PDF/s (budget ${BUDGET.coldPrintRate})`,
    );
  return failures;
}

/** The rebuilds: a one-line news edit is quick and prints nothing. */
export function rebuildVerdicts(rebuilt: readonly Build[]): string[] {
  const failures: string[] = [];
  const news = rebuilt.find((entry) => entry.label === 'one-line news edit');
  if (!news) return failures;
  if (total(news) > BUDGET.newsEditSeconds)
    failures.push(
      `rebuild after a one-line news edit: ${total(news).toFixed(1)} s (budget ${BUDGET.newsEditSeconds.toFixed(1)} s)`,
    );
  if (news.printed !== 0) failures.push(`a one-line news edit printed ${news.printed} assets`);
  return failures;
}

/** The content check after a one-line news edit: within its budget, and passing. */
export function contentCheckVerdicts(
  check: { seconds: number; ok: boolean } | undefined,
): string[] {
  if (!check) return [];
  const failures: string[] = [];
  if (check.seconds > BUDGET.contentCheckSeconds)
    failures.push(
      `content check after a one-line news edit: ${check.seconds.toFixed(1)} s (budget ${BUDGET.contentCheckSeconds} s)`,
    );
  if (!check.ok) failures.push('the content check refused the sample after a one-line news edit');
  return failures;
}

/**
 * The "Nghe" player on a guide: its button shows with a Vietnamese voice, at most 1 kB of its
 * JavaScript comes with the page, and its code comes on the first press, from the site itself.
 */
export function listenVerdicts(listen: ListenFigures | undefined): string[] {
  if (!listen) return [];
  if (!listen.shown) return ['listen: no "Nghe" button on the guide with a Vietnamese voice'];
  const failures: string[] = [];
  if (listen.loaderBytes > BUDGET.listenLoaderBytes)
    failures.push(
      `listen: ${listen.loaderBytes.toLocaleString('en')} B of JavaScript on the page before the press (budget ${BUDGET.listenLoaderBytes.toLocaleString('en')} B)`,
    );
  if (listen.pressRequests === 0)
    failures.push('listen: the first press loaded nothing: the player came with the page');
  if (listen.otherOrigin > 0)
    failures.push(`listen: the press made ${listen.otherOrigin} request(s) to another origin`);
  return failures;
}
