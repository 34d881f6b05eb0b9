/**
 * Every page of the built sitemap, every print page and the 404 page through axe, at the phone and the desktop
 * width (the two Playwright projects), against WCAG 2.0–2.2 A and AA.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { NOT_FOUND_PATH, printPagePaths, sitemapPaths } from './site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const pagePath of [...sitemapPaths(), ...printPagePaths(), NOT_FOUND_PATH]) {
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
