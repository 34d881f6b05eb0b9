/**
 * File names compared as people read them, in NFC: a picture saved on a Mac is often named in NFD
 * ("ảnh" as a + ̉ + ̉…), and a name typed in the editor or a markdown file is NFC, so the two differ
 * byte for byte though they are the same name. {@link findFile} finds the file on disk whichever
 * form each side uses; the picture rule (src/lib/content-rules/pictures.ts) checks it and the build's resolver
 * (astro.config.ts) imports it by its name on disk.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The path of `file` on disk, each name compared in NFC; undefined when there is none. */
export function findFile(file: string): string | undefined {
  if (existsSync(file)) return file;
  const parent = path.dirname(file);
  if (parent === file) return undefined;
  const folder = findFile(parent);
  if (!folder) return undefined;
  const wanted = path.basename(file).normalize('NFC');
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return undefined;
  }
  const name = names.find((candidate) => candidate.normalize('NFC') === wanted);
  return name === undefined ? undefined : path.join(folder, name);
}
