/**
 * Reads every ward's feed at build time: a bounded number in flight, a timeout per request and a
 * retry when a ward does not answer. A ward that fails never stops the others; what went wrong is
 * kept as a kind the page says in Vietnamese.
 */
import { readFeed, type ProgressFeed } from '../progress-feed.ts';
import type { CityWard } from './config.ts';

/** A feed of 1,000 groups is about 100 kB: anything far larger is not a ward's feed. */
export const MAX_FEED_CHARS = 5_000_000;

export type FetchProblem =
  | { kind: 'unreachable'; detail: string }
  | { kind: 'timeout'; detail: string }
  | { kind: 'malformed'; detail: string }
  | { kind: 'other-format'; format: string };

export type FetchResult = { ward: CityWard } & ({ feed: ProgressFeed } | { problem: FetchProblem });

export interface FetchOptions {
  concurrency: number;
  timeoutSeconds: number;
  retries: number;
  /** For tests; the global fetch otherwise. */
  fetch?: typeof fetch;
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
  try {
    const response = await doFetch(ward.feed, {
      signal: AbortSignal.timeout(options.timeoutSeconds * 1000),
      headers: { accept: 'application/json' },
      redirect: 'follow',
    });
    if (!response.ok) {
      await response.body?.cancel();
      return { problem: { kind: 'unreachable', detail: `HTTP ${response.status}` } };
    }
    const text = await response.text();
    if (text.length > MAX_FEED_CHARS) {
      return { problem: { kind: 'malformed', detail: `${text.length} characters` } };
    }
    return readFeed(text);
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
