/**
 * Files written whole, for the caches the build keeps between runs (print assets, the service
 * worker's code): written to a `.partial` file beside them, then renamed, so that a build running
 * at the same time reads the old file or the new one, never half of one.
 */
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The partial file this process writes before renaming it to `file`. */
const partialOf = (file: string) => `${file}.${process.pid}.partial`;

/** Writes `data` to `file` whole, making its folder. */
export async function writeWhole(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(partialOf(file), data);
  await rename(partialOf(file), file);
}

/** Copies `from` to `to` whole, making the folder. */
export async function copyWhole(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  await copyFile(from, partialOf(to));
  await rename(partialOf(to), to);
}
