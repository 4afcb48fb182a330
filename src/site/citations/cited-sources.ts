import { cachedByContent } from '../build-cache.ts';
import { bodyFactsOf } from '../../loaders/rendered-bodies.ts';
import { briefingTextOf, type BriefingText } from '../../lib/briefing-text.ts';
import { parseMdx } from '../../lib/mdx-syntax.ts';
import { citationIndex } from '../relations/citation-index.ts';
import { footnoteSourcesOf, sourceIdsByUrl } from '../relations/footnote-sources.ts';
import type { EntryLike } from '../relations/entries.ts';

type Digested = { digest?: string | number | undefined };
type Briefing = EntryLike<object> & Digested & { body?: string | undefined; rendered?: { metadata?: Record<string, unknown> | undefined } | undefined };

/**
 * A briefing's footnotes and case mentions. For Astro's entries, the loader recorded them when it
 * rendered the text (src/loaders/rendered-bodies.ts), so no page parses a text again; entries read
 * straight from the files (src/site/archive-entries.ts, for the command-line tools) are parsed here.
 */
export function briefingText(briefing: Briefing): BriefingText {
  if (briefing.rendered?.metadata?.['bodyFile'] !== undefined) return bodyFactsOf(briefing);
  if (typeof briefing.body === 'string') return briefingTextOf(parseMdx(briefing.body));
  throw new Error(`Briefing "${briefing.id}" has neither its text nor its footnotes and case mentions; briefings must be loaded by mdxHtmlLoader (src/loaders/mdx-html.ts)`);
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
  const result = new Map<string, BriefingText['mentions']>();
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
