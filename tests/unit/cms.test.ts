/**
 * The content editor (/quan-tri/): its configuration comes from the schemas, field for field, and
 * its bundle asks no other origin for its strings, fonts, updates or status.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  selfContainedBundle,
  stringKeys,
  sveltiaPackage,
  withMissingStrings,
} from '../../src/lib/editor/cms-bundle.ts';
import cmsVietnamese from '../../src/i18n/cms-vi.json' with { type: 'json' };
import {
  cmsCollections,
  cmsConfig,
  cmsFields,
  cmsSchemas,
  type CmsContext,
  type CmsField,
} from '../../src/lib/editor/cms-config.ts';
import { bulletinSchema } from '../../src/schemas/bulletins.ts';
import { text } from '../../src/schemas/common.ts';
import {
  headersFor,
  nginxHeadersFor,
  parseHeaders,
} from '../../src/lib/security/security-headers.ts';

const context: CmsContext = {
  groups: [
    { code: 'to-1', name: 'Tổ dân phố số 1' },
    { code: 'to-2', name: 'Tổ dân phố số 2' },
  ],
  categories: [
    { code: 'thanh-nien-so', name: 'Thanh niên số' },
    { code: 'gia-dinh-so', name: 'Gia đình số' },
  ],
  guides: [{ code: 'an-toan-tren-mang', name: 'An toàn trên mạng' }],
  repo: 'phuong/cong-dan-so',
  branch: 'main',
  site: { title: 'Công dân số Quang Trung', base: '/congdanso/' },
};

type Shape = Record<string, z.ZodType>;
type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Shape;
};
const def = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Dotted paths of every field of a schema, objects and lists of objects included. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  let current = schema;
  for (;;) {
    const d = def(current);
    if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable')
      current = d.innerType!;
    else if (d.type === 'pipe') current = d.in!;
    else if (d.type === 'array' && prefix) current = d.element!;
    else break;
  }
  const d = def(current);
  if (d.type !== 'object') return [];
  return Object.entries(d.shape!).flatMap(([name, field]) => [
    `${prefix}${name}`,
    ...schemaPaths(field, `${prefix}${name}.`),
  ]);
}

/** Dotted paths of every editor field. */
function cmsPaths(fields: readonly CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => [
    `${prefix}${field.name}`,
    ...cmsPaths(field.fields ?? [], `${prefix}${field.name}.`),
  ]);
}

