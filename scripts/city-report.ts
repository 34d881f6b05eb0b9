/**
 * Prints the city hub's report (dist-city/bao-cao/) to an A4 PDF with the project's Chromium
 * (scripts/chromium.ts), in the project's own font, Be Vietnam Pro, shipped beside the page: the
 * printer never uses a system font. The page is served to the browser from the folder through
 * Playwright's routing, at an address that never reaches a network.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { packageDir } from '../src/lib/site/paths.ts';
import { launchChromium } from './chromium.ts';

const FONTS = packageDir('@fontsource/be-vietnam-pro');
const SUBSETS = ['vietnamese', 'latin-ext', 'latin'];
export const ORIGIN = 'http://city-hub.invalid';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The @font-face rules of the report's weights, their fonts copied into `out/fonts/`. */
export function reportFonts(out: string): string {
  mkdirSync(path.join(out, 'fonts'), { recursive: true });
  const rules: string[] = [];
  for (const weight of [400, 700]) {
    const css = readFileSync(path.join(FONTS, `${weight}.css`), 'utf8');
    for (const rule of css.match(/@font-face\s*\{[^}]*\}/g) ?? []) {
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(rule)?.[1];
      if (!file || !SUBSETS.some((subset) => file.includes(`-${subset}-${weight}-`))) continue;
      copyFileSync(path.join(FONTS, 'files', file), path.join(out, 'fonts', file));
      rules.push(rule.replace(/src:[^;]*;/, `src: url(fonts/${file}) format('woff2');`));
    }
  }
  return `${rules.join('\n')}\n`;
}

/** The folder's files, to a tab, at ORIGIN; nothing else is answered (no network). */
export async function serveFolder(tab: Page, out: string): Promise<void> {
  await tab.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const file = path.join(out, decodeURIComponent(url.pathname).replace(/\/$/, '/index.html'));
    if (url.origin !== ORIGIN || !existsSync(file)) return route.fulfill({ status: 404 });
    await route.fulfill({
      body: readFileSync(file),
      contentType: TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
  });
}

/** Prints `out/<page>` to `out/<pdf>`. */
export async function printReport(out: string, page: string, pdf: string): Promise<void> {
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    await serveFolder(tab, out);
    await tab.goto(`${ORIGIN}/${page.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
    const fontReady = await tab.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some(
        (face) => face.family.replace(/"/g, '') === 'Be Vietnam Pro' && face.status === 'loaded',
      );
    });
    if (!fontReady) throw new Error('city report: the Be Vietnam Pro font did not load');
    await tab.pdf({
      path: path.join(out, pdf),
      preferCSSPageSize: true,
      printBackground: true,
    });
  } finally {
    await browser.close();
  }
}
