/**
 * The configuration of the content editor at /quan-tri/ (Sveltia CMS), made from the zod schemas
 * of src/schemas and from the content itself, so that the schemas stay the one source of truth: a
 * field added to a schema appears in the editor with no second edit.
 *
 * Field names, required fields and defaults come from the schemas' structure; labels and hints
 * from the metadata the helpers of src/schemas/common.ts attach (`.meta({ title, examples })`,
 * Vietnamese); closed sets from content (group codes from the groups table, story categories from
 * site.yaml). Dates are saved as the schemas read them: year-month-day, no time.
 */
import type { z } from 'astro/zod';
import { z as zod } from 'astro/zod';
import { folderSchemas } from '../../schemas/folders.ts';
import { siteSchema } from '../../schemas/site.ts';
import { vi } from '../../i18n/vi.ts';
import { cmsFields, type CmsField, type Overrides } from './cms-fields.ts';
import { MAX_SLUG_LENGTH } from '../content-rules/file-names.ts';
import { TABLE_CHECKER_PATH } from '../tables/check.ts';
import { editorFrame, siteOverrides } from './cms-site.ts';

export { cmsField, cmsFields, DATE_PATTERN, type CmsField } from './cms-fields.ts';

export interface CmsContext {
  /** Groups from the groups table: code and name. */
  groups: readonly { code: string; name: string }[];
  /** Story categories from site.yaml. */
  categories: readonly { code: string; name: string }[];
  /** Guides (file name and title), which self-check questions name. */
  guides: readonly { code: string; name: string }[];
  /** The Git repository ("owner/name") the hosted site is published from. */
  repo: string;
  /** The branch the site is built from. */
  branch: string;
  /** From site.yaml: what the editor's own screens show, and how staff sign in. */
  site: {
    /** The site's title, the editor's title ("Quản trị nội dung – …"). */
    title: string;
    /** The site's base path ("/" or "/congdanso/"): the ward's icon is under it. */
    base: string;
    /** The ward's own OAuth service (an origin), when it runs one. */
    authService?: string;
  };
}

/** A marker for a picture next to the entry: the editor's image widget. */
const imageField = () => zod.string().meta({ format: 'image' });

/**
 * What the fields a file name is made from may hold: anything but "_" and "~", which the editor's
 * ASCII file names keep as they are and the project's file-name rule refuses.
 */
export const SLUG_SOURCE_PATTERN: [string, string] = ['^[^_~]*$', vi['cms.hint.slugSource']];

