/**
 * First paint in one round trip: a page's stylesheets written into its <head>, so a phone on a
 * weak connection paints from the HTML alone instead of waiting one more round trip per
 * stylesheet. The site's CSS is small (about 5 kB compressed), so the critical CSS is all of it.
 *
 * The one place inline styles come from: every <style> the built pages hold is the text of one of
 * the project's own stylesheets (dist/_astro/*.css), so the Content-Security-Policy can list the
 * hashes of exactly these (criticalStyles).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The project's own stylesheet links: `<link rel="stylesheet" href="{base}_astro/….css">`. */
function stylesheetLinks(base: string): RegExp {
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`<link rel="stylesheet" href="(${escaped}_astro/[^"]+\\.css)"\\s*/?>`, 'g');
}

/**
 * Replaces each of the page's own stylesheet links with a <style> holding that stylesheet.
 * `read` gives a stylesheet's text by its path on the site; a link it does not know is kept.
 */
export function inlineStylesheets(
  html: string,
  base: string,
  read: (href: string) => string | undefined,
): string {
  return html.replace(stylesheetLinks(base), (link, href: string) => {
    const css = read(href);
    return css === undefined ? link : `<style>${css.trim()}</style>`;
  });
}

/** The inline styles the pages may hold: the text of each stylesheet, as inlineStylesheets writes it. */
export function criticalStyles(stylesheets: Iterable<string>): string[] {
  return [...stylesheets].map((css) => css.trim());
}

/** CRITICAL_CSS=off keeps the stylesheets linked (the benchmark's page before the change). */
export function criticalCssEnabled(): boolean {
  return process.env.CRITICAL_CSS !== 'off';
}

/**
 * The project's own stylesheets in a built site, by their path on the site: what Vite built from
 * src/styles and the components' styles into `_astro/`. Content never writes a stylesheet there.
 */
export async function builtStylesheets(root: string, base: string): Promise<Map<string, string>> {
  const styles = new Map<string, string>();
  const folder = path.join(root, '_astro');
  for (const file of (await readdir(folder).catch(() => [] as string[])).sort())
    if (file.endsWith('.css'))
      styles.set(`${base}_astro/${file}`, await readFile(path.join(folder, file), 'utf8'));
  return styles;
}
