import { describe, expect, it } from 'vitest';
import { contentModel, flattenFields } from '../../src/schemas/content-model.ts';
import { scaffoldCollections, scaffoldEntry } from '../../src/import/scaffold.ts';

const inputs = {
  briefings: { organisations: [{ id: 'kibhr', name: 'KIBHR' }] },
  cases: { cites: { sources: ['azattyq-31110144'], briefings: [] } },
  sources: { url: 'https://example.org/doc' },
  dialogues: {},
  translations: { translation: { language: 'ru', briefing: '2021-11-briefing', briefingTitle: 'Key concerns' } },
};

describe('the files npm run new creates', () => {
  it('explain every field of the schema with its own description', () => {
    for (const collection of scaffoldCollections) {
      const { text } = scaffoldEntry({ collection, id: 'new-entry', ...inputs[collection] });
      const comments = text.split('\n').filter((l) => l.trim().startsWith('#')).map((l) => l.trim().replace(/^# ?/u, '')).join(' ');
      const fields = flattenFields(contentModel().find((c) => c.collection === collection)?.fields ?? []);
      for (const field of fields) {
        expect(comments, `${collection}: ${field.path}`).toContain(field.description);
      }
    }
  });

  it('keep every comment line within 100 columns, the lines that show how to add a list item too', () => {
    for (const collection of scaffoldCollections) {
      const { text } = scaffoldEntry({ collection, id: 'new-entry', ...inputs[collection] });
      const long = text.split('\n').filter((l) => l.trim().startsWith('#') && l.length > 100);
      expect(long, collection).toEqual([]);
    }
  });

  it('write the given values and show optional fields commented out', () => {
    const { path, text } = scaffoldEntry({ collection: 'sources', id: 'example-doc', url: 'https://example.org/doc' });
    expect(path).toBe('content/sources/example-doc.yaml');
    expect(text).toMatch(/^url: https:\/\/example\.org\/doc$/mu);
    expect(text).toMatch(/^title: "TO FILL IN: the title in English"$/mu);
    expect(text).toMatch(/^# titleOriginal:$/mu);
  });

  it('write a case timeline event that cites what the author named, with its date left to fill in', () => {
    const { text } = scaffoldEntry({ collection: 'cases', id: 'new-person', cites: { sources: ['azattyq-31110144'], briefings: [] } });
    expect(text).toContain('timeline:\n  # When it happened');
    expect(text).toMatch(/ {2}- date: "TO FILL IN: when it happened: YYYY-MM-DD, or YYYY-MM or YYYY when the documents give no day"\n(?: {4}#.*\n)+ {4}event: "TO FILL IN: what happened, in one sentence"\n(?: {4}#.*\n)+ {4}sources:\n {6}- azattyq-31110144\n/u);
  });

  it('are drafts that guess no date: a case is under investigation since a date to fill in, not since today', () => {
    for (const collection of scaffoldCollections) {
      const { text } = scaffoldEntry({ collection, id: 'new-entry', ...inputs[collection] });
      expect(text, collection).toMatch(/^draft: true$/mu);
      expect(text, collection).not.toMatch(/\b20\d\d-\d\d-\d\d\b/u);
    }
    const { text } = scaffoldEntry({ collection: 'cases', id: 'new-person', cites: { sources: ['azattyq-31110144'], briefings: [] } });
    expect(text).toMatch(/^ {2}- status: under-investigation\n(?: {4}#.*\n)+ {4}since: "TO FILL IN: when this status began/mu);
    const dated = scaffoldEntry({ collection: 'briefings', id: 'p', date: '2025-11', organisations: [{ id: 'kibhr', name: 'KIBHR' }] });
    expect(dated.text).toMatch(/^published: 2025-11$/mu);
  });
});
