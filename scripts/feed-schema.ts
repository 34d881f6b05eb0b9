/**
 * Writes schemas/cong-dan-so-tien-do-1.schema.json, the ward feed's format as JSON Schema, from
 * the one zod schema both the ward and the hub use (src/lib/tables/progress-feed.ts). The unit test
 * tests/unit/progress-feed.test.ts fails when the file and the schema differ: run this again.
 *
 *   node scripts/feed-schema.ts
 */
import { writeFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { FEED_FORMAT, feedSchema } from '../src/lib/tables/progress-feed.ts';

export const SCHEMA_FILE = 'schemas/cong-dan-so-tien-do-1.schema.json';

/** The JSON Schema text, as committed. */
export function feedJsonSchema(): string {
  const { $schema, ...rest } = z.toJSONSchema(feedSchema, { io: 'input' });
  const schema = {
    $schema,
    $id: `https://congdanso.haiphong.invalid/schemas/${FEED_FORMAT.replace('/', '-')}.schema.json`,
    title: `Số liệu tham gia của một phường (${FEED_FORMAT})`,
    description:
      'The participation figures a ward site publishes at /tien-do/so-lieu.json, read by the city hub.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (import.meta.main) {
  writeFileSync(SCHEMA_FILE, feedJsonSchema());
  console.log(`Wrote ${SCHEMA_FILE}`);
}
