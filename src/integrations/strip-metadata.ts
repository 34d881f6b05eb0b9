/**
 * Every picture of the built site without EXIF, XMP or IPTC (src/lib/content-rules/picture-metadata.ts): the
 * originals Astro copies as they are included, before the service worker lists them.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { STRIPPED_PICTURES, stripPictureFile } from '../lib/content-rules/picture-metadata.ts';

export function stripPictureMetadata(): AstroIntegration {
  return {
    name: 'strip-picture-metadata',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let stripped = 0;
        for (const entry of await readdir(root, { recursive: true })) {
          if (STRIPPED_PICTURES.test(entry) && (await stripPictureFile(path.join(root, entry))))
            stripped++;
        }
        if (stripped) logger.info(`${stripped} picture(s) published without EXIF, XMP or IPTC`);
      },
    },
  };
}
