/**
 * The hub's page as HTML, written by scripts/build-city.ts: the city's totals, one row per ward
 * linking to its site, the wards that could not be read and why, the downloads. Plain HTML and
 * one style sheet: readable without JavaScript, nothing from another origin, and the policy
 * `<meta>` of public/_headers, as every ward page carries.
 */
import { formatCount, t, type MessageKey } from '../../i18n/index.ts';
import { formatDate } from '../site/dates.ts';
import { formatPercent, type Ratio } from '../tables/participation.ts';
import { withPolicyMeta } from '../security/policy-meta.ts';
import type { CityConfig } from './config.ts';
import type { FetchProblem } from './fetch-feeds.ts';
import type { CityRollup, WardRow } from './rollup.ts';

export const CITY_FILES = {
  css: 'city.css',
  csv: 'so-lieu-phuong.csv',
  xlsx: 'so-lieu-phuong.xlsx',
  report: 'bao-cao-thanh-pho.pdf',
  reportPage: 'bao-cao/index.html',
} as const;

/**
 * The hub's pages run no script and load nothing from elsewhere; the policy travels in the page,
 * as on the ward sites, since the hub is served as plain files too.
 */
const CITY_POLICY =
  "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'none'";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const PROBLEM: Record<FetchProblem['kind'], MessageKey> = {
  unreachable: 'city.problem.unreachable',
  timeout: 'city.problem.timeout',
  malformed: 'city.problem.malformed',
  'other-format': 'city.problem.otherFormat',
  'too-large': 'city.problem.tooLarge',
  redirect: 'city.problem.redirect',
  'private-address': 'city.problem.privateAddress',
  implausible: 'city.problem.implausible',
};

/** Problems whose detail is said in the sentence (the others' is technical: "HTTP 503"). */
const SAID = new Set<FetchProblem['kind']>(['too-large', 'redirect', 'implausible']);

/** What went wrong with a ward's feed, in Vietnamese. */
export function problemText(problem: FetchProblem): string {
  return t(PROBLEM[problem.kind], {
    ...(problem.kind === 'other-format' && { format: problem.format }),
    ...('detail' in problem && SAID.has(problem.kind) && { detail: problem.detail }),
  });
}

/** The technical detail a log line adds after the sentence, if any: "HTTP 503". */
export function problemDetail(problem: FetchProblem): string {
  return 'detail' in problem && !SAID.has(problem.kind) ? ` (${problem.detail})` : '';
}

const counts = (ratio: Ratio) => ({
  joined: ratio.joined,
  total: ratio.total,
  percent: formatPercent(ratio),
});

/** The city's totals, one sentence each, as the ward's summary says them. */
export function summaryLines(rollup: CityRollup, config: CityConfig): string[] {
  const lines = [
    t('city.summary.households', counts(rollup.households)),
    t('city.summary.groups', {
      met: rollup.groupsMet,
      total: rollup.groups,
      target: config.targetPercent,
    }),
  ];
  if (rollup.officialsWards > 0) lines.push(t('city.summary.officials', counts(rollup.officials)));
  lines.push(t('city.summary.wards', { counted: rollup.rows.length, total: config.wards.length }));
  const cached = rollup.rows.filter((row) => row.cachedAt).length;
  if (cached > 0) lines.push(t('city.summary.cached', { count: cached }));
  return lines;
}

function notes(row: WardRow): string {
  const marks = [
    row.cachedAt && ['', t('city.row.cached', { date: formatDate(row.cachedAt.slice(0, 10)) })],
    row.stale && ['', t('city.row.stale')],
    // The printed report says it once, above its heading.
    row.feed.sample && [' mark-sample', t('city.row.sample')],
  ].filter((mark): mark is string[] => Boolean(mark));
  return marks
    .map(([kind, mark]) => ` <span class="mark${kind}">${escapeHtml(mark!)}</span>`)
    .join('');
}

function cells(values: string[], header = false): string {
  const open = header ? '<th scope="col">' : '<td>';
  const close = header ? '</th>' : '</td>';
  return values.map((value) => `${open}${value}${close}`).join('');
}

const count = formatCount;