describe('the editor configuration follows the schemas', () => {
  const collections = cmsCollections(context);
  const fieldsOf = (name: string) => {
    const collection = collections.find((entry) => entry.name === name) as
      { fields: CmsField[] } | { files: { name: string; fields: CmsField[] }[] };
    return 'files' in collection ? collection.files[0]!.fields : collection.fields;
  };
  const schemas = cmsSchemas(context);
  const editorCollection: Record<string, string> = { site: 'settings' };

  it.each(Object.keys(schemas))(
    '%s: every schema field has an editor field, and no more',
    (name) => {
      const fields = fieldsOf(editorCollection[name] ?? name).filter(
        (field) => field.name !== 'body',
      );
      expect(cmsPaths(fields).sort()).toEqual(schemaPaths(schemas[name]!).sort());
    },
  );

  it('every content collection is in the editor, or is named here with why it is not', () => {
    // The collections the build reads, as src/content.config.ts exports them.
    const config = readFileSync(path.resolve('src/content.config.ts'), 'utf8');
    const declared = /export const collections = \{([^}]*)\}/
      .exec(config)![1]!
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    // Tables are replaced as whole .csv/.xlsx files in the editor's file library, not as forms.
    const tables = ['groups', 'participation', 'officials'];
    const folderOf: Record<string, string> = { selfCheck: 'self-check' };
    const missing = declared.filter(
      (name) => !tables.includes(name) && !((folderOf[name] ?? name) in schemas),
    );
    expect(declared.length).toBeGreaterThan(8);
    expect(missing).toEqual([]);
  });

  it('file names are made only from fields that refuse "_" and "~", which the rule refuses', () => {
    for (const collection of collections) {
      if (!('folder' in collection)) continue;
      const sources = [...collection.slug.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]);
      expect(sources.length, collection.name).toBeGreaterThan(0);
      for (const source of sources) {
        const field = collection.fields.find((entry) => entry.name === source)!;
        const pattern = new RegExp((field.pattern as [string, string])[0]);
        expect(pattern.test('Đường vào nhà văn hóa đã sửa xong'), collection.name).toBe(true);
        expect(pattern.test('Tổ_5'), collection.name).toBe(false);
        expect(pattern.test('Tổ ~ 5'), collection.name).toBe(false);
      }
    }
  });

  it('self-check questions are named after their guide, chosen from the guides', () => {
    const guide = fieldsOf('self-check').find((field) => field.name === 'guide')!;
    expect(guide).toMatchObject({
      widget: 'select',
      options: [{ value: 'an-toan-tren-mang', label: 'An toàn trên mạng' }],
    });
    const selfCheck = collections.find((entry) => entry.name === 'self-check')!;
    expect(selfCheck).toMatchObject({
      folder: 'content/self-check',
      slug: '{{guide}}-{{question}}',
    });
    expect(fieldsOf('self-check').some((field) => field.name === 'body')).toBe(false);
  });

  it('a field added to a schema appears in the editor with no second edit', () => {
    const grown = bulletinSchema.extend({ audio: text('tệp ghi âm', 'audio: "ban-tin-1.mp3"') });
    expect(cmsFields(grown).find((field) => field.name === 'audio')).toMatchObject({
      label: 'Tệp ghi âm',
      hint: 'Ví dụ: ban-tin-1.mp3',
    });
  });

  it('labels and hints are Vietnamese, from the schemas', () => {
    const title = fieldsOf('news').find((field) => field.name === 'title')!;
    expect(title).toMatchObject({ label: 'Tiêu đề', widget: 'string', required: true });
    expect(title.hint).toBe('Ví dụ: Thanh niên số hỗ trợ người cao tuổi');
    const coverAlt = fieldsOf('news').find((field) => field.name === 'coverAlt')!;
    expect(coverAlt.required).toBe(false);
  });

  it('dates are typed day-first in a text field, whatever the browser’s language', () => {
    const date = fieldsOf('news').find((field) => field.name === 'date')!;
    expect(date).toMatchObject({
      widget: 'string',
      required: true,
      hint: 'Ngày/tháng/năm, ví dụ 11/10/2025.',
    });
    const [pattern, message] = date.pattern as [string, string];
    expect(message).toBe('Viết ngày theo dạng ngày/tháng/năm bằng số, ví dụ 11/10/2025.');
    const takes = (value: string) => new RegExp(pattern).test(value);
    // Day-first as staff type it; year-month-day as the files already hold it.
    for (const value of ['11/10/2025', '1/2/2025', '2025-10-11']) expect(takes(value)).toBe(true);
    for (const value of ['10 Nov 2025', '11-10-2025', '11/10/25', ''])
      expect(takes(value)).toBe(false);
    const all = (fields: CmsField[]): CmsField[] =>
      fields.flatMap((field) => [field, ...all(field.fields ?? [])]);
    const opens = all(fieldsOf('settings')).find((field) => field.name === 'opens')!;
    expect(opens).toMatchObject({ widget: 'string', pattern: date.pattern });
  });

  it('closed sets come from content: groups from the groups table, categories from site.yaml', () => {
    const story = fieldsOf('stories');
    expect(story.find((field) => field.name === 'group')!.options).toEqual([
      { value: 'to-1', label: 'Tổ dân phố số 1' },
      { value: 'to-2', label: 'Tổ dân phố số 2' },
    ]);
    expect(story.find((field) => field.name === 'category')!.options).toEqual([
      { value: 'thanh-nien-so', label: 'Thanh niên số' },
      { value: 'gia-dinh-so', label: 'Gia đình số' },
    ]);
    expect(story.find((field) => field.name === 'consent')).toMatchObject({
      widget: 'boolean',
      default: false,
    });
    expect(story.find((field) => field.name === 'photo')).toMatchObject({ widget: 'image' });
  });

  it('file names follow the project rule: ASCII, accents and đ folded, hyphens', () => {
    expect(cmsConfig(context).slug).toEqual({
      encoding: 'ascii',
      clean_accents: true,
      sanitize_replacement: '-',
      maxlength: 80,
    });
  });

  it('leaves empty optional fields out of the file (the schemas refuse updated: "")', () => {
    expect(cmsConfig(context).output).toEqual({ omit_empty_optional_fields: true });
  });
});

