/**
 * Reads every ward's feed at build time: a bounded number in flight, a timeout per request and a
 * retry when a ward does not answer. A ward that fails never stops the others; what went wrong is
 * kept as a kind the page says in Vietnamese.
 *
 * A feed is a stranger's answer, so the hub bounds what it follows and reads:
 * - a redirect is followed only to the feed's own host (scheme, name and port), at most
 *   {@link MAX_REDIRECTS} times;
 * - no request goes to an address that resolves to a private, loopback, link-local or otherwise
 *   reserved address (an internal service, the cloud's metadata at 169.254.169.254), checked on
 *   the resolved addresses before each request. `allowPrivateHosts` lets the tests and the
 *   benchmark read feeds they serve on 127.0.0.1: it names the feeds' own host, so it carries to a
 *   redirect on that same host and to nothing else. (The check resolves the name before fetch
 *   resolves it again: a name that changes its answer in between is a limit, docs/trust-boundaries.md.)
 * - the body is read as it streams and dropped past {@link MAX_FEED_BYTES};
 * - the figures are checked by `readFeed` (src/lib/tables/progress-feed.ts) against the hub's own day.
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { readFeed, type FeedProblem, type ProgressFeed } from '../tables/progress-feed.ts';
import type { CityWard } from './config.ts';

/** A feed of 1,000 groups is about 100 kB: anything far larger is not a ward's feed. */
export const MAX_FEED_BYTES = 5_000_000;
export const MAX_REDIRECTS = 3;

export type FetchProblem =
  | { kind: 'unreachable'; detail: string }
  | { kind: 'timeout'; detail: string }
  | { kind: 'too-large'; detail: string }
  | { kind: 'redirect'; detail: string }
  | { kind: 'private-address'; detail: string }
  | FeedProblem;

export type FetchResult = { ward: CityWard } & ({ feed: ProgressFeed } | { problem: FetchProblem });

export interface FetchOptions {
  concurrency: number;
  timeoutSeconds: number;
  retries: number;
  /** For tests; the global fetch otherwise. */
  fetch?: typeof fetch;
  /** For tests; the system's resolver otherwise: every address a host name resolves to. */
  lookup?: (hostname: string) => Promise<string[]>;
  /**
   * Hosts ("127.0.0.1:4321") whose feeds may be read though they resolve to a private address:
   * the tests' and the benchmark's loopback servers only. Empty for a real hub.
   */
  allowPrivateHosts?: readonly string[];
  /** The hub's build day in Vietnam: no figure may be dated after it. */
  today?: string;
}

/** Addresses no feed may be read from: private, loopback, link-local, shared and reserved ranges. */
const NOT_PUBLIC_V4 = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const)
  NOT_PUBLIC_V4.addSubnet(network, prefix, 'ipv4');
// Kept apart: Node checks an IPv4 address against IPv4-mapped IPv6 rules too.
const NOT_PUBLIC_V6 = new BlockList();
for (const [network, prefix] of [
  ['::', 127],
  ['64:ff9b::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  NOT_PUBLIC_V6.addSubnet(network, prefix, 'ipv6');

/** True when an address (IPv4 or IPv6) is not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return NOT_PUBLIC_V4.check(address, 'ipv4');
  if (family !== 6) return true;
  // An IPv4-mapped address (::ffff:127.0.0.1, written ::ffff:7f00:1 once normalised) is IPv4.
  const normal = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(normal);
  if (mapped) {
    const [high, low] = [parseInt(mapped[1]!, 16), parseInt(mapped[2]!, 16)];
    return isPrivateAddress([high >> 8, high & 255, low >> 8, low & 255].join('.'));
  }
  return NOT_PUBLIC_V6.check(address, 'ipv6');
}

async function systemLookup(hostname: string): Promise<string[]> {
  const answers = await lookup(hostname, { all: true, verbatim: true });
  return answers.map((answer) => answer.address);
}

/** Why a request may not go to `url`, or undefined: every address its host resolves to is public. */
async function addressProblem(url: URL, options: FetchOptions): Promise<FetchProblem | undefined> {
  if (options.allowPrivateHosts?.includes(url.host)) return undefined;
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(hostname)
    ? [hostname]
    : await (options.lookup ?? systemLookup)(hostname).catch(() => []);
  if (!addresses.length) return { kind: 'unreachable', detail: 'ENOTFOUND' };
  const inside = addresses.find(isPrivateAddress);
  return inside ? { kind: 'private-address', detail: `${url.host} → ${inside}` } : undefined;
}

/** The body as text, or undefined once it passes `limit` bytes (the rest is never read). */
async function boundedText(response: Response, limit: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) {
    await response.body?.cancel();
    return undefined;
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** Runs `work` over `items` with at most `limit` at once, keeping their order. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function fetchOnce(
  ward: CityWard,
  options: FetchOptions,
): Promise<{ feed: ProgressFeed } | { problem: FetchProblem }> {
  const doFetch = options.fetch ?? fetch;
  const signal = AbortSignal.timeout(options.timeoutSeconds * 1000);
  const start = new URL(ward.feed);
  try {
    let url = start;
    let response: Response;
    for (let hop = 0; ; hop++) {
      const refused = await addressProblem(url, options);
      if (refused) return { problem: refused };
      response = await doFetch(url.href, {
        signal,
        headers: { accept: 'application/json' },
        redirect: 'manual',
      });
      const location = response.headers.get('location');
      if (response.status < 300 || response.status > 399 || location === null) break;
      await response.body?.cancel();
      const next = new URL(location, url);
      if (next.origin !== start.origin || hop >= MAX_REDIRECTS)
        return { problem: { kind: 'redirect', detail: next.origin } };
      url = next;
    }
    if (!response.ok) {
      await response.body?.cancel();
      return { problem: { kind: 'unreachable', detail: `HTTP ${response.status}` } };
    }
    const text = await boundedText(response, MAX_FEED_BYTES);
    if (text === undefined)
      return { problem: { kind: 'too-large', detail: `${MAX_FEED_BYTES / 1_000_000} MB` } };
    return readFeed(text, { feedUrl: ward.feed, today: options.today });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      return { problem: { kind: 'timeout', detail: `${options.timeoutSeconds} s` } };
    }
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return {
      problem: {
        kind: 'unreachable',
        detail: cause?.code ?? cause?.message ?? (error as Error).message,
      },
    };
  }
}

/** No answer, or a server error: perhaps brief. A wrong answer or a 4xx will be the same again. */
function worthRetrying(problem: FetchProblem): boolean {
  return (
    problem.kind === 'timeout' ||
    (problem.kind === 'unreachable' && !/^HTTP 4\d\d$/.test(problem.detail))
  );
}

/** One ward's feed, retried when the ward did not answer (never when it answered wrongly). */
export async function fetchFeed(ward: CityWard, options: FetchOptions): Promise<FetchResult> {
  let result = await fetchOnce(ward, options);
  for (let retry = 0; retry < options.retries; retry++) {
    if (!('problem' in result) || !worthRetrying(result.problem)) break;
    result = await fetchOnce(ward, options);
  }
  return { ward, ...result };
}

export function fetchFeeds(
  wards: readonly CityWard[],
  options: FetchOptions,
): Promise<FetchResult[]> {
  return mapLimited(wards, options.concurrency, (ward) => fetchFeed(ward, options));
}