/** The table of wards, with the city's total in its footer. */
export function wardTable(rollup: CityRollup, config: CityConfig): string {
  const head = [
    t('city.table.ward'),
    t('city.table.households'),
    t('city.table.joined'),
    t('city.table.percent'),
    t('city.table.groupsMet', { target: config.targetPercent }),
    t('city.table.officials'),
    t('city.table.date'),
  ];
  const officials = (ratio: Ratio | null) =>
    ratio ? `${count(ratio.joined)}/${count(ratio.total)}` : t('city.table.noOfficials');
  const rows = rollup.rows.map(
    (row) =>
      `<tr><th scope="row"><a href="${escapeHtml(row.site)}">${escapeHtml(row.name)}</a>${notes(row)}</th>${cells(
        [
          count(row.households.total),
          count(row.households.joined),
          formatPercent(row.households),
          `${count(row.groupsMet)}/${count(row.groups)}`,
          officials(row.officials),
          row.feed.asOf ? formatDate(row.feed.asOf) : t('city.row.noDate'),
        ],
      )}</tr>`,
  );
  const total = `<tr><th scope="row">${t('city.table.total')}</th>${cells([
    count(rollup.households.total),
    count(rollup.households.joined),
    formatPercent(rollup.households),
    `${count(rollup.groupsMet)}/${count(rollup.groups)}`,
    rollup.officialsWards > 0 ? officials(rollup.officials) : t('city.table.noOfficials'),
    rollup.newest ? formatDate(rollup.newest) : t('city.row.noDate'),
  ])}</tr>`;
  return `<table id="wards"><caption>${t('city.table.caption')}</caption><thead><tr>${cells(head, true)}</tr></thead><tbody>${rows.join('')}</tbody><tfoot>${total}</tfoot></table>`;
}

/** The wards not read this time, each with what went wrong. */
export function failureList(rollup: CityRollup): string {
  if (rollup.failures.length === 0) return '';
  const items = rollup.failures.map(
    (failure) =>
      `<li><a href="${escapeHtml(failure.site)}">${escapeHtml(failure.name)}</a>: ${escapeHtml(problemText(failure.problem))}${
        failure.cached ? ` (${t('city.failures.cached')})` : ''
      }</li>`,
  );
  return `<section id="failures" aria-labelledby="failures-title"><h2 id="failures-title">${t('city.failures.title')}</h2><p>${t('city.failures.intro')}</p><ul>${items.join('')}</ul></section>`;
}

/** A whole page: the shell, the policy `<meta>` and the given main content. */
export function pageShell(input: {
  title: string;
  description: string;
  main: string;
  policy: string;
  css: string;
  bodyClass?: string;
}): string {
  const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${CITY_POLICY}"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(input.title)}</title><meta name="description" content="${escapeHtml(input.description)}"><link rel="stylesheet" href="${input.css}"></head><body${input.bodyClass ? ` class="${input.bodyClass}"` : ''}><main id="main">${input.main}</main></body></html>\n`;
  return withPolicyMeta(html, input.policy);
}

/** The hub's page. `generated` is the build's time, in Vietnam. */
export function cityPage(input: {
  config: CityConfig;
  rollup: CityRollup;
  policy: string;
  generated: { day: string; time: string };
  hasReport: boolean;
}): string {
  const { config, rollup } = input;
  const description = t('city.description', { city: config.city.name });
  const asOf = rollup.newest
    ? `<p class="lead">${t('city.asOf', { date: formatDate(rollup.newest), ...input.generated })}</p>`
    : '';
  const summary = summaryLines(rollup, config)
    .map((line) => `<li>${escapeHtml(line)}</li>`)
    .join('');
  const downloads = [
    [CITY_FILES.xlsx, t('city.downloads.xlsx')],
    [CITY_FILES.csv, t('city.downloads.csv')],
    ...(input.hasReport ? [[CITY_FILES.report, t('city.downloads.report')]] : []),
  ]
    .map(([file, label]) => `<li><a href="${file}" download>${label}</a></li>`)
    .join('');
  const main = [
    `<h1>${escapeHtml(config.city.title)}</h1><p>${escapeHtml(description)}</p>${asOf}`,
    `<section id="summary" aria-labelledby="summary-title"><h2 id="summary-title">${t('city.summary.title')}</h2><ul>${summary}</ul></section>`,
    `<section aria-labelledby="table-title"><h2 id="table-title">${t('city.table.title')}</h2><div class="scroll">${wardTable(rollup, config)}</div><p class="muted">${t('city.rounding', { target: config.targetPercent })}</p></section>`,
    failureList(rollup),
    `<section aria-labelledby="downloads-title"><h2 id="downloads-title">${t('city.downloads.title')}</h2><ul>${downloads}</ul></section>`,
  ].join('');
  return pageShell({
    title: config.city.title,
    description,
    main,
    policy: input.policy,
    css: CITY_FILES.css,
  });
}
