import { describe, expect, it } from 'vitest';
import { briefingKinds } from '../../src/schemas/briefings.ts';
import { collectionNames } from '../../src/lib/collections.ts';
import { contentModel, flattenFields, typeLabel } from '../../src/schemas/content-model.ts';

const model = contentModel();
const fieldsOf = (collection: string) => flattenFields(model.find((c) => c.collection === collection)?.fields ?? []);
const field = (collection: string, path: string) => fieldsOf(collection).find((f) => f.path === path);

describe('the content model read from the schemas', () => {
  it('covers every collection, and every field at every depth has a description', () => {
    expect(model.map((c) => c.collection)).toEqual(collectionNames);
    for (const c of model) {
      for (const f of flattenFields(c.fields)) expect(f.description, `${c.collection}: ${f.path}`).not.toBe('');
    }
  });

  it('says which fields are required, their allowed values and their defaults', () => {
    expect(field('briefings', 'kind')).toMatchObject({ required: true, type: { kind: 'choice', values: [...briefingKinds] } });
    expect(field('briefings', 'subtitle')).toMatchObject({ required: false, type: { kind: 'text' } });
    expect(field('briefings', 'language')).toMatchObject({ required: false, defaultValue: 'en', type: { kind: 'site-language' } });
    expect(field('translations', 'language')).toMatchObject({ required: true, type: { kind: 'site-language' } });
    expect(field('sources', 'language')).toMatchObject({ required: true, type: { kind: 'language' } });
    expect(field('briefings', 'organisations')).toMatchObject({ required: true, type: { kind: 'list', minItems: 1, of: { kind: 'reference', collection: 'organisations' } } });
    expect(field('briefings', 'original.publisher')).toMatchObject({ required: true, description: 'Who first published it, e.g. "International Partnership for Human Rights".' });
    expect(field('cases', 'status[].since')).toMatchObject({ required: true, type: { kind: 'past-date' } });
    expect(field('dialogues', 'date')).toMatchObject({ required: true, type: { kind: 'date' } });
    expect(field('cases', 'charges[].law')).toMatchObject({ type: { kind: 'reference', collection: 'laws' } });
    expect(field('sources', 'url')).toMatchObject({ required: false, type: { kind: 'web-address' } });
    expect(field('dialogues', 'round')).toMatchObject({ required: false, type: { kind: 'number' } });
  });

  it('describes each type in words staff can follow', () => {
    const label = (collection: string, path: string) => typeLabel(field(collection, path)?.type ?? { kind: 'text' });
    expect(label('briefings', 'organisations')).toBe('list of file names in content/organisations/, at least 1');
    expect(label('briefings', 'published')).toBe('date: YYYY-MM-DD, YYYY-MM or YYYY, not in the future');
    expect(label('dialogues', 'date')).toBe('date: YYYY-MM-DD, YYYY-MM or YYYY');
    expect(label('briefings', 'language')).toBe('one of the site\'s languages: en, ru, kk');
    expect(label('sources', 'language')).toBe('code of a language (ISO 639), such as en, ru, kk or de');
    expect(label('cases', 'kind')).toBe('one of: person, group');
    expect(label('cases', 'timeline')).toBe('list of items, each a group of fields, at least 1');
    expect(label('briefings', 'original')).toBe('group of fields: publisher, url, title, retrieved, note');
  });
});
