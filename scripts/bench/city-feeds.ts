/**
 * Invented ward feeds for the city hub's test and benchmark, and a server for them on 127.0.0.1:
 * `count` wards of 8 to 40 groups each, from a seed, so the same seed gives the same figures. Some
 * wards can be made to fail: no server at all (refused), a broken body, another format, or no
 * answer (a timeout). Only ever listens on loopback.
 *
 *   node scripts/bench/city-feeds.ts --out /tmp/feeds [--wards 114]   writes the feeds as files
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FEED_FORMAT, type ProgressFeed } from '../../src/lib/progress-feed.ts';

export type Failure = 'refused' | 'malformed' | 'other-format' | 'timeout';

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** One invented ward's feed: groups of 40 to 240 households, some not reported yet. */
export function generateFeed(index: number, seed = 1): ProgressFeed {
  const next = random(seed * 100_003 + index);
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const groupCount = between(8, 40);
  const day = String(between(1, 12)).padStart(2, '0');
  const groups = Array.from({ length: groupCount }, (_, group) => {
    const code = `to-${group + 1}`;
    const name = `Tổ dân phố số ${group + 1}`;
    if (next() < 0.08) return { code, name, households: null, joined: null };
    const households = between(40, 240);
    return {
      code,
      name,
      households,
      joined: Math.floor(households * (0.4 + next() * 0.6)),
      asOf: `2025-11-${day}`,
    };
  });
  const reported = groups.filter((group) => group.households !== null);
  const officials = between(20, 60);
  return {
    format: FEED_FORMAT,
    ward: `Phường Thử ${index + 1}`,
    site: `https://phuong-${index + 1}.example/`,
    asOf: reported.length ? `2025-11-${day}` : null,
    targets: { householdsPercent: 70, officialsPercent: 100 },
    households: {
      total: reported.reduce((sum, group) => sum + group.households!, 0),
      joined: reported.reduce((sum, group) => sum + group.joined!, 0),
    },
    officials: index % 10 === 9 ? null : { total: officials, joined: between(10, officials) },
    groups,
    sample: true,
  };
}

export interface FeedServer {
  /** The address of ward `index`'s feed. */
  url(index: number): string;
  close(): Promise<void>;
}

/** A free port on loopback that nothing listens on: a connection to it is refused. */
export async function refusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Serves `feeds` at /<index>/tien-do/so-lieu.json on 127.0.0.1, failing as `failures` says. */
export async function serveFeeds(
  feeds: readonly ProgressFeed[],
  failures: ReadonlyMap<number, Failure> = new Map(),
): Promise<FeedServer> {
  const bodies = feeds.map((feed) => JSON.stringify(feed));
  const server: Server = createServer((request, response) => {
    const index = Number(/^\/(\d+)\//.exec(request.url ?? '')?.[1]);
    const failure = failures.get(index);
    if (failure === 'timeout') return; // never answers
    if (!Number.isInteger(index) || !bodies[index]) {
      response.writeHead(404).end();
      return;
    }
    const body =
      failure === 'malformed'
        ? bodies[index]!.slice(0, 40)
        : failure === 'other-format'
          ? bodies[index]!.replace(FEED_FORMAT, 'cong-dan-so-tien-do/2')
          : bodies[index]!;
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const refused = [...failures].some(([, failure]) => failure === 'refused')
    ? await refusedPort()
    : 0;
  return {
    url: (index) =>
      failures.get(index) === 'refused'
        ? `http://127.0.0.1:${refused}/${index}/tien-do/so-lieu.json`
        : `http://127.0.0.1:${port}/${index}/tien-do/so-lieu.json`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, wards: { type: 'string', default: '114' } },
  });
  if (!values.out) throw new Error('--out <folder> is required');
  for (let index = 0; index < Number(values.wards); index++) {
    const folder = path.join(values.out, String(index), 'tien-do');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'so-lieu.json'), JSON.stringify(generateFeed(index)));
  }
  console.log(`Wrote ${values.wards} feeds under ${values.out}`);
}
