import { describe, expect, it } from 'vitest';
import { pageCacheKeys, type KeyedArchive } from '../../src/site/page-cache-keys.ts';

const ref = (collection: string, id: string) => ({ collection, id });

/** A small archive: two briefings sharing a case and a round, a case charged under a law, a source cited by a footnote, a translation. */
function archive(): KeyedArchive {
  // A case's timeline cites a source: a field the key reads through referencesIn, not through its type.
  const max = { id: 'max', collection: 'cases', digest: 'c1', data: { charges: [{ law: ref('laws', 'cc-174') }], timeline: [{ sources: [ref('sources', 'news-a')] }] } };
  return {
    briefings: [
      { id: 'paper', collection: 'briefings', digest: 'p1', body: 'Text.[^1]\n\n[^1]: See https://news.test/a', data: { organisations: [ref('organisations', 'iphr')], dialogue: ref('dialogues', '2021'), topics: [ref('topics', 'speech')], cases: [ref('cases', 'max')], published: '2021-11' } },
      { id: 'update', collection: 'briefings', digest: 'u1', body: 'Text.', data: { organisations: [ref('organisations', 'iphr')], dialogue: ref('dialogues', '2021'), topics: [ref('topics', 'speech')], cases: [ref('cases', 'max')], published: '2022-01' } },
    ],
    cases: [max],
    sources: [{ id: 'news-a', collection: 'sources', digest: 's1', data: { url: 'https://news.test/a' } }],
    translations: [{ id: 'ru/paper', collection: 'translations', digest: 't1', data: { briefing: ref('briefings', 'paper') } }],
    dialogues: [{ id: '2021', collection: 'dialogues', digest: 'd1', data: { date: '2021-11' } }, { id: '2022', collection: 'dialogues', digest: 'd2', data: { date: '2022-11' } }],
    laws: [{ id: 'cc-174', collection: 'laws', digest: 'l1', data: { url: 'https://laws.test/174' } }],
    organisations: [{ id: 'iphr', collection: 'organisations', digest: 'o1', data: {} }],
    topics: [{ id: 'speech', collection: 'topics', digest: 'k1', data: {} }],
    siteWide: { organisations: ['iphr'], showsDrafts: false, pdfEdition: false },
  };
}

type Collection = Exclude<keyof KeyedArchive, 'siteWide'>;

/** The archive with one entry's digest changed, as an edit to its file changes it. */
function editing(collection: Collection, id: string): KeyedArchive {
  const edited = archive();
  const entries = edited[collection] as Array<{ id: string; digest?: string | number | undefined }>;
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new Error(`no ${collection}/${id}`);
  entry.digest = `${String(entry.digest)}-edited`;
  return edited;
}

/** The key of one page in an archive. */
type PageKey = (archive: KeyedArchive) => string;
const pages: Record<string, PageKey> = {
  'briefing paper': (a) => pageCacheKeys(a).briefing(a.briefings[0] as KeyedArchive['briefings'][number]),
  'translation ru/paper': (a) => pageCacheKeys(a).translation(a.translations[0] as KeyedArchive['translations'][number]),
  'case max': (a) => pageCacheKeys(a).case(a.cases[0] as KeyedArchive['cases'][number]),
  'source news-a': (a) => pageCacheKeys(a).source(a.sources[0] as KeyedArchive['sources'][number]),
  'dialogue 2021': (a) => pageCacheKeys(a).dialogue(a.dialogues[0] as KeyedArchive['dialogues'][number]),
  'law cc-174': (a) => pageCacheKeys(a).law(a.laws[0] as KeyedArchive['laws'][number]),
  'organisation iphr': (a) => pageCacheKeys(a).organisation(a.organisations[0] as KeyedArchive['organisations'][number]),
  'topic speech': (a) => pageCacheKeys(a).topic(a.topics[0] as KeyedArchive['topics'][number]),
};

describe('page cache keys', () => {
  // Each page and an entry it shows that is not its own: an edit to it must render the page again.
  const related: Array<[string, Collection, string]> = [
    ['briefing paper', 'cases', 'max'],
    ['briefing paper', 'sources', 'news-a'],
    ['briefing paper', 'briefings', 'update'],
    ['briefing paper', 'translations', 'ru/paper'],
    ['briefing paper', 'laws', 'cc-174'],
    ['briefing paper', 'topics', 'speech'],
    ['translation ru/paper', 'briefings', 'paper'],
    ['translation ru/paper', 'cases', 'max'],
    ['case max', 'briefings', 'update'],
    ['case max', 'laws', 'cc-174'],
    ['case max', 'sources', 'news-a'],
    ['case max', 'topics', 'speech'],
    ['source news-a', 'briefings', 'paper'],
    ['source news-a', 'cases', 'max'],
    ['dialogue 2021', 'briefings', 'update'],
    ['dialogue 2021', 'cases', 'max'],
    ['dialogue 2021', 'dialogues', '2022'],
    ['law cc-174', 'cases', 'max'],
    ['law cc-174', 'briefings', 'paper'],
    ['organisation iphr', 'briefings', 'update'],
    ['topic speech', 'briefings', 'paper'],
    ['topic speech', 'cases', 'max'],
  ];
  for (const [page, collection, id] of related) {
    it(`renders the ${page} page again when ${collection}/${id} is edited`, () => {
      const key = pages[page] as PageKey;
      expect(key(editing(collection, id))).not.toBe(key(archive()));
    });
  }

  it('renders every page again when a publishing organisation, which the header names, is edited', () => {
    for (const key of Object.values(pages)) expect(key(editing('organisations', 'iphr'))).not.toBe(key(archive()));
  });

  it('keeps a page whose entries are unchanged when an entry it does not show is edited', () => {
    const key = pages['source news-a'] as PageKey;
    expect(key(editing('dialogues', '2022'))).toBe(key(archive()));
    expect(key(editing('translations', 'ru/paper'))).toBe(key(archive()));
  });

  it('renders the pages of a build with drafts apart from those of a build without', () => {
    const withDrafts = archive();
    withDrafts.siteWide.showsDrafts = true;
    for (const key of Object.values(pages)) expect(key(withDrafts)).not.toBe(key(archive()));
  });
});
