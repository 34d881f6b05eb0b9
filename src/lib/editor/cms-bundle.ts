/**
 * The content editor's script (Sveltia CMS) made self-contained for /quan-tri/. Out of the box
 * the bundle fetches its interface strings, three fonts, an update check and GitHub's status API
 * from other origins. Each of those is an exact string of the installed bundle, replaced here by a
 * file the site serves itself or switched off; a replacement that no longer matches (another
 * version of @sveltia/cms) stops the build instead of leaving a request to another origin.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { vi } from '../../i18n/vi.ts';
import { packageDir, productPath } from '../site/paths.ts';

/** The parts of the editor's packages the site uses, copied there when the product is packed. */
export const VENDOR_FOLDER = 'vendor';

/**
 * A package the editor is made from: installed here (this repository), else its copy in the packed
 * product (scripts/prepare-package.ts puts there the few files the site uses, so a ward installs
 * neither package nor what they depend on).
 */
function editorPackageDir(name: string): string {
  try {
    return packageDir(name);
  } catch {
    return productPath(VENDOR_FOLDER, name);
  }
}

/** Where the package lives, and its version. */
export function sveltiaPackage(): { dir: string; version: string } {
  const dir = editorPackageDir('@sveltia/cms');
  const manifest = readFileSync(path.join(dir, 'package.json'), 'utf8');
  return { dir, version: (JSON.parse(manifest) as { version: string }).version };
}

/** The icon font's file in @fontsource-variable/material-symbols-outlined. */
export function iconFontFile(): string {
  return path.join(
    editorPackageDir('@fontsource-variable/material-symbols-outlined'),
    'files/material-symbols-outlined-latin-wght-normal.woff2',
  );
}

/** Folder (next to the script) that stands in for the package's CDN address. */
export const PACKAGE_FOLDER = 'cms';
/** The icon font, served from /quan-tri/fonts/. */
export const ICON_FONT = 'fonts/material-symbols-outlined.woff2';
/** Stands in for GitHub's status API: "unknown" shows no banner. */
export const STATUS_FILE = `${PACKAGE_FOLDER}/github-status.json`;

export interface Replacement {
  /** What it does, for the error message. */
  why: string;
  find: string;
  replace: string;
}

export const REPLACEMENTS: readonly Replacement[] = [
  {
    // The package's CDN address: the interface strings (`${iP}@version/locales/vi.json`) and the
    // update check (`${iP}/package.json`) are read from the folder next to the script instead.
    why: 'package address (interface strings, update check)',
    find: 'iP=`https://unpkg.com/@sveltia/cms`',
    replace: `iP=new URL(${JSON.stringify(PACKAGE_FOLDER)},document.currentScript?.src??location.href).href.replace(/\\/$/,'')`,
  },
  {
    why: 'GitHub status API',
    find: '`https://www.githubstatus.com/api/v2/status.json`',
    replace: JSON.stringify(STATUS_FILE),
  },
  {
    why: 'icon font',
    find: 'url(https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2)',
    replace: `url(${ICON_FONT})`,
  },
  {
    // Text fonts: left to the system's fonts (the bundled one covers no Vietnamese letters anyway).
    why: 'text font Source Sans 3',
    find: 'url(https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2)',
    replace: "local('Source Sans 3')",
  },
  {
    why: 'code font Noto Mono',
    find: 'url(https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2)',
    replace: "local('Noto Mono')",
  },
];

/**
 * Opened over plain http on another host than this computer, the editor refuses to start, before
 * its Vietnamese strings are loaded: its built-in English ("The configuration file URL must use
 * HTTPS protocol…") is what staff would read. Both of its messages for this are said in Vietnamese,
 * with what to do.
 */
const HTTPS_NEEDED = vi['cms.httpsNeeded'];

export const HTTPS_REPLACEMENT: Replacement = {
  why: 'message for a page opened over plain http',
  find: 'no_secure_context:`Sveltia CMS only works with HTTPS or localhost URLs.`,insecure_urls:`.input {$count :integer} .match $count one {{The configuration file URL must use HTTPS protocol or a localhost address.}} * {{The configuration file URLs must use HTTPS protocol or localhost addresses.}}`',
  replace: `no_secure_context:\`${HTTPS_NEEDED}\`,insecure_urls:\`${HTTPS_NEEDED}\``,
};

/**
 * The token dialog's "create a token" link names the repository's owner as the token's resource
 * owner, and the repository in the token's name and description, as well as the one permission
 * (Contents: read and write) the editor needs: a token made for the staff member's own account
 * cannot reach an organisation's repository. GitHub still asks to pick the repository itself.
 */
export function tokenLinkReplacement(repo: string): Replacement {
  const [owner = ''] = repo.split('/');
  const params = {
    name: `Biên tập ${repo}`,
    description: `Lưu bài vào kho ${repo} từ trình biên tập của trang web`,
    target_name: owner,
    contents: 'write',
  };
  return {
    why: 'token link',
    find: 'new URLSearchParams({name:`Sveltia CMS`,contents:`write`})',
    replace: `new URLSearchParams(${JSON.stringify(params)})`,
  };
}

/**
 * The bundle with every replacement made (and the token link's, given the repository); throws when
 * one does not match exactly once.
 */
export function selfContainedBundle(source: string, version: string, repo?: string): string {
  let result = source;
  for (const { why, find, replace } of [
    ...REPLACEMENTS,
    HTTPS_REPLACEMENT,
    ...(repo ? [tokenLinkReplacement(repo)] : []),
  ]) {
    const count = result.split(find).length - 1;
    if (count !== 1)
      throw new Error(
        `@sveltia/cms ${version}: the ${why} (${find}) was found ${count} times instead of once. ` +
          'Check what this version loads from other origins and update src/lib/editor/cms-bundle.ts.',
      );
    result = result.replace(find, () => replace);
  }
  return result;
}

type Strings = { [key: string]: string | Strings };

/**
 * The editor's Vietnamese strings completed with the project's (src/i18n/cms-vi.json) where the
 * installed version has none: its own translations always win, and a key it later translates
 * simply stops being ours. Keys are nested as in the package's locale files.
 */
export function withMissingStrings(strings: Strings, additions: Strings): Strings {
  const merged: Strings = { ...strings };
  for (const [key, value] of Object.entries(additions)) {
    const present = merged[key];
    if (present === undefined) merged[key] = value;
    else if (typeof present === 'object' && typeof value === 'object')
      merged[key] = withMissingStrings(present, value);
  }
  return merged;
}

/** The dotted keys of a locale file's strings. */
export function stringKeys(strings: Strings, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : stringKeys(value, `${prefix}${key}.`),
  );
}
