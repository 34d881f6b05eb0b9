/**
 * A poster whose group has long help texts still reads whole: built from its own fixture
 * (tests/fixtures/long-texts: a 78-character leader's name, a hall and hours on two lines or more,
 * a Zalo group with a 13-character code), printed to PDF as the print step does and read back.
 * The Zalo address is printed as typed, without `https://`, on at most two lines, broken only
 * after a slash and never inside the group's code; the poster is one page, nothing is cut off or
 * covered, and both codes decode.
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
import { astro } from '../build/astro.ts';
import { decodeAll, pdfInfo, pdfText, rasterise } from '../../scripts/checks/pdf.ts';
import { posterClashes } from './poster-layout.ts';

const FIXTURE = 'tests/fixtures/long-texts';
// Written out by hand from the fixture's site.yaml and groups.csv.
const GROUP_PAGE = 'https://congdanso.lechan.example/to-dan-pho/to-12/';
const ZALO = 'https://zalo.me/g/lechan2025cds';
const ZALO_AS_PRINTED = 'zalo.me/g/lechan2025cds';
const ZALO_CODE = 'lechan2025cds';
const LEADER = 'Nguyễn Thị Thu Phương (Bí thư Chi bộ kiêm Tổ trưởng tổ dân phố số 12 Nghĩa Xá)';

const outDir = mkdtempSync(path.join(tmpdir(), 'long-texts-'));
const pdfDir = mkdtempSync(path.join(tmpdir(), 'long-texts-pdf-'));
let server: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  const run = astro(['build', '--outDir', outDir], { SITE_CONTENT: FIXTURE });
  expect(run.status, run.output).toBe(0);
  server = await serve({ dir: outDir, host: '127.0.0.1', port: 0, base: '/' });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
});

it('the fixture is as long as the test says', () => {
  expect(ZALO_CODE).toHaveLength(13);
  expect(LEADER).toHaveLength(78);
});

/**
 * The lines of the printed text that hold the address, from the one where it starts until it is
 * complete: [] when it does not start on any line.
 */
function addressLines(text: string, address: string): string[] {
  const lines = text.split('\n').map((line) => line.trim());
  const start = lines.findIndex((line) => line.length > 0 && address.startsWith(line));
  if (start < 0) return [];
  const found: string[] = [];
  for (const line of lines.slice(start)) {
    found.push(line);
    if (found.join('').length >= address.length) break;
  }
  return found;
}

describe.each(['a4', 'a3'] as const)('%s poster of a group with long help texts', (size) => {
  it('prints the Zalo address whole, on one page, with both codes readable', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}in-an/ap-phich/to-12/${size}/`);
    await page.evaluate(() => document.fonts.ready);
    expect(await posterClashes(page)).toEqual([]);
    const file = path.join(pdfDir, `${size}.pdf`);
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    await page.close();

    expect(pdfInfo(file).pages).toBe(1);
    const text = pdfText(file);
    expect(text.replace(/\s+/g, ' ')).toContain(LEADER);
    expect(text).not.toContain('https://zalo');
    const lines = addressLines(text, ZALO_AS_PRINTED);
    expect(lines.join('')).toBe(ZALO_AS_PRINTED);
    expect(lines.length).toBeLessThanOrEqual(2);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/\/$/);
    expect(lines.at(-1)).toContain(ZALO_CODE);

    const dpi = size === 'a4' ? 150 : 100;
    const texts = decodeAll(rasterise(file, 1, dpi)).map((code) => code.text);
    expect(texts).toContain(GROUP_PAGE);
    expect(texts).toContain(ZALO);
  });
});
