/**
 * The spreadsheets staff fill in: participation.csv and officials.csv with their columns, one row
 * per group (or per unit already listed), figures left blank. UTF-8 with a BOM, so that Excel
 * opens the Vietnamese names correctly.
 */
import { stringify } from 'csv-stringify/sync';

export const HOUSEHOLD_COLUMNS = ['date', 'group', 'group_name', 'households', 'joined'] as const;
export const OFFICIALS_COLUMNS = ['date', 'unit', 'officials', 'joined'] as const;

const BOM = '\uFEFF';

function csv(columns: readonly string[], rows: string[][]): string {
  return BOM + stringify([[...columns], ...rows], { record_delimiter: 'windows' });
}

export function householdsTemplate(groups: readonly { code: string; name: string }[]): string {
  return csv(
    HOUSEHOLD_COLUMNS,
    groups.map((group) => ['', group.code, group.name, '', '']),
  );
}

export function officialsTemplate(units: readonly string[]): string {
  return csv(
    OFFICIALS_COLUMNS,
    units.map((unit) => ['', unit, '', '']),
  );
}
