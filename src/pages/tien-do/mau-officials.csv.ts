/* The officials spreadsheet to fill in, with the units already reported listed. */
import type { APIRoute } from 'astro';
import { getProgress } from '../../data/participation.ts';
import { officialsTemplate } from '../../lib/tables/participation-templates.ts';

export const GET: APIRoute = async () =>
  new Response(officialsTemplate((await getProgress()).units.map((unit) => unit.unit)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
