/**
 * Writes the content editor (Sveltia CMS) to dist/quan-tri/ after the pages are built: its page,
 * its script bundled from node_modules (never a CDN) and made self-contained, its interface
 * strings, its icon font, and its configuration generated from the schemas and the content
 * (src/lib/editor/cms-config.ts). It is written outside Astro's pages, so it is in neither the sitemap nor
 * the search index, and no page links to it. Its own security policy is in public/_headers.
 */
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stringify } from 'yaml';
import {
  ICON_FONT,
  iconFontFile,
  PACKAGE_FOLDER,
  selfContainedBundle,
  STATUS_FILE,
  sveltiaPackage,
  withMissingStrings,
} from '../lib/editor/cms-bundle.ts';
import cmsVietnamese from '../i18n/cms-vi.json' with { type: 'json' };
import { cmsConfig, type CmsContext } from '../lib/editor/cms-config.ts';
import { formLabels } from '../lib/editor/form-words.ts';
import { contentPath } from '../lib/site/paths.ts';
import { readSite, SITE_FILE } from '../lib/content-rules/site-file.ts';
import { ContentError } from '../lib/content-rules/content-errors.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { GROUPS_TABLE, readGroups, tableFile } from '../lib/tables/read.ts';
import { GUARD_SCRIPT, writeEditorScripts } from '../lib/editor/cms-scripts.ts';
import { readFrontmatter } from '../lib/content-rules/yaml-source.ts';
import { vi } from '../i18n/vi.ts';

/** The editor's address, under the site's base. */
export const CMS_FOLDER = 'quan-tri';

/** What the configuration is made from: the content, and the repository the site is built from. */
export async function cmsContext(env: NodeJS.ProcessEnv = process.env): Promise<CmsContext> {
  const site = readSite();
  return {
    groups: (await readGroups()).map((row) => ({ code: row.data.code, name: row.data.name })),
    categories: site.stories.categories,
    guides: await readGuides(),
    repo: editorRepository(site, env),
    branch: env.CMS_BRANCH ?? 'main',
    site: {
      title: site.site.title,
      base: new URL(site.site.url).pathname,
      ...(site.site.authService && { authService: site.site.authService }),
    },
  };
}

/**
 * The guides a self-check question may name: file name and title, read from each guide's
 * frontmatter (none when the content has no guides folder). A guide the build refuses is still
 * listed; the build names its problem.
 */
async function readGuides(): Promise<CmsContext['guides']> {
  const folder = contentPath('guides');
  if (!existsSync(folder)) return [];
  const files = (await readdir(folder)).filter((file) => file.endsWith('.mdx')).sort();
  return files.map((file) => {
    const title = (readFrontmatter(path.join(folder, file)).data as { title?: unknown }).title;
    const code = file.replace(/\.mdx$/, '');
    return { code, name: typeof title === 'string' ? title : code };
  });
}

/**
 * The repository the editor saves to: the one GitHub Actions builds (GITHUB_REPOSITORY), or
 * `site.repository` in site.yaml for another host (CMS_REPO overrides both, for tests). A
 * production build with none is refused: an editor saving to a made-up repository fails only
 * when staff first sign in. Other builds (previews, tests) name a repository that cannot exist.
 */
export function editorRepository(site: SiteConfig, env: NodeJS.ProcessEnv): string {
  const repo = env.CMS_REPO || env.GITHUB_REPOSITORY || site.site.repository;
  if (repo) return repo;
  if (env.SITE_ENV === 'production')
    throw new ContentError([
      {
        file: contentPath(SITE_FILE),
        field: 'site.repository',
        message:
          'Trình biên tập không biết lưu bài vào kho GitHub nào: trang web không được dựng trên GitHub Actions, và site.yaml không có site.repository. Thêm vào mục site: một dòng repository: tên-tổ-chức/tên-kho (như trong địa chỉ https://github.com/tên-tổ-chức/tên-kho).',
      },
    ]);
  return 'chua-dat-kho/chua-dat-kho';
}

export function cmsPage(): string {
  return `<!DOCTYPE html>
<html lang="vi">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <title>${vi['cms.title']}</title>
    <link href="config.yml" type="application/yaml" rel="cms-config-url">
  </head>
  <body>
    <noscript><p>${vi['cms.noScript']}</p></noscript>
    <script src="${GUARD_SCRIPT}"></script>
    <script src="sveltia-cms.js"></script>
  </body>
</html>
`;
}

export async function writeCms(root: string, env: NodeJS.ProcessEnv = process.env) {
  const target = path.join(root, CMS_FOLDER);
  const context = await cmsContext(env);
  const { dir, version } = sveltiaPackage();
  await mkdir(path.join(target, path.dirname(ICON_FONT)), { recursive: true });
  await mkdir(path.join(target, PACKAGE_FOLDER), { recursive: true });
  const bundle = await readFile(path.join(dir, 'dist/sveltia-cms.js'), 'utf8');
  await writeFile(
    path.join(target, 'sveltia-cms.js'),
    selfContainedBundle(bundle, version, context.repo),
  );
  const locales = path.join(target, `${PACKAGE_FOLDER}@${version}/locales`);
  await cp(path.join(dir, 'locales'), locales, { recursive: true });
  // Strings the installed version has not translated yet, in Vietnamese rather than English.
  const vietnamese = withMissingStrings(
    JSON.parse(await readFile(path.join(locales, 'vi.json'), 'utf8')),
    cmsVietnamese,
  );
  // A refused save is not a fault to "try again later": the guard's message says what to fix.
  Object.assign(vietnamese.saving_entry as object, {
    error: { title: vi['cms.savingError.title'], description: vi['cms.savingError.description'] },
  });
  await writeFile(path.join(locales, 'vi.json'), JSON.stringify(vietnamese));
  // The update check reads the package's version: the one installed, so it never nags.
  await writeFile(path.join(target, PACKAGE_FOLDER, 'package.json'), JSON.stringify({ version }));
  await writeFile(
    path.join(target, STATUS_FILE),
    JSON.stringify({ status: { indicator: 'unknown' } }),
  );
  await copyFile(iconFontFile(), path.join(target, ICON_FONT));
  const site = readSite();
  const config = cmsConfig(context);
  await writeEditorScripts(target, {
    groups: [...context.groups],
    groupsFile: path.basename(tableFile(GROUPS_TABLE)),
    categories: context.categories.map((category) => category.code),
    target: site.targets.households,
    labels: formLabels(config.collections),
  });
  await writeFile(path.join(target, 'index.html'), cmsPage());
  await writeFile(
    path.join(target, 'config.yml'),
    `# Generated by the build from src/schemas and content/: do not edit.\n${stringify(config, { lineWidth: 0, aliasDuplicateObjects: false })}`,
  );
}

export function contentEditor(): AstroIntegration {
  return {
    name: 'content-editor',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeCms(fileURLToPath(dir));
        logger.info(`content editor written to ${CMS_FOLDER}/`);
      },
    },
  };
}
