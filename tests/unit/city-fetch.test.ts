/**
 * Reading the wards' feeds, with a stand-in for fetch (no network): one retry when a ward does not
 * answer, none when it answers wrongly, never more in flight than allowed, and the order kept.
 */
import { expect, it } from 'vitest';
import { fetchFeeds, mapLimited } from '../../src/lib/city/fetch-feeds.ts';

const ward = (name: string) => ({ name, feed: `https://${name}.example/tien-do/so-lieu.json` });
// Every name resolves to a public address (the resolver is a stand-in too).
const options = {
  concurrency: 2,
  timeoutSeconds: 1,
  retries: 1,
  lookup: async () => ['93.184.215.14'],
};

it('retries once a ward that does not answer or fails on its side, never one that answers wrongly', async () => {
  const calls: Record<string, number> = {};
  const stub = (async (url: string) => {
    const host = new URL(url).hostname.split('.')[0]!;
    calls[host] = (calls[host] ?? 0) + 1;
    if (host === 'down') throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    if (host === 'slow') throw new DOMException('timed out', 'TimeoutError');
    if (host === 'gone') return new Response('', { status: 404 });
    if (host === 'busy') return new Response('', { status: 503 });
    return new Response('{"format": "khac/1"}');
  }) as typeof fetch;
  const results = await fetchFeeds(['down', 'slow', 'busy', 'gone', 'other'].map(ward), {
    ...options,
    fetch: stub,
  });
  expect(calls).toEqual({ down: 2, slow: 2, busy: 2, gone: 1, other: 1 });
  expect(results.map((result) => ('problem' in result ? result.problem : 'feed'))).toEqual([
    { kind: 'unreachable', detail: 'ECONNREFUSED' },
    { kind: 'timeout', detail: '1 s' },
    { kind: 'unreachable', detail: 'HTTP 503' },
    { kind: 'unreachable', detail: 'HTTP 404' },
    { kind: 'other-format', format: 'khac/1' },
  ]);
});

it('refuses a body far larger than any feed', async () => {
  const stub = (async () => new Response('x'.repeat(5_000_001))) as unknown as typeof fetch;
  const [result] = await fetchFeeds([ward('big')], { ...options, fetch: stub });
  expect(result).toMatchObject({ problem: { kind: 'too-large', detail: '5 MB' } });
});

it('keeps at most the given number in flight, and the order of the list', async () => {
  let inFlight = 0;
  let most = 0;
  const results = await mapLimited([5, 1, 4, 2, 3, 0, 6, 2], 3, async (delay) => {
    most = Math.max(most, ++inFlight);
    await new Promise((resolve) => setTimeout(resolve, delay * 5));
    inFlight--;
    return delay * 10;
  });
  expect(most).toBe(3);
  expect(results).toEqual([50, 10, 40, 20, 30, 0, 60, 20]);
});
