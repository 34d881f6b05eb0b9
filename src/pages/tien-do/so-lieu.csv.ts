/* The ward's figures per group as CSV: the same figures as /tien-do/ and so-lieu.json. */
import type { APIRoute } from 'astro';
import { getWardFeed } from '../../data/participation.ts';
import { feedCsv } from '../../lib/tables/progress-feed.ts';

export const GET: APIRoute = async () =>
  new Response(feedCsv(await getWardFeed()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