describe('the editor speaks Vietnamese on every screen staff use', () => {
  const { dir } = sveltiaPackage();
  const locale = (name: string) =>
    JSON.parse(readFileSync(path.join(dir, 'locales', `${name}.json`), 'utf8'));
  const english = stringKeys(locale('en-US'));
  const served = stringKeys(withMissingStrings(locale('vi'), cmsVietnamese));

  it('has a Vietnamese string for every English one but the developers’ configuration errors', () => {
    const untranslated = english.filter((key) => !served.includes(key) && !/^config\./.test(key));
    expect(untranslated).toEqual([]);
  });

  it('keeps the package’s own translations, and adds none it does not use', () => {
    expect(
      withMissingStrings({ a: 'gốc', b: { c: 'gốc' } }, { a: 'mới', b: { c: 'mới', d: 'mới' } }),
    ).toEqual({
      a: 'gốc',
      b: { c: 'gốc', d: 'mới' },
    });
    expect(stringKeys(cmsVietnamese).filter((key) => !english.includes(key))).toEqual([]);
  });
});

describe('the editor bundle is self-contained', () => {
  const { dir, version } = sveltiaPackage();
  const source = readFileSync(path.join(dir, 'dist/sveltia-cms.js'), 'utf8');

  it('asks no CDN for strings, fonts or updates, nor GitHub for its status', () => {
    const bundle = selfContainedBundle(source, version);
    for (const address of [
      'https://unpkg.com/@sveltia/cms',
      'cdn.jsdelivr.net/fontsource',
      'githubstatus.com/api',
    ])
      expect(bundle).not.toContain(address);
  });

  it('links "create a token" with the repository’s owner and name filled in', () => {
    const bundle = selfContainedBundle(source, version, 'phuong-quang-trung/cong-dan-so');
    expect(bundle).not.toContain('{name:`Sveltia CMS`,contents:`write`}');
    expect(bundle).toContain(
      'new URLSearchParams({"name":"Biên tập phuong-quang-trung/cong-dan-so","description":"Lưu bài vào kho phuong-quang-trung/cong-dan-so từ trình biên tập của trang web","target_name":"phuong-quang-trung","contents":"write"})',
    );
  });

  it('says in Vietnamese that it needs https, where it would say so in English', () => {
    const bundle = selfContainedBundle(source, version);
    expect(bundle).not.toContain('must use HTTPS protocol');
    expect(bundle).not.toContain('only works with HTTPS');
    expect(bundle.split('Trang quản trị chỉ mở được qua địa chỉ bảo mật')).toHaveLength(3);
  });

  it('stops the build when another version loads them from elsewhere', () => {
    expect(() =>
      selfContainedBundle(source.replace('https://www.githubstatus.com/api/v2/', 'x'), version),
    ).toThrow(/GitHub status API/);
  });
});

describe('a path can drop a header of an earlier rule (! Name)', () => {
  const rules = parseHeaders(
    "/*\n  Content-Security-Policy: default-src 'self'\n  X-Frame-Options: DENY\n/quan-tri/*\n  ! Content-Security-Policy\n  Content-Security-Policy: style-src 'unsafe-inline'\n",
  );
  it('replaces the policy on the editor only', () => {
    expect(headersFor(rules, '/quan-tri/').get('content-security-policy')).toBe(
      "style-src 'unsafe-inline'",
    );
    expect(headersFor(rules, '/quan-tri/').get('x-frame-options')).toBe('DENY');
    expect(headersFor(rules, '/tin-tuc/').get('content-security-policy')).toBe(
      "default-src 'self'",
    );
  });

  it('gives nginx the editor its own location headers', () => {
    expect(nginxHeadersFor(rules, '/quan-tri/').split('\n').slice(1)).toEqual([
      'add_header x-frame-options "DENY" always;',
      'add_header content-security-policy "style-src \'unsafe-inline\'" always;',
      '',
    ]);
  });
});
