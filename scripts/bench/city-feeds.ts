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
import { FEED_FORMAT, type ProgressFeed } from '../../src/lib/tables/progress-feed.ts';

export type Failure =
  | 'refused'
  | 'malformed'
  | 'other-format'
  | 'timeout'
  // Hostile or careless feeds the hub must refuse (docs/trust-boundaries.md):
  | 'redirect-away' // 302 to another host on the same machine (an internal service)
  | 'redirect-metadata' // 302 to the cloud's metadata address
  | 'huge' // a body that never ends
  | 'bad-date' // asOf "2025-19-45"
  | 'future' // dated 2099
  | 'total' // a total of 9,000,000 households whatever its groups say
  | 'duplicate' // one group 50 times
  | 'unsafe' // 9,007,199,254,740,991 households in a group
  | 'userinfo-site'; // a site with a user name before another host

/** The feed as a hostile or careless ward would serve it. */
function spoilt(feed: ProgressFeed, failure: Failure | undefined): ProgressFeed {
  const group = feed.groups.find((each) => each.households !== null)!;
  switch (failure) {
    case 'bad-date':
      return { ...feed, asOf: '2025-19-45' };
    case 'future':
      return { ...feed, asOf: '2099-12-31' };
    case 'total':
      return { ...feed, households: { ...feed.households, total: 9_000_000 } };
    case 'duplicate':
      return { ...feed, groups: Array.from({ length: 50 }, () => group) };
    case 'unsafe': {
      const households = Number.MAX_SAFE_INTEGER;
      return {
        ...feed,
        households: { ...feed.households, total: households },
        groups: feed.groups.map((each) => (each === group ? { ...each, households } : each)),
      };
    }
    case 'userinfo-site':
      return { ...feed, site: 'https://congdanso.haiphong.gov.vn@evil.example/' };
    default:
      return feed;
  }
}

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
  /**
   * The loopback hosts ("127.0.0.1:4321") the feeds are served from: the hub reads them only when
   * told to (`allowPrivateHosts`), as it never reads a private address otherwise.
   */
  hosts: string[];
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

/**
 * Serves `feeds` at /<index>/tien-do/so-lieu.json on 127.0.0.1, failing as `failures` says. Each
 * feed's `site` is moved onto 127.0.0.1, since a hub counts only a feed whose site is on its host.
 */
export async function serveFeeds(
  feeds: readonly ProgressFeed[],
  failures: ReadonlyMap<number, Failure> = new Map(),
): Promise<FeedServer> {
  const bodies = feeds.map((feed, index) =>
    JSON.stringify(spoilt({ ...feed, site: `https://127.0.0.1/${index}/` }, failures.get(index))),
  );
  let port = 0;
  const server: Server = createServer((request, response) => {
    const index = Number(/^\/(\d+)\//.exec(request.url ?? '')?.[1]);
    const failure = failures.get(index);
    if (failure === 'timeout') return; // never answers
    if (!Number.isInteger(index) || !bodies[index]) {
      response.writeHead(404).end();
      return;
    }
    const away = {
      'redirect-away': `http://localhost:${port}/${index}/tien-do/so-lieu.json`,
      'redirect-metadata': 'http://169.254.169.254/latest/meta-data/',
    }[failure as string];
    if (away) {
      response.writeHead(302, { location: away }).end();
      return;
    }
    if (failure === 'huge') {
      // 1 MB at a time, for as long as the reader reads.
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1_000_000, 32);
      const more = () => {
        while (!response.destroyed && response.write(chunk));
        if (!response.destroyed) response.once('drain', more);
      };
      more();
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
  port = (server.address() as AddressInfo).port;
  const refused = [...failures].some(([, failure]) => failure === 'refused')
    ? await refusedPort()
    : 0;
  return {
    hosts: [`127.0.0.1:${port}`, ...(refused ? [`127.0.0.1:${refused}`] : [])],
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
