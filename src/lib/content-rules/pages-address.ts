/**
 * The site's address against the one GitHub Pages serves it at. Every asset's path and every
 * printed QR code is built from `site.url`; on GitHub Pages the site lives at
 * `https://<owner>.github.io/<repository>/` (or the custom domain set in Settings → Pages), which
 * the deploy reads from `actions/configure-pages` (its `base_url`). A different address would
 * publish a site whose styles, scripts and QR codes all point elsewhere, so the deploy refuses it.
 */
import type { Problem } from './content-errors.ts';
import { contentPath } from '../site/paths.ts';
import { SITE_FILE } from './site-file.ts';

/** An address compared as a browser would: lower-case host, default port dropped, one final /. */
function normalised(address: string): string | undefined {
  try {
    const url = new URL(address);
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/*$/, '/')}`;
  } catch {
    return undefined;
  }
}

/** The problem with `site.url` when it is not the Pages address, else undefined. */
export function pagesAddressProblem(siteUrl: string, pagesUrl: string): Problem | undefined {
  const pages = normalised(pagesUrl);
  if (!pages || normalised(siteUrl) === pages) return undefined;
  return {
    file: contentPath(SITE_FILE),
    field: 'site.url',
    message: `Địa chỉ trang web trong site.yaml là ${siteUrl}, nhưng GitHub Pages đăng trang này tại ${pages}. Mọi tệp và mã QR được dựng từ site.url, nên trang sẽ hỏng nếu đăng như vậy. Sửa site.url thành ${pages}, hoặc nếu phường dùng tên miền riêng thì cài tên miền đó trong Settings → Pages của kho.`,
  };
}
