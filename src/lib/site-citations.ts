import { cachedByContent } from './build-cache.ts';
import { caseMentions, type CaseMention } from './case-mentions.ts';
import { parseMdx } from './mdx-syntax.ts';
import { citationIndex, sourceIdsByUrl, type EntryLike } from './relations.ts';

type Digested = { digest?: string | number | undefined };
type Briefing = EntryLike<object> & Digested & { body?: string | undefined };

/** Where every source is cited, across briefing footnotes and case and dialogue records; one computation per build. */
export const citationsBySource = cachedByContent(
  (collections: {
    briefings: Briefing[];
    cases: Array<EntryLike<object> & Digested>;
    dialogues: Array<EntryLike<object> & Digested>;
    sources: Array<EntryLike<{ url?: string | undefined; archived?: string | undefined }> & Digested>;
  }) => {
    const records = [
      ...collections.cases.map((entry) => ({ ...entry, collection: 'cases' })),
      ...collections.dialogues.map((entry) => ({ ...entry, collection: 'dialogues' })),
    ];
    return citationIndex(collections.briefings, records, sourceIdsByUrl(collections.sources));
  },
);

/** The case mentions of every briefing, by briefing id; one computation per build. */
export const mentionsByBriefing = cachedByContent((collections: { briefings: Briefing[] }) => {
  const result = new Map<string, Array<Omit<CaseMention, 'node'>>>();
  for (const briefing of collections.briefings) {
    result.set(briefing.id, caseMentions(parseMdx(briefing.body ?? '')).map(({ node: _node, ...mention }) => mention));
  }
  return result;
});

/** Titles of the entries that can cite a source, keyed `collection/id`, for "cited in" lists. */
export function citingTitles(collections: {
  briefings: Array<EntryLike<{ title: string }>>;
  cases: Array<EntryLike<{ name: string }>>;
  dialogues: Array<EntryLike<{ title: string }>>;
}): Map<string, string> {
  return new Map<string, string>([
    ...collections.briefings.map((b) => [`briefings/${b.id}`, b.data.title] as const),
    ...collections.cases.map((c) => [`cases/${c.id}`, c.data.name] as const),
    ...collections.dialogues.map((d) => [`dialogues/${d.id}`, d.data.title] as const),
  ]);
}
