/**
 * Security headers for the built site, in the `_headers` format that static hosts read (Netlify,
 * Cloudflare Pages) and as nginx `add_header` lines.
 *
 * The Content-Security-Policy allows no inline script or style but those whose SHA-256 hash it
 * lists, and those hashes can only be known once the pages are built. So `public/_headers` is a
 * template: the build (src/integrations/security-headers.ts) reads every built page, hashes its
 * inline `<script>` and `<style>` elements and fills the template's placeholders. Pages and
 * scripts added later are covered without any change here.
 */
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

/** Placeholders of the template, replaced by the hashes found in the built pages. */
export const SCRIPT_HASHES = '{{script-hashes}}';
export const STYLE_HASHES = '{{style-hashes}}';

/**
 * More distinct inline scripts or styles than this means one of them changes from page to page
 * (data written into a script): the header would grow with the site. Such data belongs in a
 * data-* attribute read by a script that is the same on every page.
 */
export const MAX_HASHES = 40;

export interface HeaderRule {
  /** A path pattern: `/*` for every path, `/tim-kiem/` for one page, `*` matching anything. */
  pattern: string;
  headers: [name: string, value: string][];
  /** Headers of earlier rules this rule drops ("! Name", Cloudflare Pages' syntax), before adding its own. */
  detach?: string[];
}

export interface PageFindings {
  scripts: string[];
  styles: string[];
  /** Attributes the policy blocks: style="…", onclick="…", javascript: links. */
  blocked: string[];
}

/** Script types a browser runs; anything else (JSON, templates) is data and needs no hash. */
function isExecutable(type: string | undefined): boolean {
  if (type === undefined) return true;
  const value = type.trim().toLowerCase();
  return (
    value === '' || value === 'module' || /^(text|application)\/(java|ecma)script$/.test(value)
  );
}

/** The inline scripts and styles of a page, exactly as written (what the browser hashes). */
export function inlineCode(html: string): PageFindings {
  const found: PageFindings = { scripts: [], styles: [], blocked: [] };
  let open: { tag: 'script' | 'style'; start: number } | undefined;
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.style !== undefined) found.blocked.push(`<${name} style="…">`);
        for (const attribute of Object.keys(attributes)) {
          if (/^on[a-z]+$/.test(attribute)) found.blocked.push(`<${name} ${attribute}="…">`);
        }
        if (/^\s*javascript:/i.test(attributes.href ?? ''))
          found.blocked.push(`<${name} href="javascript:…">`);
        const inlineScript = name === 'script' && !attributes.src && isExecutable(attributes.type);
        if (inlineScript || name === 'style') open = { tag: name, start: parser.endIndex + 1 };
      },
      onclosetag(name) {
        if (!open || name !== open.tag) return;
        const code = html.slice(open.start, parser.startIndex);
        (open.tag === 'script' ? found.scripts : found.styles).push(code);
        open = undefined;
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  parser.end(html);
  return found;
}

/** A CSP hash source for some inline code: `'sha256-…'`. */
export function cspHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** Lines of a `_headers` file as rules, in order. Comments (#) and blank lines are skipped. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (rule && /^!\s*[\w-]+$/.test(line.trim())) {
      (rule.detach ??= []).push(line.trim().slice(1).trim().toLowerCase());
      continue;
    }
    const colon = line.indexOf(':');
    if (!rule || colon < 0)
      throw new Error(`_headers, line ${index + 1}: expected "Name: value" under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Does a `_headers` path pattern match a request path? `*` matches anything, `:name` a segment. */
export function matchesPattern(pattern: string, pathname: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${source}$`).test(pathname);
}

/** The headers a path gets: every matching rule's, later rules adding to earlier ones. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, pathname)) continue;
    for (const name of rule.detach ?? []) headers.delete(name);
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const previous = headers.get(key);
      headers.set(key, previous === undefined ? value : `${previous}, ${value}`);
    }
  }
  return headers;
}

/** The template with its placeholders replaced by the given hashes (sorted, for stable output). */
export function fillTemplate(
  template: string,
  hashes: { scripts: Iterable<string>; styles: Iterable<string> },
): string {
  const list = (values: Iterable<string>) => [...new Set(values)].sort().join(' ');
  return template
    .replaceAll(SCRIPT_HASHES, list(hashes.scripts))
    .replaceAll(STYLE_HASHES, list(hashes.styles))
    .replace(/[ \t]+;/g, ';');
}

/** Unfilled placeholders left in a headers file: a build step did not run. */
export function unfilledPlaceholders(text: string): string[] {
  return [...text.matchAll(/\{\{[a-z-]+\}\}/g)].map((match) => match[0]);
}

/**
 * The same headers for nginx: one `add_header … always;` line each, for the server block (see
 * docs/nginx.conf). nginx has one set of headers per location, so only the `/*` rule is used.
 */
export function nginxHeaders(rules: readonly HeaderRule[]): string {
  const lines = [
    '# Generated by the build from public/_headers: do not edit; see docs/nginx.conf.',
  ];
  for (const rule of rules) {
    if (rule.pattern !== '/*') continue;
    for (const [name, value] of rule.headers)
      lines.push(`add_header ${name} "${value.replace(/"/g, '\\"')}" always;`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The headers of one path for an nginx `location` of its own (the content editor, /quan-tri/):
 * every matching rule's, as {@link headersFor} merges them. Header names are written in lower case.
 */
export function nginxHeadersFor(rules: readonly HeaderRule[], pathname: string): string {
  const lines = [
    `# Generated by the build from public/_headers for ${pathname}: do not edit; see docs/nginx.conf.`,
  ];
  for (const [name, value] of headersFor(rules, pathname))
    lines.push(`add_header ${name} "${value.replace(/"/g, '\\"')}" always;`);
  return `${lines.join('\n')}\n`;
}
