/**
 * Page weight as a phone gets it: one page of each kind, found in the built sitemap, loaded in
 * Chromium with the Pixel 5 profile and an empty cache; each response's bytes as the server sends
 * them (gzip level 6 for text), by kind. Scripts written into the page count as JavaScript. On the
 * guide, also the "Nghe" player before and on its press (listen.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { devices } from 'playwright-core';
import { launchChromium } from '../chromium.ts';
import { listenNote, measureListen, type ListenFigures } from './listen.ts';
import type { Findings } from './report.ts';

export interface Target {
  kind: string;
  path?: string;
}

/** One page of each kind, found in the built sitemap by its address. */
export function targets(dist: string): Target[] {
  const paths = readdirSync(dist)
    .filter((file) => /^sitemap-\d+\.xml$/.test(file))
    .flatMap((file) =>
      [...readFileSync(path.join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
        (match) => new URL(match[1]!).pathname,
      ),
    );
  const base = paths.find((page) => paths.every((other) => other.startsWith(page))) ?? '/';
  const item = (prefix: string) =>
    paths.find(
      (page) => page.startsWith(`${base}${prefix}`) && page.length > `${base}${prefix}`.length,
    );
  return [
    { kind: 'home', path: base },
    { kind: 'group', path: item('to-dan-pho/') },
    { kind: 'guide', path: item('huong-dan/') },
    { kind: 'story', path: item('cau-chuyen/') },
    { kind: 'news', path: item('tin-tuc/') },
    { kind: 'search', path: paths.find((page) => page === `${base}tim-kiem/`) },
    { kind: 'self-check', path: paths.find((page) => page === `${base}tu-kiem-tra/`) },
  ];
}

export const KINDS = ['html', 'css', 'js', 'font', 'image', 'other'] as const;
export type Kind = (typeof KINDS)[number];

export function kindOf(resourceType: string, contentType: string): Kind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'font') return 'font';
  if (resourceType === 'image') return 'image';
  if (/javascript/.test(contentType)) return 'js';
  return 'other';
}

/** Bytes on the wire: text gzipped (as nginx's gzip_comp_level 6), compressed formats as they are. */
export function wireBytes(body: Buffer, contentType: string): number {
  const alreadyCompressed = body[0] === 0x1f && body[1] === 0x8b;
  const text = /text|javascript|json|xml|svg|wasm/.test(contentType);
  return text && !alreadyCompressed ? gzipSync(body, { level: 6 }).length : body.length;
}

export interface Weight {
  label: string;
  bytes: Record<Kind, number>;
  requests: number;
  pagefind: boolean;
  /** On a guide: what the "Nghe" player costs before and on its press. */
  listen?: ListenFigures;
}

export async function measureWeights(
  origin: string,
  list: Target[],
  findings: Findings,
): Promise<Weight[]> {
  const browser = await launchChromium();
  const weights: Weight[] = [];
  try {
    for (const target of list) {
      if (!target.path) continue;
      const runs = target.kind === 'search' ? [false, true] : [false];
      for (const query of runs) {
        const context = await browser.newContext({ ...devices['Pixel 5'] });
        const page = await context.newPage();
        const bodies: Promise<void>[] = [];
        const weight: Weight = {
          label: query ? `${target.kind} + query` : target.kind,
          bytes: { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 },
          requests: 0,
          pagefind: false,
        };
        page.on('response', (response) => {
          weight.requests++;
          if (new URL(response.url()).pathname.includes('/pagefind/')) weight.pagefind = true;
          const contentType = response.headers()['content-type'] ?? '';
          const kind = kindOf(response.request().resourceType(), contentType);
          bodies.push(
            response.body().then(
              (body) => void (weight.bytes[kind] += wireBytes(body, contentType)),
              () => undefined,
            ),
          );
        });
        await page.goto(`${origin}${target.path}`, { waitUntil: 'networkidle' });
        if (query) {
          if ((await page.getByRole('searchbox').count()) === 0) {
            findings.notes.push(
              'search: the page has no search box (role searchbox), no query measured',
            );
            await context.close();
            continue;
          }
          await page.getByRole('searchbox').first().fill('dang ky');
          await page.waitForLoadState('networkidle');
          await page.waitForTimeout(500);
        }
        await Promise.all(bodies);
        // Scripts written into the page count as JavaScript, not HTML: the budget is on both.
        const inline = await page.evaluate(() =>
          [...document.querySelectorAll('script:not([src])')]
            .map((script) => script.textContent)
            .join('\n'),
        );
        const inlineBytes = inline ? gzipSync(inline, { level: 6 }).length : 0;
        weight.bytes.js += inlineBytes;
        weight.bytes.html = Math.max(0, weight.bytes.html - inlineBytes);
        weights.push(weight);
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  const guide = weights.find((weight) => weight.label === 'guide');
  const listenOn = list.find((target) => target.kind === 'guide')?.path;
  if (guide && listenOn) {
    guide.listen = await measureListen(origin, listenOn);
    findings.notes.push(listenNote(guide.listen));
  }
  return weights;
}
