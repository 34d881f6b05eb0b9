/**
 * What a print asset is made from, so that it is printed again only when that changed. A printed
 * PDF or PNG depends on nothing but the printed page's HTML, every file the page loads (style
 * sheets, fonts, pictures, scripts, and what those load in turn), the headers the files are served
 * with, the asset's own settings and the printer (Chromium and the print script). The key of an
 * asset is a hash of all of these, read from the built files themselves, never from the content
 * that produced them: a page that shows the same thing gives the same key, and any byte that
 * changes what is printed changes the key.
 *
 * The files a page loads are found by reading it (`pageResources`: the HTML's style sheets, scripts,
 * pictures and icons, and the url()s of its styles, recursively) and, as a second net, from the
 * requests Chromium made while printing it, which the cache stores beside the key.
 */
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

/** The attributes that make a browser load a file, by element; `<a href>` and the like load nothing. */
const LOADING_ATTRIBUTES: Record<string, readonly string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
  object: ['data'],
  embed: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  input: ['src'],
};

/** `<link rel>` values whose href the browser fetches for the page itself. */
const LOADING_RELS = ['stylesheet', 'icon', 'preload', 'modulepreload', 'prefetch', 'manifest'];

function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** The url()s and @imports of a style sheet or a style attribute. */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) urls.push(match[2]!.trim());
  for (const match of css.matchAll(/@import\s+(['"])([^'"]+)\1/g)) urls.push(match[2]!.trim());
  return urls;
}

/** The addresses an HTML page makes the browser load, as written in it (relative or not). */
export function htmlUrls(html: string): string[] {
  const urls: string[] = [];
  let inStyle = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'style') inStyle = true;
        if (attributes.style) urls.push(...cssUrls(attributes.style));
        if (name === 'link') {
          const rels = (attributes.rel ?? '').toLowerCase().split(/\s+/);
          if (rels.some((rel) => LOADING_RELS.includes(rel)) && attributes.href) {
            urls.push(attributes.href);
          }
          if (attributes.imagesrcset) urls.push(...srcsetUrls(attributes.imagesrcset));
          return;
        }
        for (const attribute of LOADING_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (!value) continue;
          if (attribute === 'srcset') urls.push(...srcsetUrls(value));
          else urls.push(value);
        }
      },
      ontext(text) {
        if (inStyle) urls.push(...cssUrls(text));
      },
      onclosetag(name) {
        if (name === 'style') inStyle = false;
      },
    },
    { decodeEntities: true, xmlMode: false },
  );
  parser.write(html);
  parser.end();
  return urls;
}

/**
 * The site path (below the base) of an address written in a page at `from` (a site path), or
 * undefined for another origin, an inline `data:` address or a fragment.
 */
export function sitePath(url: string, from: string, base = '/'): string | undefined {
  if (/^(data|blob|about|javascript|mailto|tel):/i.test(url) || url.startsWith('#')) return;
  const origin = 'http://site.invalid';
  const resolved = new URL(url, `${origin}${base}${from.replace(/^\//, '')}`);
  if (resolved.origin !== origin || !resolved.pathname.startsWith(base)) return;
  return `/${decodeURIComponent(resolved.pathname.slice(base.length))}`;
}

/** The file in the built site that answers a site path: a folder's index.html, as the server does. */
export function fileOf(site: string): string {
  return site.endsWith('/') ? `${site}index.html` : site;
}

/**
 * Every file (as a path in the built site) that printing the page at `source` loads, the page's
 * own HTML first. `read` gives a built file's text, or undefined when there is no such file.
 */
export function pageResources(
  source: string,
  read: (file: string) => string | undefined,
  base = '/',
): string[] {
  const found = new Set<string>([fileOf(source)]);
  const queue = [fileOf(source)];
  while (queue.length) {
    const file = queue.shift()!;
    const kind = file.endsWith('.html') ? 'html' : file.endsWith('.css') ? 'css' : undefined;
    if (!kind) continue;
    const text = read(file);
    if (text === undefined) continue;
    for (const url of kind === 'html' ? htmlUrls(text) : cssUrls(text)) {
      const site = sitePath(url, file, base);
      if (site === undefined) continue;
      const next = fileOf(site);
      if (!found.has(next)) {
        found.add(next);
        queue.push(next);
      }
    }
  }
  return [...found];
}

/**
 * The key of a print asset: its settings, the printer, and each file it is made from with a hash of
 * that file's bytes (`hashOf` gives it; "missing" for no file), in a fixed order.
 */
export function printKey(input: {
  asset: unknown;
  printer: string;
  files: readonly string[];
  hashOf: (file: string) => string;
}): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(input.asset));
  hash.update('\0');
  hash.update(input.printer);
  for (const file of [...new Set(input.files)].sort()) {
    hash.update(`\0${file}\0${input.hashOf(file)}`);
  }
  return hash.digest('hex');
}
