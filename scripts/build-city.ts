/**
 * Builds the city hub: reads city.yaml from the folder in SITE_CONTENT (as a ward's build reads
 * site.yaml), fetches every ward's feed (/tien-do/so-lieu.json) with a bounded number in flight, a
 * timeout and a retry, and writes a static page with the city's totals, one row per ward, the
 * wards that could not be read, and the table as .csv and .xlsx. A ward that fails never fails the
 * build: it is logged, one line each, and listed on the page. The last good figures of every ward
 * are kept in a cache file between builds.
 *
 *   SITE_CONTENT=<folder with city.yaml> node scripts/build-city.ts [--out dist-city] [--cache <file>]
 *     [--no-pdf]   skip printing the report (bao-cao-thanh-pho.pdf) with Chromium
 *
 * CITY_CACHE_FILE also sets the cache; CITY_NOW fixes the clock (tests); CITY_ALLOW_PRIVATE_HOSTS
 * ("127.0.0.1:4321,…") names loopback hosts serving test feeds, which a real hub never reads.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cityRollup, type CityRollup } from '../src/lib/city/rollup.ts';
import { readCity, type CityConfig } from '../src/lib/city/config.ts';
import { readCache, writeCache } from '../src/lib/city/cache.ts';
import { fetchFeeds } from '../src/lib/city/fetch-feeds.ts';
import {
  CITY_FILES,
  cityPage,
  problemDetail,
  problemText,
  summaryLines,
} from '../src/lib/city/page.ts';
import { t } from '../src/i18n/index.ts';
import { calendarDateIn } from '../src/lib/site/dates.ts';
import { cityReport } from '../src/lib/city/report.ts';
import { cityCsv, cityWorkbook } from '../src/lib/city/table.ts';
import { printReport, reportFonts } from './city-report.ts';
import { fillTemplate, headersFor, parseHeaders } from '../src/lib/security/security-headers.ts';
import { cacheDir, productPath } from '../src/lib/site/paths.ts';

export const DEFAULT_CACHE = path.join(cacheDir('city-hub'), 'feeds.json');

/** The policy every ward page carries (public/_headers), with no inline code to hash. */
export function cityPolicy(): string {
  const template = fillTemplate(readFileSync(productPath('public/_headers'), 'utf8'), {
    scripts: [],
    styles: [],
  });
  const policy = headersFor(parseHeaders(template), '/').get('content-security-policy');
  if (!policy) throw new Error('public/_headers has no Content-Security-Policy for /');
  return policy;
}

/** The wards' design tokens (the @theme of src/styles/global.css) and the hub's own rules. */
export function cityStyles(fonts = ''): string {
  const tokens = /@theme\s*\{([\s\S]*?)\n\}/.exec(
    readFileSync(productPath('src/styles/global.css'), 'utf8'),
  );
  if (!tokens) throw new Error('src/styles/global.css has no @theme block of tokens');
  return `:root {${tokens[1]}\n}\n${fonts}${readFileSync(productPath('src/styles/city.css'), 'utf8')}`;
}

/** The build's time in Vietnam: "20/11/2025" and "14:05". */
function vietnamTime(now: Date): { day: string; time: string } {
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', ...options }).format(now);
  return {
    day: format({ day: '2-digit', month: '2-digit', year: 'numeric' }),
    time: format({ hour: '2-digit', minute: '2-digit', hour12: false }),
  };
}

export interface CityBuild {
  config: CityConfig;
  rollup: CityRollup;
  seconds: number;
}

export async function buildCity(options: {
  folder: string;
  out: string;
  cacheFile: string;
  now?: Date;
  log?: (line: string) => void;
  /** Print the report to PDF (true unless told otherwise). */
  print?: boolean;
  /**
   * Hosts ("127.0.0.1:4321") the tests and the benchmark serve feeds on, read though they are on
   * loopback (src/lib/city/fetch-feeds.ts). A real hub has none: CITY_ALLOW_PRIVATE_HOSTS is unset.
   */
  allowPrivateHosts?: readonly string[];
}): Promise<CityBuild> {
  const log = options.log ?? console.log;
  const started = performance.now();
  const now = options.now ?? new Date();
  const config = readCity(options.folder);
  const results = await fetchFeeds(config.wards, {
    ...config.fetch,
    today: calendarDateIn(now),
    allowPrivateHosts: options.allowPrivateHosts ?? [],
  });
  const { rollup, cache } = cityRollup(results, readCache(options.cacheFile), {
    staleDays: config.staleDays,
    targetPercent: config.targetPercent,
    now,
  });
  for (const failure of rollup.failures) {
    const detail = problemDetail(failure.problem);
    const cached = failure.cached ? `; ${t('city.failures.cached')}` : '';
    log(
      `city: ${failure.name}: ${problemText(failure.problem)}${detail} – ${failure.feedUrl}${cached}`,
    );
  }
  mkdirSync(options.out, { recursive: true });
  const city = config.city.name;
  writeFileSync(path.join(options.out, CITY_FILES.csv), cityCsv(rollup, city));
  writeFileSync(
    path.join(options.out, CITY_FILES.xlsx),
    await cityWorkbook(rollup, city, config.targetPercent),
  );
  writeFileSync(path.join(options.out, CITY_FILES.css), cityStyles(reportFonts(options.out)));
  const policy = cityPolicy();
  const generated = vietnamTime(now);
  mkdirSync(path.join(options.out, path.dirname(CITY_FILES.reportPage)), { recursive: true });
  writeFileSync(
    path.join(options.out, CITY_FILES.reportPage),
    cityReport({ config, rollup, policy, generated }),
  );
  const print = options.print ?? true;
  if (print) await printReport(options.out, CITY_FILES.reportPage, CITY_FILES.report);
  writeFileSync(
    path.join(options.out, 'index.html'),
    cityPage({
      config,
      rollup,
      policy,
      generated,
      hasReport: print,
    }),
  );
  writeCache(options.cacheFile, cache);
  const seconds = (performance.now() - started) / 1000;
  for (const line of summaryLines(rollup, config)) log(`city: ${line}`);
  log(
    `city: ${t('city.log.summary', {
      counted: rollup.rows.length,
      total: config.wards.length,
      failing: rollup.failures.length,
      seconds: Math.round(seconds * 10) / 10,
    })}`,
  );
  return { config, rollup, seconds };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'dist-city' },
      cache: { type: 'string' },
      'no-pdf': { type: 'boolean', default: false },
    },
  });
  const folder = process.env.SITE_CONTENT;
  if (!folder) throw new Error('Set SITE_CONTENT to the folder holding city.yaml.');
  await buildCity({
    folder,
    out: values.out,
    cacheFile: values.cache ?? process.env.CITY_CACHE_FILE ?? DEFAULT_CACHE,
    now: process.env.CITY_NOW ? new Date(process.env.CITY_NOW) : undefined,
    print: !values['no-pdf'],
    allowPrivateHosts: process.env.CITY_ALLOW_PRIVATE_HOSTS?.split(',').filter(Boolean),
  });
}
