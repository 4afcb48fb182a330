import { cachedByContent } from './build-cache.ts';
import { caseMentions, type CaseMention } from './case-mentions.ts';
import { collectFootnotes, type FootnoteNote } from './footnotes.ts';
import { parseMdx } from './mdx-syntax.ts';
import { citationIndex, footnoteSourcesOf, sourceIdsByUrl, type EntryLike } from './relations.ts';

type Digested = { digest?: string | number | undefined };
type Briefing = EntryLike<object> & Digested & { body?: string | undefined };

/** What pages need from a briefing's text: its footnotes with the addresses they cite, and its case mentions. */
export interface BriefingText {
  notes: FootnoteNote[];
  mentions: Array<Omit<CaseMention, 'node'>>;
}

const briefingTexts = new Map<string, { key: string; text: BriefingText }>();

/**
 * A briefing's footnotes and case mentions, parsed once per build however many pages ask (its own
 * page, every source it cites, every case it mentions), and again in dev when the text changes.
 */
export function briefingText(briefing: Briefing): BriefingText {
  const key = briefing.digest === undefined ? `body:${briefing.body ?? ''}` : `digest:${briefing.digest}`;
  const cached = briefingTexts.get(briefing.id);
  if (cached?.key === key) return cached.text;
  const tree = parseMdx(briefing.body ?? '');
  const text = { notes: collectFootnotes(tree).notes, mentions: caseMentions(tree).map(({ node: _node, ...mention }) => mention) };
  briefingTexts.set(briefing.id, { key, text });
  return text;
}

/** Each source's id by its `url` and `archived` address; one computation per build. */
export const sourceIdsByAddress = cachedByContent((collections: { sources: Array<EntryLike<{ url?: string | undefined; archived?: string | undefined }> & Digested> }) =>
  sourceIdsByUrl(collections.sources),
);

/** The ids of the sources a briefing's footnotes cite, by footnote label. */
export function citedSources(briefing: Briefing, sources: Array<EntryLike<{ url?: string | undefined; archived?: string | undefined }> & Digested>): Map<string, string[]> {
  return footnoteSourcesOf(briefingText(briefing).notes, sourceIdsByAddress({ sources }));
}

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
    return citationIndex(collections.briefings, records, sourceIdsByAddress({ sources: collections.sources }), (briefing) => briefingText(briefing).notes);
  },
);

/** The case mentions of every briefing, by briefing id; one computation per build. */
export const mentionsByBriefing = cachedByContent((collections: { briefings: Briefing[] }) => {
  const result = new Map<string, Array<Omit<CaseMention, 'node'>>>();
  for (const briefing of collections.briefings) result.set(briefing.id, briefingText(briefing).mentions);
  return result;
});

/** Titles of the entries that can cite a source, keyed `collection/id`, for "cited in" lists; one computation per build. */
export const citingTitles = cachedByContent((collections: {
  briefings: Array<EntryLike<{ title: string }> & Digested>;
  cases: Array<EntryLike<{ name: string }> & Digested>;
  dialogues: Array<EntryLike<{ title: string }> & Digested>;
}): Map<string, string> =>
  new Map<string, string>([
    ...collections.briefings.map((b) => [`briefings/${b.id}`, b.data.title] as const),
    ...collections.cases.map((c) => [`cases/${c.id}`, c.data.name] as const),
    ...collections.dialogues.map((d) => [`dialogues/${d.id}`, d.data.title] as const),
  ]),
);
