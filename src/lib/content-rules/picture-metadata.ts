/**
 * Every published picture is stripped of what a camera or a phone writes into it: EXIF (the GPS
 * position, the owner's or artist's name, the phone's model), XMP and IPTC (names, places). Astro's
 * resized copies are written without it already; an original Astro publishes as it is (a news
 * cover's full-size JPEG) is not, so every picture of the built site goes through here. The
 * picture's rotation, stored as EXIF orientation, is applied to its pixels first, so that it still
 * stands the right way up without it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import sharp from 'sharp';

/** Pictures this strips, by their ending. */
export const STRIPPED_PICTURES = /\.(jpe?g|png|webp|avif)$/i;

/** True when a picture carries EXIF, XMP or IPTC. */
export async function hasPersonalMetadata(data: Buffer): Promise<boolean> {
  const metadata = await sharp(data).metadata();
  return Boolean(metadata.exif || metadata.xmp || metadata.iptc);
}

/** The picture re-encoded in its own format, upright and without EXIF, XMP or IPTC. */
export async function withoutMetadata(data: Buffer): Promise<Buffer> {
  const image = sharp(data, { limitInputPixels: false });
  const { format } = await image.metadata();
  // rotate() with no angle applies the EXIF orientation; sharp writes no metadata unless asked.
  const upright = image.rotate();
  if (format === 'jpeg') return upright.jpeg({ quality: 90, mozjpeg: true }).toBuffer();
  if (format === 'png') return upright.png().toBuffer();
  if (format === 'webp') return upright.webp({ quality: 90 }).toBuffer();
  if (format === 'heif') return upright.avif({ quality: 70 }).toBuffer();
  throw new Error(`not a picture format the site publishes: ${String(format)}`);
}

/** Strips one picture file in place if it carries metadata; true if it was rewritten. */
export async function stripPictureFile(file: string): Promise<boolean> {
  const data = await readFile(file);
  if (!(await hasPersonalMetadata(data))) return false;
  await writeFile(file, await withoutMetadata(data));
  return true;
}
