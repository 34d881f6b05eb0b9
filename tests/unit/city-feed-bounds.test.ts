/**
 * A ward's feed is a stranger's answer (src/lib/city/fetch-feeds.ts, src/lib/tables/progress-feed.ts):
 * redirects only on the feed's own host, never a private address, a body bounded while it streams,
 * and figures that add up, dated no later than the hub's day, with the ward's own site. Each bad
 * feed is refused with its reason in Vietnamese. No network: fetch and the resolver are stubs.
 */
import { describe, expect, it } from 'vitest';
import { fetchFeed, isPrivateAddress, type FetchProblem } from '../../src/lib/city/fetch-feeds.ts';
import { problemText } from '../../src/lib/city/page.ts';
import { FEED_FORMAT, readFeed, type ProgressFeed } from '../../src/lib/tables/progress-feed.ts';

const FEED_URL = 'https://phuong-a.example/tien-do/so-lieu.json';
const TODAY = '2025-11-12';

/** Two groups by hand: 100 + 50 = 150 households, 80 + 20 = 100 joined. */
const good: ProgressFeed = {
  format: FEED_FORMAT,
  ward: 'Phường A',
  site: 'https://phuong-a.example/',
  asOf: '2025-11-10',
  targets: { householdsPercent: 70, officialsPercent: 100 },
  households: { total: 150, joined: 100 },
  officials: { total: 30, joined: 25 },
  groups: [
    { code: 'to-1', name: 'Tổ 1', households: 100, joined: 80, asOf: '2025-11-10' },
    { code: 'to-2', name: 'Tổ 2', households: 50, joined: 20, asOf: '2025-11-09' },
  ],
};

const read = (feed: unknown) => readFeed(JSON.stringify(feed), { feedUrl: FEED_URL, today: TODAY });
const reason = (feed: unknown) => {
  const result = read(feed);
  return 'problem' in result ? problemText(result.problem) : 'đọc được';
};

describe('the figures of a feed', () => {
  it('accepts figures that add up, dated up to the hub’s day, on the ward’s own site', () => {
    expect(read(good)).toEqual({ feed: good });
    expect(read({ ...good, asOf: TODAY })).toMatchObject({ feed: { asOf: TODAY } });
  });

  it('refuses each implausible feed with its reason in Vietnamese', () => {
    const big = Number.MAX_SAFE_INTEGER;
    const cases: [string, unknown][] = [
      ['not a calendar date', { ...good, asOf: '2025-19-45' }],
      [
        'a group date not on the calendar',
        { ...good, groups: [{ ...good.groups[0], asOf: '2025-02-30' }, good.groups[1]] },
      ],
      ['dated after the hub’s day', { ...good, asOf: '2099-12-31' }],
      [
        'a total that is not the sum of its groups',
        { ...good, households: { total: 9_000_000, joined: 100 } },
      ],
      [
        'one group twice',
        { ...good, groups: [good.groups[0], { ...good.groups[1], code: 'to-1' }] },
      ],
      [
        'a group of implausible size',
        {
          ...good,
          households: { total: big, joined: 100 },
          groups: [{ ...good.groups[0], households: big - 50 }, good.groups[1]],
        },
      ],
      ['a count past the safe integers', { ...good, officials: { total: 2 ** 53, joined: 1 } }],
      ['a site with a user name', { ...good, site: 'https://phuong-a.example@evil.example/' }],
      ['a site on another host', { ...good, site: 'https://evil.example/' }],
      ['a site over http', { ...good, site: 'http://phuong-a.example/' }],
      [
        'joined above the total',
        { ...good, groups: [{ ...good.groups[0], joined: 101 }, good.groups[1]] },
      ],
    ];
    expect(Object.fromEntries(cases.map(([what, feed]) => [what, reason(feed)]))).toEqual({
      'not a calendar date': 'số liệu không hợp lý: ngày "2025-19-45" không có trên lịch',
      'a group date not on the calendar':
        'số liệu không hợp lý: ngày "2025-02-30" không có trên lịch',
      'dated after the hub’s day':
        'số liệu không hợp lý: ngày 2099-12-31 sau ngày hôm nay (2025-11-12)',
      'a total that is not the sum of its groups':
        'số liệu không hợp lý: tổng của phường (100 trên 9000000 hộ) khác tổng các tổ (100 trên 150 hộ)',
      'one group twice': 'số liệu không hợp lý: tổ "to-1" có mặt hai lần',
      'a group of implausible size': `số liệu không hợp lý: tổ "to-1" có ${big - 50} hộ, nhiều hơn 20000 hộ mà một tổ dân phố có thể có`,
      'a count past the safe integers': 'số liệu không đúng định dạng',
      'a site with a user name':
        'số liệu không hợp lý: địa chỉ trang "https://phuong-a.example@evil.example/" phải bắt đầu bằng https:// và không chứa tên người dùng',
      'a site on another host':
        'số liệu không hợp lý: địa chỉ trang "https://evil.example/" không cùng tên miền với nơi đăng số liệu',
      'a site over http':
        'số liệu không hợp lý: địa chỉ trang "http://phuong-a.example/" phải bắt đầu bằng https:// và không chứa tên người dùng',
      'joined above the total':
        'số liệu không hợp lý: ở "groups.to-1", số tham gia (101) nhiều hơn tổng số (100)',
    });
  });
});

