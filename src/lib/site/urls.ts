/** Addresses: absolute URLs from the site's public address, and links residents tap. */

/** The absolute URL of a path on this site, from site.yaml's `site.url`. */
export function absoluteUrl(siteUrl: string, pathname: string): string {
  return new URL(pathname.replace(/^\//, ''), siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

/** A `tel:` link for a number written the Vietnamese way ("090 123 4567" → "tel:0901234567"). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

/** True for a link that leaves this site. */
export function isExternal(href: string): boolean {
  return (
    /^[a-z][a-z\d+.-]*:/i.test(href) && !href.startsWith('tel:') && !href.startsWith('mailto:')
  );
}

/**
 * A path on this site with the deployment's base path in front ("/huong-dan/" becomes
 * "/congdanso/huong-dan/" when the site lives under /congdanso/). Pages and components call it
 * through src/data/urls.ts, which gives it the base Astro builds with.
 */
export function prefixBase(pathname: string, base: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${pathname.startsWith('/') ? pathname : `/${pathname}`}`;
}

/**
 * An address as HTML that may wrap after a slash or a dot but never inside a word, for addresses
 * printed under QR codes. The text is escaped. `slashesOnly` wraps after a slash only, so a line
 * never ends inside a name (`zalo.me/g/` then the group's code).
 */
export function breakableUrlHtml(url: string, { slashesOnly = false } = {}): string {
  return url
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(slashesOnly ? /(?<=\/)/g : /(?<=[/.])/g, '<wbr>');
}

/** An address as people type it and as a phone shows it: without `https://`. */
export function addressWithoutScheme(url: string): string {
  return url.replace(/^https:\/\//, '');
}

/** The address of a group's page, the target of its QR code. Never changes for a given code. */
export function groupPath(code: string): string {
  return `/to-dan-pho/${code}/`;
}
