/**
 * One zod schema field as a field of the content editor's form (Sveltia CMS, Decap's format): the
 * name, whether it is required, its default, its widget, and its Vietnamese label and hint, read
 * from the metadata the helpers of src/schemas/common.ts attach (`.meta({ title, examples })`).
 * Dates are text, written day-first as Vietnam writes them: the browser's date picker shows the
 * browser's language, month-first on an English Windows.
 */
import type { z } from 'astro/zod';
import { z as zod } from 'astro/zod';
import { vi } from '../../i18n/vi.ts';
import { withoutKeys } from './form-words.ts';

/** One field of the editor's form, in the Decap/Sveltia configuration format. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  default?: unknown;
  hint?: string;
  fields?: CmsField[];
  field?: CmsField;
  options?: { label: string; value: string }[];
  [option: string]: unknown;
}

/**
 * What a date field takes: a day-first date ("11/10/2025"), or year-month-day ("2025-10-11"), as
 * dates already in the files are written. The save check (the build's calendarDate) then refuses
 * a day that is not on the calendar.
 */
export const DATE_PATTERN = String.raw`^\s*(\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})\s*$`;

/**
 * A schema's label as an editor label: Vietnamese words only. The schemas' labels name the file's
 * field in brackets for people editing files ("hướng dẫn (guide)"); the form needs none of it.
 */
export function plainLabel(label: string): string {
  return withoutKeys(label);
}

/**
 * A schema's example as the form shows it: the value alone. The schemas' examples are written as
 * a file holds them (`title: "…"`, `- "…"`), for people editing files.
 */
export function plainExample(example: string): string {
  return example
    .replace(/^[a-z][A-Za-z0-9]*:\s+/, '')
    .replace(/^-\s+/, '')
    .replace(/^"(.*)"$/, '$1');
}

/** Labels of the options of the schemas' closed sets that carry no label of their own. */
const ENUM_LABELS: Record<string, string> = {
  full: vi['cms.option.full'],
  first: vi['cms.option.first'],
  anonymous: vi['cms.option.anonymous'],
};

/** Labels of fields whose schema carries none (plain numbers, sets, lists of objects). */
const FIELD_LABELS: Record<string, string> = {
  order: vi['cms.field.order'],
  display: vi['cms.field.display'],
  age: vi['cms.field.age'],
  attachments: vi['cms.field.attachments'],
  author: vi['cms.field.author'],
  signer: vi['cms.field.signer'],
  questions: vi['cms.field.questions'],
  categories: vi['cms.field.categories'],
  officials: vi['cms.field.officials'],
  households: vi['cms.field.households'],
  cover: vi['cms.field.cover'],
  photo: vi['cms.field.photo'],
  tags: vi['cms.field.tags'],
  group: vi['cms.field.group'],
  category: vi['cms.field.category'],
  allowContact: vi['cms.field.allowContact'],
  urlIsSample: vi['cms.field.urlIsSample'],
  authService: vi['cms.field.authService'],
  body: vi['cms.field.body'],
  choices: vi['cms.field.choices'],
  answer: vi['cms.field.answer'],
  // Sections of site.yaml.
  site: vi['cms.section.site'],
  ward: vi['cms.section.ward'],
  campaign: vi['cms.section.campaign'],
  selfCheck: vi['cms.section.selfCheck'],
  targets: vi['cms.section.targets'],
  report: vi['cms.section.report'],
  help: vi['cms.section.help'],
  hotline: vi['cms.section.hotline'],
  zalo: vi['cms.section.zalo'],
  stories: vi['cms.section.stories'],
  submit: vi['cms.section.submit'],
  cultureCenter: vi['cms.section.cultureCenter'],
};

type Schema = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };

interface Meta {
  title?: string;
  examples?: unknown[];
  format?: string;
  type?: string;
  description?: string;
}

function metaOf(schema: Schema): Meta {
  return (zod.globalRegistry.get(schema) as Meta | undefined) ?? {};
}

/** The schema under optional/default wrappers, with whether it may be left out and its default. */
function unwrap(schema: Schema): { inner: Schema; required: boolean; default?: unknown } {
  let inner = schema;
  let required = true;
  let value: unknown;
  for (;;) {
    const def = inner._zod.def;
    if (def.type === 'optional' || def.type === 'nullable') {
      required = false;
      inner = def.innerType as Schema;
    } else if (def.type === 'default') {
      required = false;
      value = typeof def.defaultValue === 'function' ? def.defaultValue() : def.defaultValue;
      inner = def.innerType as Schema;
    } else return { inner, required, ...(value !== undefined && { default: value }) };
  }
}

