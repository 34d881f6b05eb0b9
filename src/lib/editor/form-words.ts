/**
 * A problem as the editor's form says it. The build's messages are written for people editing
 * files: they name the file, the line and the field's key (`trường "coverAlt"`), and their
 * examples are lines of a file (`Ví dụ: coverAlt: "…"`). The form shows none of that: it shows each
 * field's label ("Mô tả ảnh"). Here the field is named by its label, and the file's words are
 * taken out of the message; the file and line stay in the deploy's issue, where files are shown.
 */
import type { CmsField } from './cms-fields.ts';

/** A key in brackets after a word, for people editing files: "ảnh (cover)", "hướng dẫn (guide)". */
const KEY_IN_BRACKETS = /\s*\([a-z][A-Za-z0-9.]*\)/g;

/** Labels without the file's keys: "Mô tả ảnh (coverAlt)" → "Mô tả ảnh". */
export function withoutKeys(text: string): string {
  return text.replace(KEY_IN_BRACKETS, '').trim();
}

/** A message in the form's words: no keys in brackets, examples as the value alone. */
export function formMessage(message: string): string {
  return withoutKeys(message).replace(/(Ví dụ:\s+)[a-z][A-Za-z0-9]*:\s+/g, '$1');
}

/**
 * Each field's label by its dotted path (list positions left out: "attachments.file"), a nested
 * field's after its group's ("Người ký › Tên người ký"), as the form shows them.
 */
export function fieldLabels(
  fields: readonly CmsField[],
  prefix = '',
  parent = '',
): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const field of fields) {
    const path = `${prefix}${field.name}`;
    const label = parent ? `${parent} › ${field.label}` : field.label;
    labels[path] = label;
    const inner = field.fields ?? (field.field ? [field.field] : []);
    // A list of one field ("Nơi gửi", one line each) is that field: its items take its label.
    if (field.field && !field.field.fields) continue;
    Object.assign(labels, fieldLabels(inner, `${path}.`, label));
  }
  return labels;
}

/** The label of a problem's dotted field ("attachments.0.file"), if the form has that field. */
export function labelOf(
  labels: Readonly<Record<string, string>>,
  field: string,
): string | undefined {
  const path = field
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
  return Object.hasOwn(labels, path) ? labels[path] : undefined;
}

/** One problem of a form, in its words: the field's label, then what to do. */
export function formProblem(
  problem: { field?: string | undefined; message: string },
  labels: Readonly<Record<string, string>>,
): string {
  const label = problem.field ? labelOf(labels, problem.field) : undefined;
  return `${label ? `${label}: ` : ''}${formMessage(problem.message)}`;
}

/**
 * Every form's labels, from the editor's collections: a folder collection's by its name ("news"),
 * a file's form by the file's own name ("site" for site.yaml's settings).
 */
export function formLabels(
  collections: readonly {
    name: string;
    fields?: CmsField[];
    files?: { name: string; fields: CmsField[] }[];
  }[],
): Record<string, Record<string, string>> {
  const labels: Record<string, Record<string, string>> = {};
  for (const collection of collections) {
    if (collection.fields) labels[collection.name] = fieldLabels(collection.fields);
    for (const file of collection.files ?? []) labels[file.name] = fieldLabels(file.fields);
  }
  return labels;
}
