/**
 * The city hub reading 114 generated ward feeds served on 127.0.0.1, fourteen failing each its own
 * way: connection refused, a broken body, another format, no answer, and the hostile or careless
 * feeds of docs/trust-boundaries.md (a redirect to another host or to the cloud's metadata, an
 * endless body, an impossible date, a date in 2099, a total that is not the sum of its groups, one
 * group 50 times, 9,007,199,254,740,991 households, a site with a user name; and a broken feed from
 * a ward named "constructor"). The page shows the totals of the other 100, worked out here from the
 * generated groups (not by the hub's roll-up), names the fourteen with what went wrong in
 * Vietnamese, logs one line each, and a ward failing at the next build shows its last good
 * figures, marked. Network: loopback only; the hub is told the loopback hosts of the test's own
 * server (`allowPrivateHosts`), as it reads no private address otherwise.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildCity } from '../../scripts/build-city.ts';
import { launchChromium } from '../../scripts/chromium.ts';
import { ORIGIN, serveFolder } from '../../scripts/city-report.ts';
import {
  generateFeed,
  refusedPort,
  serveFeeds,
  type Failure,
} from '../../scripts/bench/city-feeds.ts';

const WARDS = 114;
const FAILING = new Map<number, Failure>([
  [3, 'refused'],
  [8, 'redirect-away'],
  [15, 'redirect-metadata'],
  [22, 'huge'],
  [29, 'bad-date'],
  [36, 'future'],
  [40, 'malformed'],
  [50, 'total'],
  [57, 'duplicate'],
  [64, 'unsafe'],
  [71, 'userinfo-site'],
  [77, 'other-format'],
  [85, 'malformed'],
  [101, 'timeout'],
]);
/** A ward's name is a key like any other, "constructor" included. */
const wardName = (index: number) => (index === 85 ? 'constructor' : feeds[index]!.ward);
const feeds = Array.from({ length: WARDS }, (_, index) => generateFeed(index));
const server = await serveFeeds(feeds, FAILING);
afterAll(() => server.close());

const folder = mkdtempSync(path.join(tmpdir(), 'city-'));
const out = path.join(folder, 'out');
const cacheFile = path.join(folder, 'cache', 'feeds.json');
function writeCity(urls: (index: number) => string) {
  const wards = feeds.map((_, index) => `  - name: ${wardName(index)}\n    feed: ${urls(index)}\n`);
  writeFileSync(
    path.join(folder, 'city.yaml'),
    'city:\n  name: Thành phố Thử\n  title: Công dân số – toàn thành phố Thử\n' +
      '  url: https://thanh-pho.example/\nfetch:\n  timeoutSeconds: 1\n' +
      `wards:\n${wards.join('')}`,
  );
}
writeCity(server.url);

/** Counts the Vietnamese way, by hand: 12.345. */
const dots = (value: number) => String(value).replace(/\B(?=(\d{3})+$)/g, '.');
/** Rounded down to one decimal, with a comma, by hand. */
function percent(joined: number, total: number): string {
  const tenths = Math.floor((joined * 1000) / total);
  return tenths % 10 === 0 ? `${tenths / 10}%` : `${Math.floor(tenths / 10)},${tenths % 10}%`;
}

// The expected figures, from the generated groups of the 110 wards that answer.
const good = feeds.filter((_, index) => !FAILING.has(index));
const groups = good.flatMap((feed) => feed.groups);
const reported = groups.filter((group) => group.households !== null);
const households = reported.reduce((sum, group) => sum + group.households!, 0);
const joined = reported.reduce((sum, group) => sum + group.joined!, 0);
const met = reported.filter((group) => group.joined! * 100 >= 70 * group.households!).length;
const officials = good.flatMap((feed) => (feed.officials ? [feed.officials] : []));
const officialsTotal = officials.reduce((sum, item) => sum + item.total, 0);
const officialsJoined = officials.reduce((sum, item) => sum + item.joined, 0);
const newest = good
  .map((feed) => feed.asOf!)
  .sort()
  .at(-1)!;
