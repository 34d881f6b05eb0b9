/* Internal links with the base path Astro builds with: every internal link goes through it. */
import { prefixBase } from '../lib/site/urls.ts';

/** "/huong-dan/" → "/congdanso/huong-dan/" when the site lives under /congdanso/. */
export function withBase(pathname: string): string {
  return prefixBase(pathname, import.meta.env.BASE_URL);
}