/** The editor's collections, one per kind of content an editor touches. */
export function cmsCollections(context: CmsContext) {
  const tablesNote = vi['cms.tablesNote'].replace(
    '{checker}',
    `${context.site.base}${TABLE_CHECKER_PATH.slice(1)}`,
  );
  const groupCodes = context.groups.map((group) => group.code);
  const categoryCodes = context.categories.map((category) => category.code);
  const body = (hint: string): CmsField => ({
    name: 'body',
    label: vi['cms.field.body'],
    widget: 'markdown',
    hint,
  });
  // MDX bodies hold components (<Steps>, <Fact name="…" />) that a rich-text editor would break:
  // they are edited as plain text, exactly as written.
  const mdxBody: CmsField = {
    name: 'body',
    label: vi['cms.field.body'],
    widget: 'text',
    hint: vi['cms.hint.mdx'],
  };
  const folder = (
    name: string,
    label: string,
    singular: string,
    schema: z.ZodObject,
    extra: {
      extension?: string;
      overrides?: Overrides;
      /** The body's editor field; null for files that are frontmatter only. */
      body?: CmsField | null;
      media?: string;
      /** The fields the file name is made from, in order. */
      slugFields?: string[];
    } = {},
  ) => {
    const slugFields = extra.slugFields ?? ['title'];
    // The editor writes "_" and "~" into file names as they are; the project's rule refuses them,
    // so the fields a file name is made from refuse them first, in the form, before saving.
    const overrides: Overrides = { ...extra.overrides };
    for (const field of slugFields)
      overrides[field] = { pattern: SLUG_SOURCE_PATTERN, ...overrides[field] };
    const bodyField = extra.body === undefined ? body(vi['cms.hint.body']) : extra.body;
    return {
      name,
      label,
      label_singular: singular,
      folder: `content/${name}`,
      extension: extra.extension ?? 'md',
      format: 'frontmatter',
      create: true,
      // File names follow the project's rule: lower-case ASCII, digits, hyphens ("đ" becomes "d").
      slug: slugFields.map((field) => `{{${field}}}`).join('-'),
      // Pictures sit next to the entry (news) or in a folder beside it (stories' anh/).
      media_folder: extra.media ?? '',
      public_folder: extra.media ? `./${extra.media.replace(/^\.?\/?/, '')}` : './',
      fields: [...cmsFields(schema, overrides), ...(bodyField ? [bodyField] : [])],
    };
  };
  const schemas = folderSchemas(imageField, groupCodes, categoryCodes);
  const groupOptions = context.groups.map((group) => ({ value: group.code, label: group.name }));
  const categoryOptions = context.categories.map((category) => ({
    value: category.code,
    label: category.name,
  }));
  return [
    {
      ...folder('news', vi['cms.collection.news'], vi['cms.singular.news'], schemas.news, {
        overrides: { coverAlt: { hint: vi['cms.hint.coverAlt'] } },
      }),
      // The first list staff see: where the tables are, and the checker to try one first.
      description: tablesNote,
    },
    folder(
      'announcements',
      vi['cms.collection.announcements'],
      vi['cms.singular.announcements'],
      schemas.announcements,
      {
        overrides: {
          file: {
            widget: 'file',
            choose_url: false,
            media_folder: '',
            public_folder: '',
            hint: vi['cms.hint.attachment'],
          },
        },
      },
    ),
    folder('stories', vi['cms.collection.stories'], vi['cms.singular.stories'], schemas.stories, {
      media: 'anh',
      overrides: {
        group: { widget: 'select', options: groupOptions },
        category: { widget: 'select', options: categoryOptions },
        consent: {
          hint: vi['cms.hint.consent'],
        },
        published: { hint: vi['cms.hint.published'] },
        photoAlt: { hint: vi['cms.hint.photoAlt'] },
      },
    }),
    folder(
      'bulletins',
      vi['cms.collection.bulletins'],
      vi['cms.singular.bulletins'],
      schemas.bulletins,
    ),
    folder('guides', vi['cms.collection.guides'], vi['cms.singular.guides'], schemas.guides, {
      extension: 'mdx',
      body: mdxBody,
    }),
    folder('pages', vi['cms.collection.pages'], vi['cms.singular.pages'], schemas.pages, {
      extension: 'mdx',
      body: mdxBody,
    }),
    folder(
      'self-check',
      vi['cms.collection.selfCheck'],
      vi['cms.singular.selfCheck'],
      schemas['self-check'],
      // A question has no title: its file is named after its guide, then its words.
      {
        body: null,
        slugFields: ['guide', 'question'],
        overrides: {
          choices: { hint: vi['cms.hint.choices'] },
          answer: { hint: vi['cms.hint.answer'] },
          guide: {
            widget: 'select',
            options: context.guides.map((guide) => ({ value: guide.code, label: guide.name })),
          },
        },
      },
    ),
    {
      name: 'settings',
      label: vi['cms.collection.settings'],
      description: tablesNote,
      files: [
        {
          name: 'site',
          label: vi['cms.collection.site'],
          file: 'content/site.yaml',
          format: 'yaml',
          fields: cmsFields(siteSchema, siteOverrides()),
        },
      ],
    },
  ];
}

/** The whole configuration, written to dist/quan-tri/config.yml by the build. */
export function cmsConfig(context: CmsContext) {
  return {
    ...editorFrame(context),
    // Tables (groups, participation, officials) are replaced in the asset library: the staff
    // member uploads the .csv or .xlsx file they keep, under the same name.
    media_folder: 'content',
    public_folder: '',
    // At most 80 characters: a long title still gives an address that fits a poster line.
    slug: {
      encoding: 'ascii',
      clean_accents: true,
      sanitize_replacement: '-',
      maxlength: MAX_SLUG_LENGTH,
    },
    // An optional field left empty is left out of the file: the schemas refuse `updated: ""`.
    output: { omit_empty_optional_fields: true },
    collections: cmsCollections(context),
  };
}

/** The schema of each folder collection, for the test that every schema field has an editor field. */
export function cmsSchemas(context: Pick<CmsContext, 'groups' | 'categories'>) {
  return {
    ...folderSchemas(
      imageField,
      context.groups.map((group) => group.code),
      context.categories.map((category) => category.code),
    ),
    site: siteSchema,
  } as Record<string, z.ZodObject>;
}
