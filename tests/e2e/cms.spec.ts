/**
 * The content editor at /quan-tri/ (Sveltia CMS, written by src/integrations/cms.ts): served by the
 * site itself with its own policy, in Vietnamese whatever the browser's language, and kept apart
 * from the public site. Runs once (desktop): the editor is for office computers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { launchOptions } from '../../scripts/chromium.ts';
import { sitemapPaths } from './site.ts';

test.skip(({ isMobile }) => isMobile, 'the editor is used on office computers');

test('opening /quan-tri/ asks no other origin for anything before sign-in, and shows Vietnamese', async ({
  browser,
  baseURL,
}) => {
  // An English browser: the editor must still speak Vietnamese.
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
      foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/quan-tri/');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
  expect(headers['content-security-policy']).not.toContain('unsafe-eval');
  expect(headers['x-robots-tag']).toContain('noindex');
  expect(await response!.text()).toContain('<meta name="robots" content="noindex, nofollow">');

  await expect(page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole('button', { name: 'Đăng nhập bằng mã truy cập' })).toBeVisible();
  // The icon font is the site's own file and has loaded (icons are ligatures of this font).
  expect(
    await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('24px "Material Symbols Outlined"', 'menu');
    }),
  ).toBe(true);
  await page.waitForLoadState('networkidle');
  expect(foreign, 'requests to other origins').toEqual([]);
  expect(violations, 'blocked by the policy').toEqual([]);
  await context.close();
});

test('public pages keep the strict policy and never lead to the editor', async ({ request }) => {
  const home = await request.get('/');
  expect(home.headers()['content-security-policy']).not.toContain('unsafe-inline');
  expect(sitemapPaths().filter((page) => page.startsWith('/quan-tri'))).toEqual([]);
  const linking = readdirSync('dist', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('quan-tri'))
    // The table checker (/quan-tri/kiem-tra-bang/) is a staff tool linked from the staff sections;
    // the editor itself is linked from nowhere.
    .filter((file) =>
      readFileSync(path.join('dist', file), 'utf8')
        .replaceAll('quan-tri/kiem-tra-bang/', '')
        .includes('quan-tri'),
    );
  expect(linking, 'pages that mention /quan-tri/').toEqual([]);
  // Pagefind indexes only pages with data-pagefind-body once any page has it: the editor has none.
  expect(readFileSync('dist/index.html', 'utf8')).toContain('data-pagefind-body');
  expect(readFileSync('dist/quan-tri/index.html', 'utf8')).not.toContain('data-pagefind-body');
});

test('opened over plain http on another host, the editor says in Vietnamese that it needs https', async ({
  baseURL,
}) => {
  // The site's own server under a name that is not this computer's (as a ward's office might open
  // http://192.168.1.10/quan-tri/): the browser does not count it as a secure address.
  const host = 'phuong-ngo-quyen.test';
  const browser = await chromium.launch({
    ...launchOptions,
    args: [...(launchOptions.args ?? []), `--host-resolver-rules=MAP ${host} 127.0.0.1`],
  });
  try {
    const page = await browser.newPage({ locale: 'en-US' });
    const address = new URL('/quan-tri/', baseURL);
    address.hostname = host;
    await page.goto(address.href);
    await expect(page.getByText('Trang quản trị chỉ mở được qua địa chỉ bảo mật')).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.locator('body')).not.toContainText('HTTPS');
  } finally {
    await browser.close();
  }
});
