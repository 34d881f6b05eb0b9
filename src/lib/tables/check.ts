/**
 * The table checker's logic (/quan-tri/kiem-tra-bang/): one file's bytes, as a staff member picks
 * it before uploading, read by the build's own readers and schemas and checked by the build's own
 * rules across rows, with no file access, so that it runs in the browser. For a good participation
 * file, each group's figures as the progress page shows them.
 */
import {
  groupRowSchema,
  officialsRowSchema,
  participationRowSchema,
  type GroupRow,
  type OfficialsRow,
  type ParticipationRow,
} from '../../schemas/tables.ts';
import { inReadingOrder, type Problem } from '../content-rules/content-errors.ts';
import { readCsv, type CsvTable } from './csv.ts';
import { formatPercent, meetsTarget, type GroupRef } from './participation.ts';
import { readXlsx } from './xlsx.ts';
import { groupsProblems, officialsProblems, participationProblems } from './rules.ts';

/** The table checker's address, where staff try a table before uploading it. */
export const TABLE_CHECKER_PATH = '/quan-tri/kiem-tra-bang/';

export const TABLE_KINDS = ['groups', 'participation', 'officials'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

/** A group's figures from a good participation file, as the site shows them. */
export interface GroupFigures {
  code: string;
  name: string;
  date: string;
  households: number;
  joined: number;
  percent: string;
  met: boolean;
}

export interface TableCheck {
  problems: Problem[];
  rows: number;
  /** For a good participation file: its rows' figures, in the file's order. */
  figures?: GroupFigures[];
}

/** The kind of table a file name says (`participation.xlsx`), if it says one. */
export function kindOfFile(file: string): TableKind | undefined {
  const name = file.toLowerCase().replace(/\.(csv|xlsx)$/, '');
  return TABLE_KINDS.find((kind) => name === kind);
}

async function read(bytes: Uint8Array, file: string, kind: TableKind): Promise<CsvTable<unknown>> {
  const schema = {
    groups: groupRowSchema,
    participation: participationRowSchema,
    officials: officialsRowSchema,
  }[kind];
  return file.toLowerCase().endsWith('.xlsx')
    ? readXlsx(bytes as Buffer, file, schema)
    : readCsv(bytes, file, schema);
}

/** The tables' names in words, as the checker's choice of kind says them. */
export const KIND_NAMES: Readonly<Record<TableKind, string>> = {
  groups: 'bảng tổ dân phố',
  participation: 'bảng tham gia',
  officials: 'bảng cán bộ',
};

/**
 * The kind of table a file's first row names (its column names), whatever the file is called:
 * "Số liệu tháng 11.xlsx" holding participation's columns is a participation table. Undefined
 * when no kind's columns fit.
 */
export async function kindOfColumns(
  bytes: Uint8Array,
  file: string,
): Promise<TableKind | undefined> {
  for (const kind of TABLE_KINDS) {
    try {
      if (!(await read(bytes, file, kind)).headerRefused) return kind;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Checks one table file as the build would: `groups` are the ward's groups (for participation),
 * `groupsFile` names their file in messages, `target` is the households' target in percent.
 */
export async function checkTableFile(
  bytes: Uint8Array,
  file: string,
  kind: TableKind,
  context: { groups: readonly GroupRef[]; groupsFile: string; target: number },
): Promise<TableCheck> {
  const table = await read(bytes, file, kind);
  // Another table's columns: one hint, not a message for every column.
  const other = table.headerRefused ? await kindOfColumns(bytes, file) : undefined;
  if (other && other !== kind) {
    const name = file.split('/').pop()!;
    const extension = /\.xlsx$/i.test(name) ? '.xlsx' : '.csv';
    // Named for its kind (an upload), the file is the wrong one; else the choice of kind is.
    const fix =
      kindOfFile(name) === kind
        ? `${name} phải là ${KIND_NAMES[kind]}: chọn đúng tệp, hoặc đặt tên tệp này là ${other}${extension}.`
        : 'Chọn đúng loại bảng, hoặc chọn đúng tệp.';
    return {
      problems: [
        {
          file,
          ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
          line: 1,
          message: `Tệp này có vẻ là ${KIND_NAMES[other]}, không phải ${KIND_NAMES[kind]}. ${fix}`,
        },
      ],
      rows: 0,
    };
  }
  const across = {
    groups: () => groupsProblems(file, table as CsvTable<GroupRow>),
    officials: () => officialsProblems(file, table as CsvTable<OfficialsRow>),
    participation: () =>
      participationProblems(
        file,
        table as CsvTable<ParticipationRow>,
        context.groups.map((group) => group.code),
        context.groupsFile,
      ),
  }[kind];
  const problems = inReadingOrder([...table.problems, ...across()]);
  if (kind !== 'participation' || problems.length) return { problems, rows: table.rows.length };
  const rows = (table as CsvTable<ParticipationRow>).rows;
  const names = new Map(context.groups.map((group) => [group.code, group.name]));
  const figures = rows.map(({ data }) => {
    const ratio = { joined: data.joined, total: data.households };
    return {
      code: data.group,
      name: names.get(data.group) ?? data.group,
      date: data.date,
      households: data.households,
      joined: data.joined,
      percent: formatPercent(ratio),
      met: meetsTarget(ratio, context.target),
    };
  });
  return { problems, rows: rows.length, figures };
}
