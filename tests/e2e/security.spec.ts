/**
 * Every page, served with the headers of dist/_headers as a static host sends them (scripts/serve.ts),
 * and again with no headers at all (GitHub Pages), when only the policy <meta> of each page protects it:
 * the Content-Security-Policy blocks nothing the site needs, and no page asks another origin for
 * anything. Pages come from the built sitemap, the print jobs and the 404 page, so pages added
 * later are checked without a change here.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { serve } from '../../scripts/serve.ts';
import { NOT_FOUND_PATH, printPagePaths, sitemapPaths } from './site.ts';

const PAGES = [...sitemapPaths(), ...printPagePaths(), NOT_FOUND_PATH];

interface Findings {
  violations: string[];
  foreign: string[];
  errors: string[];
  pagefind: string[];
}

/** Records what the policy refuses, script errors and requests to other origins, per page. */
async function watch(page: Page, origin: string): Promise<Findings> {
  const findings: Findings = { violations: [], foreign: [], errors: [], pagefind: [] };
  await page.exposeFunction('reportViolation', (text: string) => findings.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void })
        .reportViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy|Refused to/i.test(message.text()))
      findings.violations.push(message.text());
  });
  page.on('pageerror', (error) => findings.errors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:')) return;
    if (new URL(url).origin !== origin) findings.foreign.push(url);
    if (new URL(url).pathname.includes('/pagefind/')) findings.pagefind.push(url);
  });
  return findings;
}

/** A script added to the page after it loaded does not run, and the policy reports it. */
async function expectInjectedScriptRefused(page: Page, findings: Findings) {
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.injected = "yes"';
    document.body.append(script);
  });
  await expect.poll(() => findings.violations.length).toBeGreaterThan(0);
  await expect(page.locator('body')).not.toHaveAttribute('data-injected', 'yes');
}

/** Every page, searched where it has a search box: what the policy blocked, failed or fetched. */
async function loadEveryPage(page: Page, origin: string, served: 'headers' | 'meta only') {
  const findings = await watch(page, origin);
  const problems: string[] = [];
  for (const pagePath of PAGES) {
    const before = {
      violations: findings.violations.length,
      foreign: findings.foreign.length,
      errors: findings.errors.length,
      pagefind: findings.pagefind.length,
    };
    const response = await page.goto(`${origin}${pagePath}`, { waitUntil: 'networkidle' });
    const header = response?.headers()['content-security-policy'];
    if (served === 'headers') expect(header, pagePath).toContain("default-src 'self'");
    else expect(header, pagePath).toBeUndefined();
    // The policy is in the page too, right after the character set, before any style or script.
    const metas = await page.evaluate(() =>
      [...document.head.querySelectorAll('meta[http-equiv]')].map((meta) => ({
        policy: meta.getAttribute('content') ?? '',
        after: meta.previousElementSibling?.outerHTML ?? '',
      })),
    );
    expect(metas, pagePath).toHaveLength(1);
    expect(metas[0]!.policy, pagePath).toContain("default-src 'self'");
    expect(metas[0]!.after, pagePath).toMatch(/^<meta charset=/i);
    // A page with a search box (the search page) is also searched: Pagefind loads its index and
    // WebAssembly then, and must do so under the policy.
    const searchBox = page.getByRole('searchbox');
    const searchable = (await searchBox.count()) > 0;
    if (searchable) {
      await searchBox.first().fill('dang ky');
      await page.waitForLoadState('networkidle');
      // On the search page, the results shown and what they asked for settled: the load state
      // was reached before typing, so waiting for it again returns at once, and the search's
      // requests would be counted against the next page. (Other search boxes filter a list.)
      if (pagePath.startsWith('/tim-kiem/')) {
        await expect(
          page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link').first(),
        ).toBeVisible();
        await page.waitForTimeout(1_000);
      }
    }
    const added = (key: keyof Findings) => findings[key].slice(before[key]);
    for (const text of added('violations')) problems.push(`${pagePath}: CSP: ${text}`);
    for (const text of added('errors')) problems.push(`${pagePath}: script error: ${text}`);
    for (const url of added('foreign')) problems.push(`${pagePath}: request to ${url}`);
    if (!searchable && added('pagefind').length)
      problems.push(`${pagePath}: loads the search index without being the search page`);
  }
  return problems;
}

test('every page loads under the Content-Security-Policy with nothing blocked and nothing from another origin', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(PAGES.length * 5_000 + 30_000);
  expect(await loadEveryPage(page, new URL(baseURL!).origin, 'headers')).toEqual([]);
});

test.describe('served with no headers at all, as GitHub Pages serves it', () => {
  let server: Server;
  let origin: string;
  test.beforeAll(async () => {
    server = await serve({ dir: 'dist', host: '127.0.0.1', port: 0, headers: false });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('every page carries its policy and still loads with nothing blocked', async ({ page }) => {
    test.setTimeout(PAGES.length * 5_000 + 30_000);
    expect(await loadEveryPage(page, origin, 'meta only')).toEqual([]);
  });

  test('the policy in the page refuses an inline script it has no hash for', async ({ page }) => {
    const findings = await watch(page, origin);
    const response = await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    expect(response!.headers()['content-security-policy']).toBeUndefined();
    await expectInjectedScriptRefused(page, findings);
  });
});

test('the policy refuses an inline script it has no hash for and forbids framing by other sites', async ({
  page,
  baseURL,
}) => {
  const findings = await watch(page, new URL(baseURL!).origin);
  const response = await page.goto('/', { waitUntil: 'networkidle' });
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).not.toContain('unsafe-inline');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  await expectInjectedScriptRefused(page, findings);
});
