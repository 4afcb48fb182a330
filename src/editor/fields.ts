/**
 * The editor's fields, derived from the content model (src/schemas/content-model.ts), which is read
 * from the Zod schemas the check and the build use: names, descriptions, allowed values and
 * defaults come from there, never from a second copy. A kind of field the mapper does not know
 * stops it, so a schema change the editor does not follow fails tests/unit/editor/fields.test.ts.
 */
import { collection, fields, type ComponentSchema } from '@keystatic/core';
import type { CollectionDoc, FieldDoc, FieldType } from '../schemas/content-model.ts';
import { partialDateField } from './partial-date-field.ts';
import { rawMdxField } from './raw-mdx-field.ts';

/** Fields written as paragraphs rather than one line. */
const PARAGRAPH_FIELDS = new Set(['summary', 'note', 'event', 'description', 'text', 'quote']);

/** The field whose value names the file (Keystatic's slug): a collection's `title` or `name`. */
export function slugFieldOf(doc: CollectionDoc): string {
  const field = doc.fields.find((f) => f.name === 'title') ?? doc.fields.find((f) => f.name === 'name');
  if (!field) throw new Error(`The editor names files after a "title" or "name" field, and ${doc.folder} has neither: give the editor a slug field for it in src/editor/fields.ts.`);
  return field.name;
}

function choiceField(doc: FieldDoc, values: string[]): ComponentSchema {
  const options = values.map((value) => ({ label: value, value }));
  if (!doc.required) options.unshift({ label: '(none)', value: '' });
  const wanted = typeof doc.defaultValue === 'string' ? doc.defaultValue : options[0]?.value ?? '';
  return fields.select({ label: doc.name, description: doc.description, options, defaultValue: wanted });
}

type ItemProps = { value?: unknown; fields?: Record<string, { value?: unknown }> };

/** What a list shows for one item: its first field (a status, a date) or its value. */
function itemText(props: ItemProps, first: string | undefined): string {
  return String((first ? props.fields?.[first]?.value : props.value) ?? '');
}

/** The item field of a list: a field of the item's type, labelled like the list. */
function itemField(doc: FieldDoc, of: FieldType): ComponentSchema {
  return editorField({ ...doc, required: true, type: of, defaultValue: undefined });
}

/**
 * The Keystatic field for one documented field. Checks (required, at least N, formats) are left to
 * the content check, which the editor's panel and save gate run, so problems read as in `npm run check`.
 */
export function editorField(doc: FieldDoc): ComponentSchema {
  const label = doc.name;
  const description = doc.description;
  const type = doc.type;
  switch (type.kind) {
    case 'text':
    case 'language':
    case 'site-language':
      return fields.text({ label, description, multiline: PARAGRAPH_FIELDS.has(doc.name) });
    case 'date':
    case 'past-date':
      return partialDateField(label, description);
    case 'web-address':
      return fields.text({ label, description });
    case 'number':
      return fields.integer({ label, description });
    case 'yes-no':
      return fields.checkbox({ label, description });
    case 'choice':
      return choiceField(doc, type.values);
    case 'reference':
      return fields.relationship({ label, description, collection: type.collection });
    case 'group':
      return fields.object(Object.fromEntries(type.fields.map((f) => [f.name, editorField(f)])), { label, description });
    case 'list': {
      const of = type.of;
      if (of.kind === 'reference') return fields.multiRelationship({ label, description, collection: of.collection });
      if (of.kind === 'choice') return fields.multiselect({ label, description, options: of.values.map((value) => ({ label: value, value })) });
      const first = of.kind === 'group' ? of.fields[0]?.name : undefined;
      return fields.array(itemField(doc, of), {
        label, description,
        itemLabel: (props) => itemText(props as ItemProps, first),
      });
    }
    default:
      throw new Error(`The editor has no field for the kind "${(type as { kind: string }).kind}" (${doc.path}); add it to editorField in src/editor/fields.ts.`);
  }
}

/** The Keystatic schema of one collection: its slug field, every other field, and the MDX body. */
export function editorSchema(doc: CollectionDoc): Record<string, ComponentSchema> {
  const slug = slugFieldOf(doc);
  const schema: Record<string, ComponentSchema> = {};
  for (const field of doc.fields) {
    schema[field.name] = field.name === slug
      ? fields.slug({ name: { label: field.name, description: field.description } })
      : editorField(field);
  }
  if (doc.format === 'mdx') schema.body = rawMdxField('Text');
  return schema;
}

function folder(doc: CollectionDoc): string {
  return doc.folder.replace(/\/$/, '');
}

/** The Keystatic collections of the whole content model, reading and writing the files of content/. */
export function editorCollections(model: CollectionDoc[]) {
  return Object.fromEntries(model.map((doc) => [doc.collection, collection({
    label: doc.collection,
    // Translations sit in a folder per language (content/translations/kk/…): their slug holds it.
    path: doc.collection === 'translations' ? `${folder(doc)}/**` as const : `${folder(doc)}/*` as const,
    // Keystatic types the slug field by the schema's literal keys, which a derived schema has not.
    slugField: slugFieldOf(doc) as never,
    format: doc.format === 'mdx' ? { contentField: 'body' } : { data: 'yaml' },
    schema: editorSchema(doc),
  })]));
}
