/**
 * The city hub's benchmark: serves generated ward feeds (8 to 40 groups each) on 127.0.0.1 and
 * times `buildCity` reading them, for the city's 114 wards (target: under 60 s on two cores, the
 * report printed) and for 1,000, to check the cost grows linearly. Loopback only.
 *
 *   node scripts/bench/city.ts [--wards 114,1000] [--no-pdf]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildCity } from '../build-city.ts';
import { generateFeed, serveFeeds } from './city-feeds.ts';

export const CITY_BUDGET_SECONDS = 60;
/** Per ward, the largest city may cost at most this many times the smallest. */
export const LINEAR_SLACK = 1.5;

export interface CityTiming {
  wards: number;
  seconds: number;
  counted: number;
}

export async function timeCity(wards: number, print: boolean): Promise<CityTiming> {
  const feeds = Array.from({ length: wards }, (_, index) => generateFeed(index, 7));
  const server = await serveFeeds(feeds);
  const folder = mkdtempSync(path.join(tmpdir(), 'city-bench-'));
  try {
    const list = feeds.map(
      (feed, index) => `  - name: ${feed.ward}\n    feed: ${server.url(index)}\n`,
    );
    writeFileSync(
      path.join(folder, 'city.yaml'),
      `city:\n  name: Thành phố Thử\n  title: Thử\n  url: https://thu.example/\nwards:\n${list.join('')}`,
    );
    const started = performance.now();
    const build = await buildCity({
      folder,
      out: path.join(folder, 'out'),
      cacheFile: path.join(folder, 'cache.json'),
      print,
      log: () => {},
      allowPrivateHosts: server.hosts,
    });
    return {
      wards,
      seconds: (performance.now() - started) / 1000,
      counted: build.rollup.rows.length,
    };
  } finally {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Whether the timings keep to the budget and grow linearly; the verdicts as lines. */
export function cityVerdicts(timings: readonly CityTiming[]): { ok: boolean; lines: string[] } {
  const lines: string[] = [];
  let ok = true;
  const city = timings.find((timing) => timing.wards === 114);
  if (city) {
    const pass = city.seconds < CITY_BUDGET_SECONDS;
    ok &&= pass;
    lines.push(
      `114 wards: ${city.seconds.toFixed(1)} s (budget ${CITY_BUDGET_SECONDS} s) ${pass ? 'ok' : 'OVER'}`,
    );
  }
  const [small, large] = [timings[0], timings.at(-1)];
  if (small && large && large !== small) {
    const ratio = large.seconds / large.wards / (small.seconds / small.wards);
    const pass = ratio <= LINEAR_SLACK;
    ok &&= pass;
    lines.push(
      `per ward: ${((small.seconds / small.wards) * 1000).toFixed(1)} ms at ${small.wards}, ` +
        `${((large.seconds / large.wards) * 1000).toFixed(1)} ms at ${large.wards}: ` +
        `×${ratio.toFixed(2)} (at most ×${LINEAR_SLACK}) ${pass ? 'linear' : 'NOT LINEAR'}`,
    );
  }
  return { ok, lines };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      wards: { type: 'string', default: '114,1000' },
      'no-pdf': { type: 'boolean', default: false },
    },
  });
  const timings: CityTiming[] = [];
  for (const wards of values.wards.split(',').map(Number)) {
    const timing = await timeCity(wards, !values['no-pdf']);
    console.log(`${timing.wards} wards: ${timing.seconds.toFixed(2)} s, ${timing.counted} counted`);
    timings.push(timing);
  }
  const verdicts = cityVerdicts(timings);
  for (const line of verdicts.lines) console.log(line);
  if (!verdicts.ok) process.exitCode = 1;
}
