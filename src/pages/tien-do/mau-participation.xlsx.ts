/* The households spreadsheet to fill in, with this ward's groups listed, as an Excel workbook. */
import type { APIRoute } from 'astro';
import { getGroups } from '../../data/groups.ts';
import { householdsWorkbook } from '../../lib/tables/participation-templates.ts';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await householdsWorkbook(await getGroups())), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
  });
