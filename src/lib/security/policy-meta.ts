/**
 * The Content-Security-Policy in the page itself, for hosts that send no headers (GitHub Pages, a
 * plain bucket): the policy of `public/_headers`, less what a `<meta>` cannot carry, as the first
 * element after the character set. Written by src/integrations/security-headers.ts.
 */

/**
 * Directives a policy delivered in a `<meta>` element cannot carry (CSP Level 3, §3.3): browsers
 * ignore them there and log an error, so only the header sends them.
 */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** A Content-Security-Policy as a `<meta>` can carry it: the header-only directives left out. */
export function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !HEADER_ONLY_DIRECTIVES.has(directive.split(/\s+/)[0]!))
    .join('; ');
}

/**
 * The page with its policy in a `<meta http-equiv>` element, so that a host that sends no headers
 * (GitHub Pages, a plain bucket) still enforces it. A `<meta>` policy governs only what follows it,
 * so it goes right after the character set (which must stay within the first 1,024 bytes), before
 * any style or script.
 */
export function withPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="content-security-policy" content="${metaPolicy(policy)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')}">`;
  const charset = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i.exec(html);
  if (charset) {
    const end = charset.index + charset[0].length;
    return `${html.slice(0, end)}${meta}${html.slice(end)}`;
  }
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error('A built page has no <head>: its security policy cannot be written.');
  const end = head.index + head[0].length;
  return `${html.slice(0, end)}${meta}${html.slice(end)}`;
}
