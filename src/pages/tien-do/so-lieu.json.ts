/* The ward's figures as data (format cong-dan-so-tien-do/1), for the city hub: the same figures as /tien-do/. */
import type { APIRoute } from 'astro';
import { getWardFeed } from '../../data/participation.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await getWardFeed(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
