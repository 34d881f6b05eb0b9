/**
 * The editor's own scripts, bundled by esbuild (kept between builds by src/lib/site/cached-bundle.ts):
 * guard.js, which runs before the editor and stands between it and GitHub (src/editor/guard.ts),
 * and save-check.js, which it loads to check a save as the build would (src/editor/save-check.ts),
 * with save-check.json, what that check needs from the content.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildOptions, Plugin } from 'esbuild';
import { vi } from '../../i18n/vi.ts';
import type { SaveCheckContext } from '../../editor/save-check.ts';
import { cachedBundle } from '../site/cached-bundle.ts';
import { TABLE_EXTENSIONS } from '../tables/read.ts';
import { TABLE_KINDS } from '../tables/check.ts';

export const GUARD_SCRIPT = 'guard.js';
export const SAVE_CHECK_SCRIPT = 'save-check.js';
export const SAVE_CHECK_CONTEXT = 'save-check.json';

/**
 * Node's modules, which the shared readers import for the build's own use (file paths in
 * messages): empty in the browser, where the check never calls what needs them.
 */
const nodeModulesEmpty: Plugin = {
  name: 'node-modules-empty',
  setup(build) {
    build.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: 'empty' }));
    build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({
      contents: 'module.exports = {};',
    }));
  },
};

function options(
  entry: string,
  define: Record<string, string>,
): BuildOptions & { metafile: true; write: false } {
  return {
    entryPoints: [entry],
    absWorkingDir: path.resolve(import.meta.dirname, '../../..'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome111',
    minify: true,
    legalComments: 'none',
    write: false,
    metafile: true,
    define: { 'process.env.NODE_ENV': '"production"', ...define },
    plugins: [nodeModulesEmpty],
  };
}

/** Writes the editor's scripts and the save check's context into the editor's folder. */
export async function writeEditorScripts(target: string, context: SaveCheckContext) {
  const strings = {
    network: vi['cms.guard.network'],
    refused: vi['cms.guard.refused'],
    refusedUpload: vi['cms.guard.refusedUpload'],
    refusedTitle: vi['cms.guard.refusedTitle'],
    renameTitle: vi['cms.guard.renameTitle'],
    renameIntro: vi['cms.guard.renameIntro'],
    renameSave: vi['cms.guard.renameSave'],
    renameCancel: vi['cms.guard.renameCancel'],
    renameDeclined: vi['cms.guard.renameDeclined'],
    hiddenTitle: vi['cms.guard.hiddenTitle'],
    hiddenIntro: vi['cms.guard.hiddenIntro'],
    hiddenSave: vi['cms.guard.hiddenSave'],
    hiddenBack: vi['cms.guard.hiddenBack'],
    hiddenDeclined: vi['cms.guard.hiddenDeclined'],
    unchecked: vi['cms.guard.unchecked'],
    close: vi['cms.guard.close'],
    // The editor's own label of its token field (its Vietnamese "personal_access_token").
    tokenLabel: vi['cms.guard.tokenLabel'],
  };
  const guard = await cachedBundle(
    'editor-guard',
    options('src/editor/guard.ts', {
      GUARD_STRINGS: JSON.stringify(strings),
      SAVE_CHECK_URL: JSON.stringify(SAVE_CHECK_SCRIPT),
      TABLES: JSON.stringify({ kinds: TABLE_KINDS, extensions: TABLE_EXTENSIONS }),
    }),
  );
  const check = await cachedBundle('editor-save-check', options('src/editor/save-check.ts', {}));
  await writeFile(path.join(target, GUARD_SCRIPT), guard.code);
  await writeFile(path.join(target, SAVE_CHECK_SCRIPT), check.code);
  await writeFile(path.join(target, SAVE_CHECK_CONTEXT), JSON.stringify(context));
}
