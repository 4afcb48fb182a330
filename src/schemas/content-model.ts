import type { z } from 'astro/zod';
import { languageTag, partialDate, pastDate, plainReference, referenceTargets, siteLanguage, text, webAddress } from './fields.ts';
import { collectionSchemas } from './index.ts';
import { siteSettingsFile, siteSettingsSchema } from './site.ts';
import { collectionNames, collections, type CollectionName } from '../lib/collections.ts';
import { interfaceLanguages } from '../lib/i18n/locales.ts';
import { schemaDef, type SchemaDef } from './schema-fields.ts';

/** What a field holds, as staff need to know it to write the value. */
export type FieldType =
  | { kind: 'text' | 'date' | 'past-date' | 'web-address' | 'language' | 'site-language' | 'number' | 'yes-no' }
  | { kind: 'choice'; values: string[] }
  | { kind: 'reference'; collection: string }
  | { kind: 'list'; of: FieldType; minItems: number }
  | { kind: 'group'; fields: FieldDoc[] };

/** One field of a collection's schema, documented for staff. */
export interface FieldDoc {
  /** The field's name, e.g. `since`. */
  name: string;
  /** Where it stands, e.g. `status[].since` (a list's items are written `[]`). */
  path: string;
  /** False when the field may be left out (it may still have a default). */
  required: boolean;
  /** What the schema fills in when the field is left out, e.g. `[]` or `en`. */
  defaultValue?: unknown;
  type: FieldType;
  /** The schema's plain-language description (empty only if the schema lacks one). */
  description: string;
}

const namedTypes = new Map<object, FieldType>([
  [schemaDef(partialDate), { kind: 'date' }],
  [schemaDef(pastDate), { kind: 'past-date' }],
  [schemaDef(webAddress), { kind: 'web-address' }],
  [schemaDef(languageTag), { kind: 'language' }],
  [schemaDef(siteLanguage), { kind: 'site-language' }],
  [schemaDef(text), { kind: 'text' }],
]);

function minItemsOf(def: SchemaDef): number {
  const min = (def.checks ?? []).map((c) => schemaDef(c)).find((c) => c.check === 'min_length');
  return typeof min?.minimum === 'number' ? min.minimum : 0;
}

function fieldType(def: SchemaDef, path: string): FieldType {
  const named = namedTypes.get(def);
  if (named) return named;
  const collection = referenceTargets.get(def);
  if (collection !== undefined) return { kind: 'reference', collection };
  switch (def.type) {
    case 'enum':
      return { kind: 'choice', values: Object.values(def.entries ?? {}).map(String) };
    case 'array':
      return { kind: 'list', of: fieldType(unwrapped(def.element).def, `${path}[]`), minItems: minItemsOf(def) };
    case 'object':
      return { kind: 'group', fields: describeFields(def, path) };
    case 'number':
      return { kind: 'number' };
    case 'boolean':
      return { kind: 'yes-no' };
    case 'pipe':
      return def.in ? fieldType(unwrapped(def.in).def, path) : { kind: 'text' };
    default:
      return { kind: 'text' };
  }
}

/** Looks through optional and default wrappers, noting what they say about the field. */
function unwrapped(schema: z.ZodType | undefined) {
  let required = true;
  let defaultValue: unknown;
  let description: string | undefined;
  let current = schema;
  let def = current ? schemaDef(current) : ({ type: 'unknown' } as SchemaDef);
  while (current) {
    description ??= (current as { description?: string }).description;
    def = schemaDef(current);
    if (def.type === 'optional') required = false;
    else if (def.type === 'default') {
      required = false;
      defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
    } else break;
    current = def.innerType;
  }
  return { def, required, defaultValue, description };
}

function describeFields(objectDef: SchemaDef, parentPath: string): FieldDoc[] {
  return Object.entries(objectDef.shape ?? {}).map(([name, schema]) => {
    const path = parentPath ? `${parentPath}.${name}` : name;
    const { def, required, defaultValue, description } = unwrapped(schema);
    const doc: FieldDoc = { name, path, required, type: fieldType(def, path), description: description ?? '' };
    if (defaultValue !== undefined) doc.defaultValue = defaultValue;
    return doc;
  });
}

/** The documented fields of a collection's schema (an object schema), in the schema's order. */
export function describeSchema(schema: z.ZodType): FieldDoc[] {
  return describeFields(unwrapped(schema).def, '');
}

/** A short phrase for a field's type, e.g. "list of file names in content/cases/" or "one of: a, b". */
export function typeLabel(type: FieldType): string {
  switch (type.kind) {
    case 'text': return 'text';
    case 'date': return 'date: YYYY-MM-DD, YYYY-MM or YYYY';
    case 'past-date': return 'date: YYYY-MM-DD, YYYY-MM or YYYY, not in the future';
    case 'web-address': return 'web address starting with https://';
    case 'language': return 'code of a language (ISO 639), such as en, ru, kk or de';
    case 'site-language': return `one of the site's languages: ${interfaceLanguages.join(', ')}`;
    case 'number': return 'whole number';
    case 'yes-no': return 'true or false';
    case 'choice': return `one of: ${type.values.join(', ')}`;
    case 'reference': return `a file name in content/${collections[type.collection as CollectionName]?.directory ?? type.collection}/`;
    case 'group': return `group of fields: ${type.fields.map((f) => f.name).join(', ')}`;
    case 'list': {
      const of = type.of.kind === 'reference'
        ? `file names in content/${collections[type.of.collection as CollectionName]?.directory ?? type.of.collection}/`
        : type.of.kind === 'group' ? 'items, each a group of fields'
          : type.of.kind === 'choice' ? `values, each ${typeLabel(type.of)}` : typeLabel(type.of);
      return `list of ${of}${type.minItems > 0 ? `, at least ${type.minItems}` : ''}`;
    }
  }
}

/** Every field at every depth, parents before their children: the rows of the reference page. */
export function flattenFields(fields: FieldDoc[]): FieldDoc[] {
  return fields.flatMap((field) => {
    const inner = field.type.kind === 'group' ? field.type.fields
      : field.type.kind === 'list' && field.type.of.kind === 'group' ? field.type.of.fields : [];
    return [field, ...flattenFields(inner)];
  });
}

/** One collection as the content-model reference shows it. */
export interface CollectionDoc {
  collection: CollectionName;
  /** Where its files live, e.g. `content/cases/`. */
  folder: string;
  /** The file kind, `mdx` or `yaml`. */
  format: string;
  /** What one file is, e.g. "case". */
  noun: string;
  fields: FieldDoc[];
}

/** The whole content model, collection by collection, read from the schemas the check and the build use. */
export function contentModel(): CollectionDoc[] {
  const schemas = collectionSchemas(plainReference);
  return collectionNames.map((collection) => ({
    collection,
    folder: `content/${collections[collection].directory}/`,
    format: collections[collection].format,
    noun: collections[collection].noun,
    fields: describeSchema(schemas[collection]),
  }));
}

/** The site's settings file as the content-model reference shows it. */
export interface SettingsDoc {
  /** The id of its section on the reference page. */
  collection: 'site-settings';
  /** The file, from the project root: `content/site.yaml`. */
  file: string;
  fields: FieldDoc[];
}

/** The fields of content/site.yaml, read from the schema the check and the build use. */
export function siteSettingsModel(): SettingsDoc {
  return { collection: 'site-settings', file: siteSettingsFile, fields: describeSchema(siteSettingsSchema) };
}
