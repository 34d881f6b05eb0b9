/*
 * The list of printable assets, for the print step (scripts/print-assets.ts) that runs after the
 * build: one source of truth for what the print center links to and what is printed.
 */
import type { APIRoute } from 'astro';
import { getPrintAssets } from '../../data/print.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getPrintAssets(), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
