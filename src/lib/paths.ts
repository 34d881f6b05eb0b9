/**
 * Where the ward's content lives. Everything a ward edits is in one folder, `content/` by default;
 * `SITE_CONTENT` points the build at another folder (another ward, or a test fixture).
 *
 * Paths are resolved from the working directory, which is the project root for every npm script:
 * this module is bundled by Vite during the build, so `import.meta.url` would not point at `src/`.
 */
import path from 'node:path';

export function projectRoot(): string {
  return process.cwd();
}

/** Absolute path of the content folder. */
export function contentDir(): string {
  const fromEnv = process.env.SITE_CONTENT?.trim();
  return path.resolve(projectRoot(), fromEnv || 'content');
}

/** Absolute path of a file or folder inside the content folder. */
export function contentPath(...segments: string[]): string {
  return path.join(contentDir(), ...segments);
}

/** A path as an editor sees it in messages: relative to the project root, with forward slashes. */
export function displayPath(file: string): string {
  const relative = path.relative(projectRoot(), path.resolve(projectRoot(), file));
  return (relative.startsWith('..') ? file : relative).split(path.sep).join('/');
}
