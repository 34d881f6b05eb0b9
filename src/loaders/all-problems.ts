/**
 * Every problem of a content folder in one pass, before anything is built: the top of the folder,
 * site.yaml, the tables, and every file of every collection (frontmatter, body, pictures), with
 * the rules the build's loaders apply (./collections.ts, ./entries.ts). The build stops at the
 * first file with problems (site.yaml before anything else, then the first collection), so without
 * this an editor would see one round of problems per save. The content check runs it first
 * (scripts/check-content.ts).
 *
 * A rule that needs a file that could not be read (story categories from a site.yaml that is not
 * YAML, group codes from a groups table with problems) is left out, and one line says so: nothing
 * is hidden without a word.
 */
import type { z } from 'astro/zod';
import { ContentError, inReadingOrder, type Problem } from '../lib/content-rules/content-errors.ts';
import { isProductionBuild, refuseSamples } from '../lib/content-rules/build-mode.ts';
import { contentFolderProblems, symlinkProblems } from '../lib/content-rules/content-files.ts';
import { findSamples } from '../lib/content-rules/samples.ts';
import { readSite, SITE_FILE, validSitePart } from '../lib/content-rules/site-file.ts';
import { MARKDOWN_ONLY } from '../lib/content-rules/visibility.ts';
import { contentDir, contentPath } from '../lib/site/paths.ts';
import { publicGuideIds } from '../lib/site/self-check.ts';
import {
  GROUPS_TABLE,
  readGroups,
  readOfficials,
  readParticipation,
  tableFile,
} from '../lib/tables/read.ts';
import { siteSchema } from '../schemas/site.ts';
import { entryCollections, missingSiteLinks } from './collections.ts';
import {
  collectionFiles,
  entryProblems,
  folderProblems,
  mdxProblems,
  type EntriesOptions,
} from './entries.ts';

export async function allContentProblems(): Promise<Problem[]> {
  const problems: Problem[] = [
    ...contentFolderProblems(contentDir()),
    ...symlinkProblems(contentDir()),
  ];
  /** What `read` returns; undefined, its problems kept, when it throws a content error. */
  async function collect<T>(read: () => T | Promise<T>): Promise<T | undefined> {
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  }
  const siteFile = contentPath(SITE_FILE);
  const site = await collect(() => readSite(siteFile));
  const help = site?.help ?? validSitePart(siteSchema.shape.help, ['help'], siteFile);
  const categories =
    site?.stories.categories ??
    validSitePart(siteSchema.shape.stories.shape.categories, ['stories', 'categories'], siteFile);
  const groupsFile =
    (await collect(() => tableFile(GROUPS_TABLE))) ?? contentPath(`${GROUPS_TABLE}.csv`);
  const groups = await collect(() => readGroups(groupsFile));
  const groupCodes = groups?.map((row) => row.data.code);
  await collect(() => readParticipation(groupCodes));
  await collect(() => readOfficials());
  // A production build (SITE_ENV=production) refuses sample content before anything else.
  if (isProductionBuild())
    await collect(async () => problems.push(...refuseSamples(await findSamples())));

  // One line for each file whose problems keep a rule of other files from running.
  const unchecked = (file: string, what: (string | false)[]) => {
    const rules = what.filter((rule) => rule !== false);
    if (rules.length)
      problems.push({
        file,
        message: `Vì tệp này còn lỗi, chưa kiểm tra được ${rules.join(' và ')}. Sửa các lỗi của tệp này rồi kiểm tra lại.`,
      });
  };
  unchecked(siteFile, [
    !categories && 'nhóm (category) của các câu chuyện',
    !help && 'các thẻ <SiteLink> trong hướng dẫn và trang',
  ]);
  unchecked(groupsFile, [
    !groupCodes && 'mã tổ (group) trong bảng participation và trong các câu chuyện',
  ]);

  const collections = entryCollections({
    groupCodes,
    categoryCodes: categories?.map((category) => category.code),
    missingLinks: help && missingSiteLinks(help),
    guideIds: publicGuideIds(contentPath('guides')),
  });
  problems.push(...MARKDOWN_ONLY.flatMap(mdxProblems));
  for (const options of Object.values<EntriesOptions<z.ZodType>>(collections)) {
    const files = collectionFiles(options.folder);
    problems.push(...folderProblems(options.folder, files));
    for (const file of files)
      problems.push(...(await entryProblems(options, contentPath(options.folder, file))).problems);
  }
  // A problem read twice (site.yaml, through the tables' dates) is listed once.
  const seen = new Set<string>();
  return inReadingOrder(
    problems.filter((problem) => {
      const key = JSON.stringify(problem);
      return !seen.has(key) && !!seen.add(key);
    }),
  );
}
