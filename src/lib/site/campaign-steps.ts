/** The three steps of taking part, in the words every page and poster uses. */
import { t } from '../../i18n/index.ts';

export interface CampaignStep {
  title: string;
  body: string;
}

export function campaignSteps(campaign: {
  platform: string;
  questions: number;
  storyName: string;
}): CampaignStep[] {
  const values = {
    platform: campaign.platform,
    questions: campaign.questions,
    storyName: campaign.storyName,
  };
  return (['study', 'quiz', 'story'] as const).map((step) => ({
    title: t(`home.steps.${step}.title`, values),
    body: t(`home.steps.${step}.body`, values),
  }));
}
