import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/check/content-files.ts';
import { collections } from '../../src/lib/collections.ts';
import { plainReference } from '../../src/schemas/fields.ts';
import { collectionSchemas } from '../../src/schemas/index.ts';
import { scaffoldCollections, scaffoldEntry, type ScaffoldCollection, type ScaffoldInput } from '../../src/import/scaffold.ts';

/** Pieces of a title that YAML could misread: quotes, colons, comments, list dashes, flow brackets, tags, anchors, Cyrillic. */
const odd = fc.constantFrom(
  '"', "'", ':', ': ', ' :', '#', ' #', '# ', '-', '- ', '--', '---', '? ', '[', ']', '{', '}', ',', '&a', '*a', '!tag', '|', '>', '%',
  '@', '`', '\\', '\\n', '\n', '\t', '\u00a0', ' ', 'yes', 'no', 'null', '~', 'true', '2021-11', '1e3', '0x1F', '.inf',
  'Қазақстан', 'Казахстан: доклад', 'Ё', '—', '«', '»', '🙂', 'TO FILL IN:', 'A paper',
);
const title = fc.oneof(
  fc.array(odd, { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
).filter((t) => t.trim() !== '');

/** What each kind of file needs besides its title, as `npm run new` passes it; `name` is a second free text written into the file. */
function inputFor(collection: ScaffoldCollection, given: string, name: string): ScaffoldInput {
  const base = { collection, id: 'new-entry', title: given };
  switch (collection) {
    case 'briefings': return { ...base, organisations: [{ id: 'kibhr', name }] };
    case 'cases': return { ...base, cites: { sources: ['azattyq-31110144'], briefings: [] } };
    case 'sources': return { ...base, url: 'https://example.org/doc' };
    case 'dialogues': return base;
    case 'translations': return { ...base, id: 'ru/2021-11-briefing', translation: { language: 'ru', briefing: '2021-11-briefing', briefingTitle: name } };
  }
}

/** Reads a scaffolded file as the check does: the MDX frontmatter or the whole YAML file, through the yaml parser. */
function read(collection: ScaffoldCollection, path: string, text: string) {
  const entryPath = path.slice(`content/${collections[collection].directory}/`.length);
  return parseContentFile({ collection, entryPath, path }, text).parsed;
}

describe('a file npm run new creates with an odd title', () => {
  it('reads back with the title exactly as given, and passes its collection\'s schema', () => {
    fc.assert(
      fc.property(fc.constantFrom(...scaffoldCollections), title, title, (collection, given, name) => {
        const { path, text } = scaffoldEntry(inputFor(collection, given, name));
        const parsed = read(collection, path, text);
        expect(parsed.problems, text).toEqual([]);
        const data = parsed.data as Record<string, unknown>;
        const field = collection === 'cases' ? 'name' : 'title';
        expect(data[field], text).toBe(given);
        if (collection === 'briefings') expect((data.original as { publisher?: unknown }).publisher, text).toBe(name);
        const result = collectionSchemas(plainReference)[collection].safeParse(data);
        expect(result.error?.issues ?? [], text).toEqual([]);
        expect((result.data as Record<string, unknown>)[field]).toBe(given.trim());
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('reads back the original title a translation\'s placeholder quotes', () => {
    fc.assert(
      fc.property(title, (name) => {
        const { path, text } = scaffoldEntry({ ...inputFor('translations', name, name), title: undefined });
        const data = read('translations', path, text).data as Record<string, unknown>;
        expect(data.title, text).toBe(`TO FILL IN: the title in this language (original: ${name})`);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
