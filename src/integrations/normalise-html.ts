/**
 * Every built page in Unicode NFC. Content is normalised when it is read, but text typed on some
 * systems arrives decomposed (NFD) inside markdown bodies; a decomposed "ệ" breaks search and
 * renders badly in some fonts, so the written HTML is normalised as the last step. The same pass
 * keeps phone numbers whole (src/lib/site/phones.ts): one never breaks across lines, on screen or paper.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { keepPhonesTogetherInHtml } from '../lib/site/phones.ts';

export function normaliseBuiltHtml(): AstroIntegration {
  return {
    name: 'normalise-html',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let changed = 0;
        for (const entry of await readdir(root, { recursive: true })) {
          if (!entry.endsWith('.html') && !entry.endsWith('.xml')) continue;
          const file = path.join(root, entry);
          const text = await readFile(file, 'utf8');
          const nfc = text.normalize('NFC');
          const normal = entry.endsWith('.html') ? keepPhonesTogetherInHtml(nfc) : nfc;
          if (normal !== text) {
            await writeFile(file, normal);
            changed++;
          }
        }
        if (changed) logger.info(`normalised ${changed} file(s): Unicode NFC, whole phone numbers`);
      },
    },
  };
}
