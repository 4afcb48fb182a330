import { describe, expect, it } from 'vitest';
import type { ComponentSchema } from '@keystatic/core';
import { contentModel, flattenFields, type FieldDoc } from '../../../src/schemas/content-model.ts';
import { editorField, editorSchema, slugFieldOf } from '../../../src/editor/fields.ts';

type AnyField = ComponentSchema & Record<string, unknown>;

/** The editor's field at a content-model path such as `status[].since`. */
function fieldAt(schema: Record<string, ComponentSchema>, path: string): AnyField | undefined {
  let fields: Record<string, ComponentSchema> | undefined = schema;
  let field: AnyField | undefined;
  for (const part of path.split('.')) {
    const name = part.replace(/\[\]$/, '');
    field = fields?.[name] as AnyField | undefined;
    if (part.endsWith('[]') && field?.kind === 'array') field = field.element as AnyField;
    fields = field?.kind === 'object' ? (field.fields as Record<string, ComponentSchema>) : undefined;
  }
  return field;
}

/** What a field of each kind must do in the editor; a kind this test does not know fails it. */
function expectBehaviour(doc: FieldDoc, field: AnyField, slug: boolean): void {
  const form = field as AnyField & { parse(v: unknown, a?: unknown): unknown; defaultValue(): unknown; options?: Array<{ value: string }> };
  const type = doc.type;
  switch (type.kind) {
    case 'text': case 'language': case 'site-language': case 'web-address':
      expect(form.kind).toBe('form');
      // Keystatic's server build keeps the slug field's functions for the browser; the text field's parse runs.
      expect(slug ? form.formKind : form.parse('Жаңа мәтін')).toBe(slug ? 'slug' : 'Жаңа мәтін');
      return;
    case 'date': case 'past-date':
      expect(form.parse(2016)).toBe('2016');
      expect(form.parse('2016-11')).toBe('2016-11');
      return;
    case 'number':
      expect(form.parse(3)).toBe(3);
      return;
    case 'yes-no':
      expect(form.defaultValue()).toBe(false);
      return;
    case 'choice':
      expect(form.options?.map((o) => o.value)).toEqual([...(doc.required ? [] : ['']), ...type.values]);
      return;
    case 'reference':
      expect(form.defaultValue()).toBeNull();
      expect(form.parse('some-id')).toBe('some-id');
      return;
    case 'group':
      expect(field.kind).toBe('object');
      expect(Object.keys(field.fields as object)).toEqual(type.fields.map((f) => f.name));
      return;
    case 'list':
      if (type.of.kind === 'reference') expect(form.defaultValue()).toEqual([]);
      else if (type.of.kind === 'choice') expect(form.options?.map((o) => o.value)).toEqual(type.of.values);
      else expect(field.kind).toBe('array');
      return;
    default:
      throw new Error(`this test does not know the field kind "${(type as { kind: string }).kind}" of ${doc.path}`);
  }
}

describe('the editor configuration derived from the schemas', () => {
  const model = contentModel();

  it('gives every field of every collection, at every depth, an editor field of the right kind', () => {
    let mapped = 0;
    for (const collection of model) {
      const schema = editorSchema(collection);
      const slug = slugFieldOf(collection);
      for (const doc of flattenFields(collection.fields)) {
        const field = fieldAt(schema, doc.path);
        expect(field, `${collection.collection}: ${doc.path}`).toBeDefined();
        expectBehaviour(doc, field!, doc.path === slug);
        mapped += 1;
      }
      if (collection.format === 'mdx') expect((schema.body as AnyField).formKind).toBe('content');
    }
    expect(model.map((c) => c.collection)).toEqual(['briefings', 'cases', 'dialogues', 'sources', 'laws', 'organisations', 'topics', 'translations']);
    expect(mapped).toBeGreaterThan(80);
  });

  it('refuses a kind of field it does not know, naming the field and where to add it', () => {
    const unknown = { name: 'x', path: 'status[].x', required: true, description: '', type: { kind: 'colour' } } as unknown as FieldDoc;
    expect(() => editorField(unknown)).toThrow('The editor has no field for the kind "colour" (status[].x); add it to editorField in src/editor/fields.ts.');
  });

  it('keeps the case model editable: aliases, status history, charges and a timeline citing sources', () => {
    const cases = editorSchema(model.find((c) => c.collection === 'cases')!);
    expect(fieldAt(cases, 'aliases[]')).toBeDefined();
    expect(fieldAt(cases, 'status[].since')).toBeDefined();
    expect(fieldAt(cases, 'charges[].law')).toBeDefined();
    expect((fieldAt(cases, 'timeline[].sources') as { defaultValue(): unknown }).defaultValue()).toEqual([]);
  });
});