/** The first schema with metadata, going into transforms (`pipe`) from the outside in. */
function described(schema: Schema): Meta {
  let current: Schema | undefined = schema;
  const found: Meta = {};
  while (current) {
    Object.assign(found, { ...metaOf(current), ...found });
    const def: Schema['_zod']['def'] = current._zod.def;
    current = def.type === 'pipe' ? (def.in as Schema) : undefined;
  }
  return found;
}

/** The innermost type under transforms: what the value is written as. */
function base(schema: Schema): Schema {
  let current = schema;
  while (current._zod.def.type === 'pipe') current = current._zod.def.in as Schema;
  return current;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/**
 * Extra options of a field, by its name or by its dotted path ("site.url"), the path winning:
 * closed sets read from content, hints, fields only the ward's IT person may change.
 */
export type Overrides = Record<string, Partial<CmsField>>;

/** One schema field as an editor field; `path` is its dotted path in the file. */
export function cmsField(
  name: string,
  schema: Schema,
  overrides: Overrides = {},
  path = name,
): CmsField {
  const { inner, required, default: value } = unwrap(schema);
  const meta = { ...described(inner), ...metaOf(schema) };
  // Flags are labelled "draft (bản nháp)": the Vietnamese part is the label.
  const title = meta.title?.replace(new RegExp(`^${name}\\s*\\((.+)\\)$`), '$1');
  const label =
    FIELD_LABELS[name] && (!title || title === name)
      ? FIELD_LABELS[name]
      : title
        ? capitalise(plainLabel(title))
        : name;
  const example = meta.examples?.[0];
  const field: CmsField = {
    name,
    label,
    widget: 'string',
    required,
    ...(value !== undefined && { default: value }),
    ...(typeof example === 'string' && {
      hint: vi['cms.hint.example'].replace('{example}', plainExample(example)),
    }),
  };
  const type = base(inner)._zod.def.type;
  if (meta.format === 'date') {
    // A calendar day, typed day-first: the browser's date picker follows the browser's language.
    Object.assign(field, {
      widget: 'string',
      hint: vi['cms.hint.date'],
      pattern: [DATE_PATTERN, vi['cms.pattern.date']],
    });
  } else if (meta.format === 'image') {
    Object.assign(field, { widget: 'image', choose_url: false });
  } else if (meta.type === 'boolean' || type === 'boolean') {
    Object.assign(field, { widget: 'boolean', default: value ?? false });
  } else if (meta.type === 'integer' || type === 'number') {
    Object.assign(field, { widget: 'number', value_type: 'int' });
  } else if (type === 'enum') {
    const entries = Object.values(inner._zod.def.entries as Record<string, string>);
    delete field.hint;
    Object.assign(field, {
      widget: 'select',
      options: entries.map((entry) => ({ value: entry, label: ENUM_LABELS[entry] ?? entry })),
    });
  } else if (type === 'object') {
    Object.assign(field, {
      widget: 'object',
      collapsed: !required,
      fields: cmsFields(inner as unknown as z.ZodObject, overrides, path),
    });
  } else if (type === 'array') {
    const element = unwrap(inner._zod.def.element as Schema).inner;
    if (base(element)._zod.def.type === 'object') {
      Object.assign(field, {
        widget: 'list',
        fields: cmsFields(base(element) as unknown as z.ZodObject, overrides, path),
      });
    } else {
      const item = cmsField(name, element, {}, path);
      Object.assign(field, {
        widget: 'list',
        field: { ...item, label: item.label, required: true },
      });
    }
  }
  return { ...field, ...overrides[name], ...(path !== name && overrides[path]) };
}

/** Every field of an object schema, in the schema's order; `path` is the object's dotted path. */
export function cmsFields(schema: z.ZodObject, overrides: Overrides = {}, path = ''): CmsField[] {
  return Object.entries(schema.shape).map(([name, field]) =>
    cmsField(name, field as unknown as Schema, overrides, path ? `${path}.${name}` : name),
  );
}
