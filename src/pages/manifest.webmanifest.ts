/* The web app manifest, in Vietnamese, from site.yaml: the site installs like an app. */
import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { ICON_SIZES, THEME_COLOR } from '../lib/site/app.ts';
import { themeColor } from '../lib/site/theme.ts';
import { withBase } from '../data/urls.ts';

export const GET: APIRoute = async () => {
  const { site } = await getSite();
  const manifest = {
    lang: 'vi',
    dir: 'ltr',
    name: site.title,
    short_name: site.shortName ?? site.title,
    description: site.description,
    id: withBase('/'),
    start_url: withBase('/'),
    scope: withBase('/'),
    display: 'standalone',
    background_color: themeColor('paper'),
    theme_color: THEME_COLOR,
    icons: ICON_SIZES.map((size) => ({
      src: withBase(`/icon/${size}.png`),
      sizes: `${size}x${size}`,
      type: 'image/png',
      purpose: 'any maskable',
    })),
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
