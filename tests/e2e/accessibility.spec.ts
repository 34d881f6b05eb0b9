/**
 * Every page of the built sitemap, every print page, the 404 and the offline page through axe,
 * at the phone and the desktop width (the two Playwright projects), against WCAG 2.0–2.2 A and AA.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { OFFLINE_PATH } from '../../src/lib/app.ts';
import { TABLE_CHECKER_PATH } from '../../src/lib/tables/check.ts';
import { NOT_FOUND_PATH, printPagePaths, sitemapPaths } from './site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// The offline page is left out of the sitemap but shown to people without a signal; the table
// checker is left out too, but staff use it.
for (const pagePath of [
  ...sitemapPaths(),
  ...printPagePaths(),
  NOT_FOUND_PATH,
  OFFLINE_PATH,
  TABLE_CHECKER_PATH,
]) {
  test(`axe finds no WCAG A/AA violation on ${pagePath}`, async ({ page }) => {
    await page.goto(pagePath);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const summary = results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
    expect(summary).toEqual([]);
  });
}
