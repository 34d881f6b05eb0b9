/**
 * A Vite resolver for files of the content folder named in another Unicode form than they are
 * referenced in (src/lib/content-rules/nfc-path.ts): `![Bà Lan](./ảnh bà Lan.jpg)` typed in NFC imports the
 * picture saved in NFD. It acts only when the path as written does not exist.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { findFile } from '../lib/content-rules/nfc-path.ts';
import { contentDir } from '../lib/site/paths.ts';

export function nfcContentPaths(): Plugin {
  const content = contentDir();
  return {
    name: 'nfc-content-paths',
    enforce: 'pre',
    resolveId(source, importer) {
      const [written = '', query] = source.split(/\?(.*)/s, 2);
      let file = written;
      try {
        file = decodeURI(written);
      } catch {
        /* used as written */
      }
      if (!path.isAbsolute(file)) {
        if (!importer || !/^\.\.?\//.test(file)) return null;
        file = path.resolve(path.dirname(importer.split('?')[0]!), file);
      }
      if (!file.startsWith(`${content}${path.sep}`) || existsSync(file)) return null;
      const found = findFile(file);
      return found ? `${found}${query === undefined ? '' : `?${query}`}` : null;
    },
  };
}
