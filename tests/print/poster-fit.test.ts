/**
 * A poster survives the longest group name the schema allows: the built poster page is opened in
 * Chromium as the print step does, its group name replaced by a name of GROUP_NAME_MAX characters,
 * printed to PDF and read back. One page; the group's code, the hotline and the Zalo code all on
 * it; every line read from a step away at 12 pt or more on A4; every QR code 40 mm or more with
 * modules of 1 mm or more. The A4 pages are kept as PNGs in the test's temporary folder. A short
 * name leaves room that the steps and the code grow into, and they still cover nothing.
 */
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { serve } from '../../scripts/serve.ts';
import { QUIET_ZONE } from '../../src/lib/print/qr.ts';
import { readSite } from '../../src/lib/content-rules/site-file.ts';
import { titleParts } from '../../src/lib/content-rules/text.ts';
import { absoluteUrl } from '../../src/lib/site/urls.ts';
import { GROUP_NAME_MAX } from '../../src/schemas/tables.ts';
import { decodeAll, pdfInfo, pdfText, pxToMm, rasterise } from '../../scripts/checks/pdf.ts';
import { posterClashes } from './poster-layout.ts';

/** 80 characters, counted by hand: a real-looking name with a ward and a residential area. */
const LONGEST = 'Tổ dân phố số 12 – Khu dân cư Nghĩa Xá Đông, liên khu Lam Sơn, phường Lê Chân cũ';
const site = readSite();
const base = new URL(site.site.url).pathname;
const out = mkdtempSync(path.join(tmpdir(), 'poster-fit-'));
let server: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  server = await serve({ dir: 'dist', host: '127.0.0.1', port: 0 });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

it('the test name is exactly as long as the schema allows', () => {
  expect(LONGEST.length).toBe(80);
  expect(GROUP_NAME_MAX).toBe(LONGEST.length);
});

describe.each(['a4', 'a3'] as const)('%s poster of the longest allowed name', (size) => {
  it('fits one page with its code, the hotline and the Zalo code, in large type', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}in-an/ap-phich/to-1/${size}/`);
    // The name as the build writes it: its parts (titleParts) each in a copy of the kept span.
    await page.evaluate(async (parts) => {
      const holder = document.querySelector('.group-name')!;
      const model = holder.querySelector('.kept')!;
      holder.replaceChildren(
        ...parts.flatMap((part, index) => {
          const span = model.cloneNode() as HTMLElement;
          span.textContent = part;
          return index ? [' ', span] : [span];
        }),
      );
      await document.fonts.ready;
    }, titleParts(LONGEST));
    // Nothing is pushed past the bottom of the sheet (which would clip it) or over the warning.
    expect(await posterClashes(page)).toEqual([]);
    if (size === 'a4') {
      // 12 pt is 16 CSS px: the hotline and its label, the address under each code, the
      // anti-scam line, the help place and time.
      const small = await page.evaluate(() =>
        [
          ...document.querySelectorAll(
            '.help p, .qr-code-url, .qr-code figcaption p, .group-name, .steps li',
          ),
        ]
          .filter((node) => parseFloat(getComputedStyle(node).fontSize) < 16)
          .map((node) => `${node.getAttribute('class')}: ${getComputedStyle(node).fontSize}`),
      );
      expect(small).toEqual([]);
    }
    // Exactly, in the page: every code's square is 40 mm (151.2 CSS px) or more.
    const widths = await page.evaluate(() =>
      [...document.querySelectorAll('.qr-code svg')].map(
        (svg) => svg.getBoundingClientRect().width,
      ),
    );
    expect(widths.length).toBe(site.help.zalo ? 2 : 1);
    for (const width of widths) expect(width).toBeGreaterThanOrEqual((40 / 25.4) * 96 - 0.01);
    const file = path.join(out, `${size}.pdf`);
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    if (process.env.POSTER_FIT_PNG)
      await page.screenshot({ path: `${process.env.POSTER_FIT_PNG}-${size}.png`, fullPage: true });
    await page.close();

    expect(pdfInfo(file).pages).toBe(1);
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain(LONGEST);
    expect(text).toContain(site.help.hotline.number);
    // A3's modules are √2 larger: 100 dpi reads them and keeps the decoding quick.
    const dpi = size === 'a4' ? 150 : 100;
    const codes = decodeAll(rasterise(file, 1, dpi));
    const texts = codes.map((code) => code.text);
    expect(texts).toContain(absoluteUrl(site.site.url, '/to-dan-pho/to-1/'));
    if (site.help.zalo) expect(texts).toContain(site.help.zalo.url);
    // Measured on the raster, to within one pixel of it (0.17 mm at 150 dpi).
    const pixel = pxToMm(1, dpi);
    for (const code of codes) {
      const moduleMm = pxToMm(code.modulePx, dpi);
      const widthMm = (code.modules + 2 * QUIET_ZONE) * moduleMm;
      expect(moduleMm, code.text).toBeGreaterThanOrEqual(1 - pixel / code.modules);
      expect(widthMm, code.text).toBeGreaterThanOrEqual(40 - pixel);
    }
  });
});

describe.each([
  ['a4', 1],
  ['a3', Math.SQRT2],
] as const)('%s poster of a short name', (size, scale) => {
  it('prints the steps and the code larger in the room the name leaves', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}in-an/ap-phich/to-1/${size}/`);
    await page.evaluate(() => document.fonts.ready);
    expect(await posterClashes(page)).toEqual([]);
    const sizes = await page.evaluate(() => ({
      step: parseFloat(getComputedStyle(document.querySelector('.steps li')!).fontSize),
      code: document.querySelector('.main .qr-code svg')!.getBoundingClientRect().width,
    }));
    await page.close();
    // 12 pt (16 px) on A4, ×1.15 as regular, ×1.3 or more here; the code 72 mm as regular, 84 or
    // more here (96 CSS px to 25.4 mm).
    expect(sizes.step).toBeGreaterThanOrEqual(16 * scale * 1.3 - 0.01);
    expect(sizes.code).toBeGreaterThanOrEqual((84 * scale * 96) / 25.4 - 0.1);
  });
});
