/* The app icons of the manifest (/icon/192.png, /icon/512.png), drawn from the ward's name. */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { getSite } from '../../data/site.ts';
import { ICON_SIZES, iconSvg, wardInitials } from '../../lib/site/app.ts';

export const getStaticPaths = (() =>
  ICON_SIZES.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const size = Number(params.size);
  const { ward } = await getSite();
  const png = await sharp(Buffer.from(iconSvg(wardInitials(ward.name), size)))
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
