/**
 * Security headers for the built site, in the `_headers` format that static hosts read (Netlify,
 * Cloudflare Pages) and as nginx `add_header` lines.
 *
 * The Content-Security-Policy allows no inline script or style but those whose SHA-256 hash it
 * lists: the project's own, registered in src/lib/security/inline-code.ts. `public/_headers` is a template
 * whose placeholders the build (src/integrations/security-headers.ts) fills with those hashes; it
 * also reads every built page and fails on inline code that is not registered and on markup that
 * runs code or reaches elsewhere (see `inlineCode`).
 */
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

/** Placeholders of the template, replaced by the hashes found in the built pages. */
export const SCRIPT_HASHES = '{{script-hashes}}';
export const STYLE_HASHES = '{{style-hashes}}';

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
  /** Attributes the policy blocks: style="…" (the page still works, unstyled). */
  blocked: string[];
  /**
   * Markup no page may hold, as a browser reads it: a script from elsewhere, an `on…=` handler, a
   * `javascript:` URL (entities decoded), a frame, an unknown form, a `<base>`, a `<meta
   * http-equiv>` other than the page's own policy.
   */
  dangers: string[];
}

export interface InlineCodeOptions {
  /** Where the project's own forms submit to, as served (base path included). */
  formActions?: readonly string[];
}

/** Elements that show or run another document. */
const FRAMES = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'portal']);

/** A URL that runs script when followed, however its scheme is spaced or cased. */
function isScriptUrl(value: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside the scheme.
  return /^(?:javascript|vbscript):/i.test(value.replace(/[\u0000-\u0020]/g, ''));
}

/**
 * A script source on the site itself ("/_astro/x.js", or "x.js" beside the page), not another
 * origin or a data: URL. Resolved the way a browser resolves it, so "/\\host/x.js" and
 * " //host/x.js", which browsers read as another host, are not mistaken for the site's own.
 */
function isOwnScript(src: string): boolean {
  const page = 'https://own.invalid/page/';
  try {
    return new URL(src, page).origin === new URL(page).origin;
  } catch {
    return false;
  }
}

/**
 * Script types that are data (JSON), which no browser runs. Every other type is treated as a
 * script, whatever it says: browsers run `text/jscript`, `application/x-javascript`,
 * `text/javascript1.5` and more, and the list of what they run is not ours to guess.
 */
function isExecutable(type: string | undefined): boolean {
  if (type === undefined) return true;
  return !/^application\/(?:[\w.-]+\+)?json$/.test(type.trim().toLowerCase());
}

/** The inline scripts and styles of a page, exactly as written (what the browser hashes). */
export function inlineCode(html: string, options: InlineCodeOptions = {}): PageFindings {
  const found: PageFindings = { scripts: [], styles: [], blocked: [], dangers: [] };
  let open: { tag: 'script' | 'style'; start: number } | undefined;
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.style !== undefined) found.blocked.push(`<${name} style="…">`);
        for (const [attribute, value] of Object.entries(attributes)) {
          if (/^on[a-z]+$/.test(attribute)) found.dangers.push(`<${name} ${attribute}="…">`);
          if (isScriptUrl(value)) found.dangers.push(`<${name} ${attribute}="javascript:…">`);
        }
        if (name === 'script' && attributes.src !== undefined && !isOwnScript(attributes.src))
          found.dangers.push(`<script src="${attributes.src}">`);
        if (FRAMES.has(name)) found.dangers.push(`<${name}>`);
        // The page's own policy (withPolicyMeta) is the one http-equiv a page may hold.
        const httpEquiv = attributes['http-equiv'];
        if (name === 'meta' && httpEquiv !== undefined && !isPolicyMeta(httpEquiv))
          found.dangers.push(`<meta http-equiv="${httpEquiv}">`);
        // A <base> would make the page load its own scripts and links from another site.
        if (name === 'base') found.dangers.push('<base>');
        if (name === 'form' && !(options.formActions ?? []).includes(attributes.action ?? ''))
          found.dangers.push(`<form action="${attributes.action ?? ''}">`);
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
    // Attributes are read as the browser reads them: "&#106;avascript&colon;" is "javascript:".
    // Inline code is sliced from the source by position, so its hash is of the text as written.
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return found;
}

function isPolicyMeta(httpEquiv: string): boolean {
  return httpEquiv.trim().toLowerCase() === 'content-security-policy';
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
