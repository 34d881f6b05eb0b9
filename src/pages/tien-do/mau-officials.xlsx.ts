/* The officials spreadsheet to fill in, with the units already reported listed, as an Excel workbook. */
import type { APIRoute } from 'astro';
import { getProgress } from '../../data/participation.ts';
import { officialsWorkbook } from '../../lib/tables/participation-templates.ts';

export const GET: APIRoute = async () =>
  new Response(
    new Uint8Array(await officialsWorkbook((await getProgress()).units.map((unit) => unit.unit))),
    {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
    },
  );
