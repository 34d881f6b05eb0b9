/** The ward's participation figures for pages, from participation.csv and officials.csv. */
import { getCollection } from 'astro:content';
import { placeName } from '../lib/site/letters.ts';
import {
  wardProgress,
  type GroupProgress,
  type WardProgress,
} from '../lib/tables/participation.ts';
import { getGroups } from './groups.ts';
import { perBuild } from './memo.ts';
import { getSite, sampleContent } from './site.ts';
import { buildFeed, type ProgressFeed } from '../lib/tables/progress-feed.ts';

export interface WardFigures extends WardProgress {
  /** True when any figure is sample data, to label it. */
  sample: boolean;
}

export const getProgress = perBuild(async (): Promise<WardFigures> => {
  const [site, groups, households, officials] = await Promise.all([
    getSite(),
    getGroups(),
    getCollection('participation'),
    getCollection('officials'),
  ]);
  return {
    ...wardProgress({
      groups,
      households: households.map((entry) => entry.data),
      officials: officials.map((entry) => entry.data),
      targets: site.targets,
    }),
    sample: [...households, ...officials].some((entry) => entry.data.sample),
  };
});

/** One group's latest figures, if it has reported. */
export async function getGroupProgress(code: string): Promise<GroupProgress['progress']> {
  return (await getProgress()).groups.find((group) => group.code === code)?.progress;
}

/** The figures as data for the city hub (/tien-do/so-lieu.json): sample when any of the build is. */
export const getWardFeed = perBuild(async (): Promise<ProgressFeed> => {
  const [site, progress, samples] = await Promise.all([getSite(), getProgress(), sampleContent()]);
  return buildFeed({
    ward: site.ward.name,
    site: site.site.url,
    sample: progress.sample || samples.url || samples.entries,
    progress,
  });
});

/** Where the templates staff fill in are published. */
export const TEMPLATE_PATHS = {
  householdsXlsx: '/tien-do/mau-participation.xlsx',
  officialsXlsx: '/tien-do/mau-officials.xlsx',
  households: '/tien-do/mau-participation.csv',
  officials: '/tien-do/mau-officials.csv',
} as const;

/** How the report to the city is headed and signed: from site.yaml, or plain defaults. */
export async function getReportForm(): Promise<{
  issuer: string[];
  reference: string;
  place: string;
  recipient: string;
  signer: string[];
  distribution: string[];
}> {
  const site = await getSite();
  const report = site.report;
  return {
    issuer: report?.issuer ?? [site.ward.committee.toLocaleUpperCase('vi')],
    reference: report?.reference ?? '',
    place: report?.place ?? placeName(site.ward.name),
    recipient: report?.recipient ?? site.campaign.organizer,
    signer: report?.signer ?? [],
    distribution: report?.distribution ?? [],
  };
}