/** A stand-in for the network: each address answers as `routes` says; every call is noted. */
function network(routes: Record<string, () => Response>) {
  const calls: string[] = [];
  const stub = (async (url: string) => {
    calls.push(url);
    const route = routes[url];
    return route ? route() : new Response('', { status: 404 });
  }) as unknown as typeof fetch;
  return { calls, stub };
}
const redirect = (to: string) => () =>
  new Response(null, { status: 302, headers: { location: to } });
const json = (feed: unknown) => () => new Response(JSON.stringify(feed));
const ward = { name: 'Phường A', feed: FEED_URL };
const base = { concurrency: 1, timeoutSeconds: 1, retries: 0, today: TODAY };
/** Names resolve as on the internet; "noi-bo.example" to the cloud's metadata address. */
const lookup = async (host: string) =>
  host === 'noi-bo.example' ? ['169.254.169.254'] : ['93.184.215.14'];

describe('reading a feed', () => {
  it('follows a redirect on the feed’s own host', async () => {
    const moved = 'https://phuong-a.example/moi/so-lieu.json';
    const { calls, stub } = network({
      [FEED_URL]: redirect('/moi/so-lieu.json'),
      [moved]: json(good),
    });
    expect(await fetchFeed(ward, { ...base, fetch: stub, lookup })).toEqual({ ward, feed: good });
    expect(calls).toEqual([FEED_URL, moved]);
  });

  it('never follows one to another host, a private address or the cloud’s metadata', async () => {
    for (const [to, detail] of [
      ['http://127.0.0.1:8766/secret', 'http://127.0.0.1:8766'],
      ['http://169.254.169.254/latest/meta-data/', 'http://169.254.169.254'],
      ['https://evil.example/so-lieu.json', 'https://evil.example'],
      ['http://phuong-a.example/tien-do/so-lieu.json', 'http://phuong-a.example'],
    ]) {
      const { calls, stub } = network({ [FEED_URL]: redirect(to!), [to!]: json(good) });
      const result = await fetchFeed(ward, { ...base, fetch: stub, lookup });
      expect(result).toEqual({ ward, problem: { kind: 'redirect', detail } });
      expect(calls).toEqual([FEED_URL]);
      expect(problemText((result as { problem: FetchProblem }).problem)).toBe(
        `chuyển hướng sang địa chỉ khác (${detail}), không đọc`,
      );
    }
  });

  it('reads nothing from a host that resolves to a private address, unless the tests allow it', async () => {
    const inside = { name: 'Phường B', feed: 'https://noi-bo.example/tien-do/so-lieu.json' };
    const loopback = { name: 'Phường C', feed: 'http://127.0.0.1:4330/0/tien-do/so-lieu.json' };
    const { calls, stub } = network({});
    expect(await fetchFeed(inside, { ...base, fetch: stub, lookup })).toMatchObject({
      problem: { kind: 'private-address', detail: 'noi-bo.example → 169.254.169.254' },
    });
    expect(await fetchFeed(loopback, { ...base, fetch: stub, lookup })).toMatchObject({
      problem: { kind: 'private-address', detail: '127.0.0.1:4330 → 127.0.0.1' },
    });
    expect(calls).toEqual([]);
    // The tests' loopback server, named: read (and here not found).
    expect(
      await fetchFeed(loopback, {
        ...base,
        fetch: stub,
        lookup,
        allowPrivateHosts: ['127.0.0.1:4330'],
      }),
    ).toMatchObject({ problem: { kind: 'unreachable', detail: 'HTTP 404' } });
  });

  it('stops reading a body past 5 MB while it streams', async () => {
    let pulled = 0;
    const endless = () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            pulled++;
            controller.enqueue(new Uint8Array(1_000_000).fill(32));
          },
        }),
      );
    const { stub } = network({ [FEED_URL]: endless });
    expect(await fetchFeed(ward, { ...base, fetch: stub, lookup })).toMatchObject({
      problem: { kind: 'too-large', detail: '5 MB' },
    });
    // 5 chunks of 1 MB fit; the 6th passes the limit; no more than a chunk or two of read-ahead.
    expect(pulled).toBeLessThanOrEqual(8);
  });

  it('tells private and loopback addresses from public ones', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:169.254.169.254',
    ])
      expect([address, isPrivateAddress(address)]).toEqual([address, true]);
    for (const address of ['93.184.215.14', '8.8.8.8', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'])
      expect([address, isPrivateAddress(address)]).toEqual([address, false]);
  });
});
