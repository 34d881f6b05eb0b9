/* The households spreadsheet to fill in, with this ward's groups listed. */
import type { APIRoute } from 'astro';
import { getGroups } from '../../data/groups.ts';
import { householdsTemplate } from '../../lib/tables/participation-templates.ts';

export const GET: APIRoute = async () =>
  new Response(householdsTemplate(await getGroups()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
