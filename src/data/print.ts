/** The printable assets of this build, from the groups and bulletins it contains. */
import { printAssets, type PrintAsset } from '../lib/print/print-assets.ts';
import { getBulletins } from './bulletins.ts';
import { getGroups } from './groups.ts';

export async function getPrintAssets(): Promise<PrintAsset[]> {
  const [groups, bulletins] = await Promise.all([getGroups(), getBulletins()]);
  return printAssets({
    groups: groups.map((group) => group.code),
    bulletins: bulletins.map((bulletin) => bulletin.id),
  });
}
