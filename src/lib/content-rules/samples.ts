/**
 * Finds every piece of sample content a build would publish, in one pass over the content folder,
 * so a production build can refuse them all in one message rather than one collection at a time.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { SampleItem } from './build-mode.ts';
import { contentDir } from '../site/paths.ts';
import { readSite, SITE_FILE } from './site-file.ts';
import {
  GROUPS_TABLE,
  OFFICIALS_TABLE,
  PARTICIPATION_TABLE,
  readGroups,
  readOfficials,
  readParticipation,
  tableFile,
} from '../tables/read.ts';
import { ENTRY_FOLDERS, isPublicEntry } from './visibility.ts';
import { readFrontmatter } from './yaml-source.ts';
import { sample } from '../../schemas/common.ts';

export async function findSamples(dir = contentDir()): Promise<SampleItem[]> {
  const items: SampleItem[] = [];
  const file = (name: string) => path.join(dir, name);

  if (readSite(file(SITE_FILE)).site.urlIsSample)
    items.push({ file: file(SITE_FILE), field: 'site.urlIsSample' });

  const [groupsFile, participationFile, officialsFile] = [
    GROUPS_TABLE,
    PARTICIPATION_TABLE,
    OFFICIALS_TABLE,
  ].map((name) => tableFile(name, dir)) as [string, string, string];
  const groups = await readGroups(groupsFile);
  const tables = [
    { table: groupsFile, rows: groups },
    {
      table: participationFile,
      rows: await readParticipation(
        groups.map((row) => row.data.code),
        participationFile,
      ),
    },
    { table: officialsFile, rows: await readOfficials(officialsFile) },
  ];
  for (const { table, rows } of tables) {
    for (const row of rows) if (row.data.sample) items.push({ file: table, line: row.line });
  }

  for (const folder of ENTRY_FOLDERS) {
    let entries: string[];
    try {
      entries = readdirSync(file(folder), { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    for (const entry of entries.filter((name) => /\.mdx?$/.test(name)).sort()) {
      const source = file(path.join(folder, entry));
      const frontmatter = readFrontmatter(source);
      const data = (frontmatter.data ?? {}) as {
        sample?: unknown;
        draft?: unknown;
        consent?: unknown;
        published?: unknown;
      };
      // The schema's own reading: a value it would not read as "no" is refused here too.
      const read = sample.safeParse(data.sample);
      if ((!read.success || read.data) && isPublicEntry(folder, data)) {
        items.push({ file: source, line: frontmatter.lineOf(['sample']) });
      }
    }
  }
  return items;
}
