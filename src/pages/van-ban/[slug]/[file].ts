/** A letter's attached PDF, copied from next to the letter in content/ to next to its page. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLetters } from '../../../data/letters.ts';
import { contentPath } from '../../../lib/site/paths.ts';

export const getStaticPaths = (async () =>
  (await getLetters()).flatMap((letter) =>
    letter.data.attachments.map((attachment) => ({
      params: { slug: letter.id, file: attachment.file },
      props: {
        source: letter.filePath
          ? path.resolve(letter.filePath, '..', attachment.file)
          : contentPath('announcements', attachment.file),
      },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ source: string }> = async ({ props }) =>
  new Response(await readFile(props.source), {
    headers: { 'Content-Type': 'application/pdf' },
  });
