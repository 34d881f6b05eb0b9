/**
 * The ward feed (format cong-dan-so-tien-do/1) built from hand-made rows, read back as the hub
 * reads it, and the committed JSON Schema kept equal to the one zod schema.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wardProgress } from '../../src/lib/tables/participation.ts';
import {
  buildFeed,
  feedCsv,
  readFeed,
  type ProgressFeed,
} from '../../src/lib/tables/progress-feed.ts';
import { feedJsonSchema, SCHEMA_FILE } from '../../scripts/feed-schema.ts';

const groups = [
  { code: 'to-a', name: 'Tổ dân phố A' },
  { code: 'to-b', name: 'Tổ dân phố B' },
  { code: 'to-c', name: 'Tổ dân phố C' },
];
// to-a counted twice: the later row (2025-11-04) counts. to-c has not reported.
const households = [
  { date: '2025-11-01', group: 'to-a', households: 50, joined: 10 },
  { date: '2025-11-04', group: 'to-a', households: 50, joined: 36 },
  { date: '2025-11-02', group: 'to-b', households: 30, joined: 20 },
];
const officials = [{ date: '2025-11-03', unit: 'Văn phòng', officials: 12, joined: 11 }];
const targets = { households: 70, officials: 100 };

function feedOf(withOfficials: boolean, sample = false): ProgressFeed {
  return buildFeed({
    ward: 'Phường Thử',
    site: 'https://thu.example/',
    sample,
    progress: wardProgress({
      groups,
      households,
      officials: withOfficials ? officials : [],
      targets,
    }),
  });
}

describe('the ward feed', () => {
  it('holds the latest figures of each group and their sums, by hand', () => {
    expect(feedOf(true)).toEqual({
      format: 'cong-dan-so-tien-do/1',
      ward: 'Phường Thử',
      site: 'https://thu.example/',
      asOf: '2025-11-04',
      targets: { householdsPercent: 70, officialsPercent: 100 },
      // 50 + 30 households over the two groups that reported; 36 + 20 took part.
      households: { total: 80, joined: 56 },
      officials: { total: 12, joined: 11 },
      groups: [
        { code: 'to-a', name: 'Tổ dân phố A', households: 50, joined: 36, asOf: '2025-11-04' },
        { code: 'to-b', name: 'Tổ dân phố B', households: 30, joined: 20, asOf: '2025-11-02' },
        { code: 'to-c', name: 'Tổ dân phố C', households: null, joined: null },
      ],
    });
  });

  it('says officials: null without an officials table, and marks sample data', () => {
    const feed = feedOf(false, true);
    expect(feed.officials).toBeNull();
    expect(feed.sample).toBe(true);
    expect(feedOf(true)).not.toHaveProperty('sample');
  });

  it('writes the groups as CSV, blank where a group has not reported', () => {
    expect(feedCsv(feedOf(true))).toBe(
      '\uFEFFcode,name,households,joined,asOf\r\n' +
        'to-a,Tổ dân phố A,50,36,2025-11-04\r\n' +
        'to-b,Tổ dân phố B,30,20,2025-11-02\r\n' +
        'to-c,Tổ dân phố C,,,\r\n',
    );
  });

  it('is read back as it was written', () => {
    const feed = feedOf(true);
    expect(readFeed(JSON.stringify(feed))).toEqual({ feed });
  });

  it('tells a broken feed from one of another format', () => {
    expect(readFeed('{"format": "cong-dan-so-tien-do/1",')).toMatchObject({
      problem: { kind: 'malformed' },
    });
    expect(readFeed('{"format": "cong-dan-so-tien-do/2"}')).toEqual({
      problem: { kind: 'other-format', format: 'cong-dan-so-tien-do/2' },
    });
    const noHouseholds: Partial<ProgressFeed> = feedOf(true);
    delete noHouseholds.households;
    expect(readFeed(JSON.stringify(noHouseholds))).toMatchObject({
      problem: { kind: 'malformed', detail: expect.stringContaining('households') },
    });
    const impossible = { ...feedOf(true), households: { total: 10, joined: 11 } };
    expect(readFeed(JSON.stringify(impossible))).toEqual({
      problem: {
        kind: 'implausible',
        detail: 'ở "households", số tham gia (11) nhiều hơn tổng số (10)',
      },
    });
  });

  it('refuses a site that is not a web address, since the hub links to it', () => {
    const feed = { ...feedOf(true), site: 'javascript:alert(1)' };
    expect(readFeed(JSON.stringify(feed))).toMatchObject({
      problem: { kind: 'malformed', detail: expect.stringContaining('site') },
    });
  });

  it('keeps fields a later version adds', () => {
    const feed = { ...feedOf(true), population: 2000 };
    expect(readFeed(JSON.stringify(feed))).toEqual({ feed });
  });

  it('the committed JSON Schema is the zod schema (node scripts/feed-schema.ts writes it)', () => {
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(JSON.parse(feedJsonSchema()));
  });
});
