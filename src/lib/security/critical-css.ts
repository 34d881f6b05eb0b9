/**
 * First paint in one round trip: the CSS a page uses, written into its <head>, so a phone on a
 * weak connection paints from the HTML alone instead of waiting one more round trip per
 * stylesheet. Only the rules the page can use are written (PurgeCSS, with the page's HTML and the
 * scripts it loads as content), which keeps every page within its weight: the site's stylesheets
 * hold the rules of every page (about 5 kB compressed), a guide uses under half of them.
 *
 * The one place inline styles come from: every <style> the built pages hold is a text this module
 * wrote, and `inlineStylesheets` returns exactly those texts, page by page, so that the
 * Content-Security-Policy lists their hashes (src/integrations/security-headers.ts) without ever
 * collecting them from the built pages.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PurgeCSS } from 'purgecss';
import purgeHtml from 'purgecss-from-html';

/** The project's own stylesheet links: `<link rel="stylesheet" href="{base}_astro/….css">`. */
function stylesheetLinks(base: string): RegExp {
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`<link rel="stylesheet" href="(${escaped}_astro/[^"]+\\.css)"\\s*/?>`, 'g');
}

/**
 * Attributes the browser or a script sets after the page has loaded: rules that test them stay
 * (the phone menu's `<details open>`, a script's `hidden`).
 */
const DYNAMIC_ATTRIBUTES = ['open', 'hidden'];

/**
 * Class names and tag names a script may write (`item.className = 'space-y-1'`,
 * `createElement('mark')`): Tailwind's own pattern for a class candidate, so `md:hidden` is one.
 */
function scriptTokens(content: string): string[] {
  return content.match(/[^<>"'`\s]*[^<>"'`\s:]/g) ?? [];
}

/**
 * The rules of `stylesheets` that the page can use: their selectors match the page's elements,
 * classes, ids and attributes, or a name in one of the `scripts` it runs; with the keyframes,
 * fonts and custom properties those rules use. One text per stylesheet, in order ('' when none).
 */
export async function usedRules(
  stylesheets: readonly string[],
  html: string,
  scripts: readonly string[] = [],
): Promise<string[]> {
  const results = await new PurgeCSS().purge({
    content: [
      { raw: html, extension: 'html' },
      ...scripts.map((raw) => ({ raw, extension: 'js' })),
    ],
    css: stylesheets.map((raw) => ({ raw })),
    extractors: [
      { extractor: purgeHtml, extensions: ['html'] },
      { extractor: scriptTokens, extensions: ['js'] },
    ],
    dynamicAttributes: DYNAMIC_ATTRIBUTES,
    keyframes: true,
    fontFace: true,
    variables: true,
  });
  return results.map((result, index) => withDynamicRules(stylesheets[index]!, result.css.trim()));
}

/**
 * Tailwind's reset that hides a hidden element whatever its class. PurgeCSS judges it by the value
 * "until-found" in it, which no page has, and drops it: a hidden `class="block"` box (the list
 * filter before its script runs, the copy button without JavaScript) would then show.
 */
const HIDDEN_RESET =
  /(?<=^|[{}])\[hidden\]:where\(:not\(\[hidden=["']?until-found["']?\]\)\)\{[^{}]*\}/g;

/** The page's rules, with the hidden reset kept as the stylesheet writes it. */
function withDynamicRules(stylesheet: string, used: string): string {
  const missing = (stylesheet.match(HIDDEN_RESET) ?? []).filter((rule) => !used.includes(rule));
  return `${missing.join('')}${used}`;
}

/** A page with the stylesheets written into it, and the exact text of each <style> it now holds. */
export interface InlinedPage {
  html: string;
  styles: string[];
}

/**
 * Replaces each of the page's own stylesheet links with a <style> holding the rules of that
 * stylesheet the page uses (a link whose rules the page never uses is dropped). `read` gives a
 * stylesheet's text by its path on the site; a link it does not know is kept. `scripts`: the
 * text of the scripts the page runs.
 */
export async function inlineStylesheets(
  html: string,
  base: string,
  read: (href: string) => string | undefined,
  scripts: readonly string[] = [],
): Promise<InlinedPage> {
  const links = [...html.matchAll(stylesheetLinks(base))].filter(
    ([, href]) => read(href!) !== undefined,
  );
  if (links.length === 0) return { html, styles: [] };
  const used = await usedRules(
    links.map(([, href]) => read(href!)!),
    html,
    scripts,
  );
  const written = new Map(links.map(([link], index) => [link, used[index]!]));
  const styles: string[] = [];
  const inlined = html.replace(stylesheetLinks(base), (link) => {
    const css = written.get(link);
    if (css === undefined) return link;
    if (css === '') return '';
    styles.push(css);
    return `<style>${css}</style>`;
  });
  return { html: inlined, styles };
}

/**
 * The page's own module scripts (`<script type="module" src="{base}_astro/….js">`) and the
 * chunks they import, by their path on the site: the code whose class names must keep their rules.
 */
export function pageScripts(
  html: string,
  base: string,
  read: (src: string) => string | undefined,
): string[] {
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pending = [
    ...html.matchAll(new RegExp(`<script[^>]* src="(${escaped}_astro/[^"]+\\.js)"`, 'g')),
  ].map(([, src]) => src!);
  const seen = new Map<string, string>();
  while (pending.length) {
    const src = pending.pop()!;
    const code = seen.has(src) ? undefined : read(src);
    if (code === undefined) continue;
    seen.set(src, code);
    const folder = src.slice(0, src.lastIndexOf('/') + 1);
    for (const [, name] of code.matchAll(/(?:from|import)\s*\(?\s*["']\.\/([^"']+\.js)["']/g))
      pending.push(`${folder}${name}`);
  }
  return [...seen.values()];
}

/** CRITICAL_CSS=off keeps the stylesheets linked (the benchmark's page before the change). */
export function criticalCssEnabled(): boolean {
  return process.env.CRITICAL_CSS !== 'off';
}

/**
 * The project's own built files of one kind (`.css` or `.js`), by their path on the site: what
 * Vite built from src/styles, the components' styles and scripts into `_astro/`. Content never
 * writes a stylesheet or a script there.
 */
export async function builtAssets(
  root: string,
  base: string,
  extension: '.css' | '.js',
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const folder = path.join(root, '_astro');
  for (const file of (await readdir(folder).catch(() => [] as string[])).sort())
    if (file.endsWith(extension))
      files.set(`${base}_astro/${file}`, await readFile(path.join(folder, file), 'utf8'));
  return files;
}
