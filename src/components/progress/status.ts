/** The words for where a group or unit stands: met, not met, or no figures yet. */
import { t } from '../../i18n/index.ts';
import type { Progress } from '../../lib/tables/participation.ts';

export function statusText(progress: Progress | undefined): string {
  if (!progress) return t('progress.status.notReported');
  return t(progress.met ? 'progress.status.met' : 'progress.status.notMet');
}
