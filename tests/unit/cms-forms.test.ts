/**
 * What staff see in the editor's forms (/quan-tri/), collection by collection: Vietnamese words
 * for labels, plain sentences for hints (no YAML), dates typed day-first, uploads named
 * like the project's files, a picture's description asked for, what only the IT person may change
 * read-only, and sign-in offered only where it can work.
 */
import { describe, expect, it } from 'vitest';
import { cmsConfig, type CmsContext, type CmsField } from '../../src/lib/editor/cms-config.ts';
import { IT_ONLY_FIELDS } from '../../src/lib/editor/cms-site.ts';

const context: CmsContext = {
  groups: [{ code: 'to-1', name: 'Tổ dân phố số 1' }],
  categories: [{ code: 'thanh-nien-so', name: 'Thanh niên số' }],
  guides: [{ code: 'an-toan-tren-mang', name: 'An toàn trên mạng' }],
  repo: 'phuong/cong-dan-so',
  branch: 'main',
  site: { title: 'Công dân số Quang Trung', base: '/congdanso/' },
};

interface Form {
  name: string;
  label: string;
  fields: CmsField[];
}

/** Every form of the editor: each folder collection, and each file of a files collection. */
function forms(config = cmsConfig(context)): Form[] {
  return config.collections.flatMap((collection) =>
    'files' in collection && collection.files
      ? collection.files.map((file) => ({ ...file, label: `${collection.label}: ${file.label}` }))
      : [collection as Form],
  );
}

/** Every field of a form with its dotted path, list items and nested objects included. */
function walk(fields: readonly CmsField[], prefix = ''): { path: string; field: CmsField }[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    return [
      { path, field },
      ...walk(field.fields ?? [], `${path}.`),
      ...(field.field ? walk([field.field], `${path}.`) : []),
    ];
  });
}

// A file's key written into a label: "(coverAlt)", "timeZone", "site.yaml".
const KEY_IN_LABEL = /\([a-z][A-Za-z0-9.]*\)|\b[a-z]+[A-Z][A-Za-z]*\b|\.(ya?ml|mdx?|csv)\b/;
/** Every field name of the editor: what a hint in YAML would write before a colon. */
const FIELD_NAMES = new Set(
  forms().flatMap((form) => walk(form.fields).map(({ field }) => field.name)),
);
/** YAML in a hint: "coverAlt: …", "title: …", or a list item `- "…"`. */
const yamlIn = (hint: string) =>
  /(^|:\s*)-\s+"/.test(hint) ||
  [...hint.matchAll(/(?:^|[\s("])([A-Za-z][A-Za-z0-9]*):\s/g)].some((match) =>
    FIELD_NAMES.has(match[1]!),
  );

describe.each(forms().map((form) => [form.name, form] as const))('the form "%s"', (_, form) => {
  const fields = walk(form.fields);

  it('has Vietnamese labels, with no file key in them', () => {
    expect(form.label).not.toMatch(KEY_IN_LABEL);
    const keyed = fields.filter(
      ({ field }) => field.label === field.name || KEY_IN_LABEL.test(field.label),
    );
    expect(keyed.map(({ path, field }) => `${path}: ${field.label}`)).toEqual([]);
  });

  it('has hints in plain sentences, with no YAML and no time zone', () => {
    const yaml = fields.filter(({ field }) => field.hint && yamlIn(field.hint));
    expect(yaml.map(({ path, field }) => `${path}: ${field.hint}`)).toEqual([]);
    expect(fields.filter(({ field }) => /UTC/.test(String(field.hint ?? '')))).toEqual([]);
  });

  it('asks for dates as day-first text, never with the browser’s date picker', () => {
    // The picker is drawn in the browser's language: 11/10/2025 is 10 November on English Windows.
    expect(
      fields.filter(({ field }) => field.widget === 'datetime').map(({ path }) => path),
    ).toEqual([]);
  });

  it('asks for a description next to every picture, saying it is required', () => {
    const pictures = fields.filter(({ field }) => field.widget === 'image');
    for (const { path } of pictures) {
      const description = fields.find((entry) => entry.path === `${path}Alt`);
      expect(description, `${path}Alt`).toBeDefined();
      expect(description!.field.hint, `${path}Alt`).toMatch(/^Bắt buộc khi có ảnh/);
    }
  });
});

describe('the editor as a whole', () => {
  it('finds YAML in a hint as the schemas’ examples wrote it', () => {
    expect(yamlIn('Ví dụ: coverAlt: "Đoàn viên hướng dẫn bà con"')).toBe(true);
    expect(yamlIn('Ví dụ: - "Không ai cả"')).toBe(true);
    expect(yamlIn('Địa chỉ chính thức của trang web: mã QR trỏ tới đây.')).toBe(false);
  });

  it('has pictures and files among the forms it checks', () => {
    const widgets = forms().flatMap((form) => walk(form.fields).map(({ field }) => field.widget));
    expect(widgets.filter((widget) => widget === 'image')).toHaveLength(2);
    const dates = forms().flatMap((form) =>
      walk(form.fields).filter(({ field }) => field.hint === 'Ngày/tháng/năm, ví dụ 11/10/2025.'),
    );
    expect(dates.length).toBeGreaterThan(8);
  });

  it('names uploaded files like the project’s, and offers no stock photo services', () => {
    expect(cmsConfig(context).media_libraries).toEqual({
      default: { config: { slugify_filename: true } },
      stock_assets: { providers: [] },
    });
  });

  it('shows the site’s address, the sample switch and the sign-in service read-only', () => {
    const site = forms().find((form) => form.name === 'site')!;
    const fields = walk(site.fields);
    for (const path of IT_ONLY_FIELDS) {
      const found = fields.find((entry) => entry.path === path);
      expect(found?.field, path).toMatchObject({ readonly: true });
      expect(found!.field.hint, path).toContain('Chỉ người quản lý kỹ thuật của phường');
    }
    expect(IT_ONLY_FIELDS).toEqual([
      'site.url',
      'site.urlIsSample',
      'site.authService',
      'site.repository',
    ]);
  });

  it('offers token sign-in only, when the ward runs no sign-in service', () => {
    expect(cmsConfig(context).backend).toEqual({
      name: 'github',
      repo: 'phuong/cong-dan-so',
      branch: 'main',
      auth_methods: ['token'],
    });
  });

  it('offers "sign in with GitHub" through the ward’s own service when site.yaml names one', () => {
    const withService = {
      ...context,
      site: { ...context.site, authService: 'https://dang-nhap.quangtrung.workers.dev/' },
    };
    expect(cmsConfig(withService).backend).toMatchObject({
      auth_methods: ['oauth', 'token'],
      base_url: 'https://dang-nhap.quangtrung.workers.dev',
    });
  });

  it('links the table checker from the first list staff see, under the site’s base path', () => {
    const news = cmsConfig(context).collections.find((collection) => collection.name === 'news');
    expect(news).toMatchObject({
      description: expect.stringMatching(
        /^\[Kiểm tra bảng số liệu\]\(\/congdanso\/quan-tri\/kiem-tra-bang\/\)/,
      ),
    });
  });

  it('shows the ward’s site name and icon, not the editor’s', () => {
    expect(cmsConfig(context)).toMatchObject({
      app_title: 'Quản trị nội dung – Công dân số Quang Trung',
      logo: { src: '/congdanso/icon/192.png' },
    });
  });
});
