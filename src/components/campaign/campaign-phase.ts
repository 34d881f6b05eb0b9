/** Shows and hides [data-campaign-show] blocks for today's phase and fills in the day counts. */
import { campaignState, type CampaignPhase } from '../../lib/site/campaign-state.ts';

export function correctCampaignPhases(root: ParentNode, now: Date): void {
  for (const block of root.querySelectorAll<HTMLElement>('[data-campaign-show]')) {
    const { opens, closes, timeZone, campaignShow = '' } = block.dataset;
    if (!opens || !closes) continue;
    const state = campaignState({ opens, closes, timeZone }, now);
    block.hidden = !campaignShow.split(' ').includes(state.phase satisfies CampaignPhase);
    for (const count of block.querySelectorAll<HTMLElement>('[data-campaign-days]')) {
      count.textContent = String(
        count.dataset.campaignDays === 'until' ? state.daysUntilOpen : state.daysLeft,
      );
    }
  }
}
