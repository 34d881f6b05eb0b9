/**
 * The participation figures a build must show, worked out from the content files themselves
 * (not from the build), so that tests compare what was published with what was written.
 */
import path from 'node:path';
import { wardProgress, type Progress, type WardProgress } from '../src/lib/participation.ts';
import { readSite } from '../src/lib/site-file.ts';
import { compareVietnamese } from '../src/lib/sort.ts';
import {
  GROUPS_TABLE,
  OFFICIALS_TABLE,
  PARTICIPATION_TABLE,
  readGroups,
  readOfficials,
  readParticipation,
  tableFile,
} from '../src/lib/tables.ts';

export async function expectedProgress(content = 'content'): Promise<WardProgress> {
  const file = (name: string) => path.join(content, name);
  const site = readSite(file('site.yaml'));
  const groups = (await readGroups(tableFile(GROUPS_TABLE, content)))
    .map((row) => row.data)
    .sort((a, b) => compareVietnamese(a.name, b.name));
  const codes = groups.map((group) => group.code);
  return wardProgress({
    groups,
    households: (await readParticipation(codes, tableFile(PARTICIPATION_TABLE, content))).map(
      (row) => row.data,
    ),
    officials: (await readOfficials(tableFile(OFFICIALS_TABLE, content))).map((row) => row.data),
    targets: site.targets,
  });
}

/** The status a page must show for these figures. */
export function expectedStatus(progress: Progress | undefined): string {
  if (!progress) return 'Chưa có số liệu';
  return progress.met ? 'Đạt' : 'Chưa đạt';
}