const stale = good.filter(
  (feed) => (Date.parse(newest) - Date.parse(feed.asOf!)) / 86_400_000 > 7,
).length;

/** A build at the given time, its log lines and the page's text. */
async function build(
  now: string,
  hosts = server.hosts,
): Promise<{ lines: string[]; html: string; text: string }> {
  const lines: string[] = [];
  await buildCity({
    folder,
    out,
    cacheFile,
    now: new Date(now),
    log: (line) => lines.push(line),
    allowPrivateHosts: hosts,
  });
  const html = readFileSync(path.join(out, 'index.html'), 'utf8');
  return { lines, html, text: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') };
}

// How long it takes is the benchmark's to measure (npm run bench:city), not a test's.
const { lines, html, text } = await build('2025-11-12T03:00:00Z');

it('shows the exact totals of the 100 wards that answered well', () => {
  expect(good).toHaveLength(100);
  expect(text).toContain(
    `${dots(joined)} trên ${dots(households)} hộ gia đình đã có người tham gia: ${percent(joined, households)}.`,
  );
  expect(text).toContain(
    `${dots(met)} trên ${dots(groups.length)} tổ dân phố đã đạt chỉ tiêu 70%.`,
  );
  expect(text).toContain(
    `${dots(officialsJoined)} trên ${dots(officialsTotal)} cán bộ, công chức, viên chức đã tham gia: ${percent(officialsJoined, officialsTotal)}.`,
  );
  expect(text).toContain('Tổng hợp từ 100 trên 114 phường, xã.');
  expect(html.match(/<tbody>[\s\S]*<\/tbody>/)![0].match(/<tr>/g)).toHaveLength(100);
});

it('names the fourteen failing wards with what went wrong in Vietnamese, counted nowhere', () => {
  const { port } = new URL(server.url(0));
  const total = (index: number) =>
    feeds[index]!.groups.reduce((sum, group) => sum + (group.households ?? 0), 0);
  const joinedOf = (index: number) => feeds[index]!.households.joined;
  const first = (index: number) => feeds[index]!.groups.find((group) => group.households !== null)!;
  for (const line of [
    'Phường Thử 4 : không đọc được số liệu',
    `Phường Thử 9 : chuyển hướng sang địa chỉ khác (http://localhost:${port}), không đọc`,
    'Phường Thử 16 : chuyển hướng sang địa chỉ khác (http://169.254.169.254), không đọc',
    'Phường Thử 23 : tệp số liệu quá lớn (hơn 5 MB)',
    'Phường Thử 30 : số liệu không hợp lý: ngày "2025-19-45" không có trên lịch',
    'Phường Thử 37 : số liệu không hợp lý: ngày 2099-12-31 sau ngày hôm nay (2025-11-12)',
    'Phường Thử 41 : số liệu không đúng định dạng',
    `Phường Thử 51 : số liệu không hợp lý: tổng của phường (${joinedOf(50)} trên 9000000 hộ) khác tổng các tổ (${joinedOf(50)} trên ${total(50)} hộ)`,
    `Phường Thử 58 : số liệu không hợp lý: tổ "${first(57).code}" có mặt hai lần`,
    `Phường Thử 65 : số liệu không hợp lý: tổ "${first(64).code}" có 9007199254740991 hộ, nhiều hơn 20000 hộ mà một tổ dân phố có thể có`,
    'Phường Thử 72 : số liệu không hợp lý: địa chỉ trang "https://congdanso.haiphong.gov.vn@evil.example/" phải bắt đầu bằng https:// và không chứa tên người dùng',
    'Phường Thử 78 : định dạng khác: cong-dan-so-tien-do/2',
    'constructor : số liệu không đúng định dạng',
    'Phường Thử 102 : quá thời gian chờ',
  ])
    expect(text).toContain(line.replace(/"/g, '&#34;'));
  const tableBody = html.match(/<tbody>[\s\S]*<\/tbody>/)![0];
  for (const index of FAILING.keys()) expect(tableBody).not.toContain(`>${wardName(index)}<`);
});

it('logs one line per failing ward, and the totals', () => {
  const failing = lines.filter((line) => / – http/.test(line));
  expect(failing).toHaveLength(14);
  // Each in Vietnamese: no English words inside the line (HTTP codes and addresses aside).
  for (const line of failing)
    expect(line.replace(/ – http\S+$/, '')).not.toMatch(
      /\b(characters|expected|invalid|joined|total|Too|Not)\b/,
    );
  expect(failing.join('\n')).toMatch(/Phường Thử 102: quá thời gian chờ/);
  expect(lines).toContain(
    `city: ${dots(joined)} trên ${dots(households)} hộ gia đình đã có người tham gia: ${percent(joined, households)}.`,
  );
});

it('marks the wards whose figures are more than 7 days older than the newest', () => {
  expect(stale).toBeGreaterThan(0);
  expect(text.match(/Số liệu cũ/g) ?? []).toHaveLength(stale);
});

it('offers the table as CSV and Excel, with the same total', () => {
  const csv = readFileSync(path.join(out, 'so-lieu-phuong.csv'), 'utf8').split('\r\n');
  expect(csv).toHaveLength(1 + 100 + 1 + 1);
  expect(csv.at(-2)).toMatch(new RegExp(`^Thành phố Thử,,${households},${joined},`));
  expect(readFileSync(path.join(out, 'so-lieu-phuong.xlsx')).subarray(0, 2).toString()).toBe('PK');
});

it('offers the city report as an A4 PDF with the same totals and the fourteen names', () => {
  expect(html).toContain('href="bao-cao-thanh-pho.pdf"');
  const pdf = path.join(out, 'bao-cao-thanh-pho.pdf');
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:.*\(A4\)/);
  expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/BeVietnamPro/);
  const printed = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(printed).toContain('BÁO CÁO');
  expect(printed).toContain(
    `${dots(joined)} trên ${dots(households)} hộ gia đình đã có người tham gia: ${percent(joined, households)}.`,
  );
  expect(printed).toContain(
    `${dots(met)} trên ${dots(groups.length)} tổ dân phố đã đạt chỉ tiêu 70%.`,
  );
  for (const index of FAILING.keys()) expect(printed).toContain(wardName(index));
});

it('keeps to the budgets of a content page: no script, 16 kB compressed, no axe violation on a phone', async () => {
  expect(html).not.toContain('<script');
  const weight = ['index.html', 'city.css']
    .map((file) => gzipSync(readFileSync(path.join(out, file))).length)
    .reduce((a, b) => a + b);
  expect(weight).toBeLessThan(16 * 1024);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await serveFolder(page, out);
    await page.goto(`${ORIGIN}/`);
    // The page and its style sheet were served: axe judges the page as a reader gets it.
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Công dân số – toàn thành phố Thử');
    expect(await page.locator('h1').evaluate((h1) => getComputedStyle(h1).color)).toBe(
      'rgb(155, 28, 28)',
    );
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  } finally {
    await browser.close();
  }
});

it('shows a ward that fails at the next build with its last good figures, marked', async () => {
  const down = await refusedPort();
  writeCity((index) =>
    index === 0 ? `http://127.0.0.1:${down}/0/tien-do/so-lieu.json` : server.url(index),
  );
  // Its port is on loopback too: named, as the tests name every loopback host they serve on.
  const { lines: again, text: next } = await build('2025-11-12T04:00:00Z', [
    ...server.hosts,
    `127.0.0.1:${down}`,
  ]);
  // Still counted: the totals are those of the first build.
  expect(next).toContain(`${dots(joined)} trên ${dots(households)} hộ gia đình`);
  expect(next).toContain('Số liệu đọc lần trước, ngày 12/11/2025');
  expect(next).toContain(
    'Phường Thử 1 : không đọc được số liệu (đang dùng số liệu đọc được lần trước)',
  );
  expect(again.filter((line) => / – http/.test(line))).toHaveLength(15);
});
