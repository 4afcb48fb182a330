import { createHash } from 'node:crypto';
import { referencesIn } from '../check/rules/content-index.ts';
import { adjacentRounds } from '../lib/dialogues.ts';
import { briefingsDiscussingLaw } from '../lib/laws.ts';
import { SOURCE_LINK_PREFIX } from '../check/rules/citations.ts';
import { briefingText, citationsBySource, citedSources } from './citations/cited-sources.ts';
import { entriesReferencing } from './relations/backlinks.ts';
import { entriesWithIds } from './relations/entries.ts';
import { relatedBriefings } from './relations/related-briefings.ts';

/**
 * An entry as a cache key sees it: which it is and Astro's digest of its content. The loaders'
 * digests cover the whole file, and for texts the HTML as rendered (src/loaders/mdx-html.ts).
 */
export interface KeyedEntry {
  id: string;
  collection: string;
  digest?: string | number | undefined;
  data: object;
  body?: string | undefined;
  rendered?: { metadata?: Record<string, unknown> | undefined } | undefined;
}

type Ref = { id: string };
type Briefing = KeyedEntry & { data: { organisations: Ref[]; dialogue?: Ref | undefined; topics: Ref[]; cases: Ref[]; published: string } };
type Case = KeyedEntry & { data: { charges: Array<{ law: Ref }> } };
type Source = KeyedEntry & { data: { url?: string | undefined; archived?: string | undefined } };
type Translation = KeyedEntry & { data: { briefing: Ref } };
type Dialogue = KeyedEntry & { data: { date: string } };
type Law = KeyedEntry & { data: { url?: string | undefined } };

/** The whole archive as this build publishes it (src/site/collections.ts), and what every page shows besides its own entries. */
export interface KeyedArchive {
  briefings: Briefing[];
  cases: Case[];
  sources: Source[];
  translations: Translation[];
  dialogues: Dialogue[];
  laws: Law[];
  organisations: KeyedEntry[];
  topics: KeyedEntry[];
  /**
   * What every page depends on besides its entries and its code: the organisations the header and
   * footer name (content/site.yaml), whether drafts are shown, whether the PDF edition is linked.
   * The site's settings themselves are in the pages' code (virtual:briefings/site-settings), which
   * Astro hashes with each page.
   */
  siteWide: { organisations: string[]; showsDrafts: boolean; pdfEdition: boolean };
}

const stamp = (entry: KeyedEntry) => `${entry.collection}/${entry.id}@${entry.digest ?? ''}`;

function byIds<E extends KeyedEntry>(entries: readonly E[], refs: Iterable<Ref | string>): E[] {
  return entriesWithIds(entries, [...refs].map((ref) => (typeof ref === 'string' ? ref : ref.id)));
}

/**
 * The key of a page that shows `entries` (in any order, duplicates allowed) and `facts` (values
 * worked out from the archive that no entry's digest covers, such as places of citation).
 */
function keyOf(archive: KeyedArchive, kind: string, entries: Iterable<KeyedEntry | undefined>, facts: unknown[] = []): string {
  const hash = createHash('sha256').update(kind).update('\0').update(JSON.stringify(archive.siteWide));
  for (const organisation of byIds(archive.organisations, archive.siteWide.organisations)) hash.update('\0').update(stamp(organisation));
  const stamps = new Set<string>();
  for (const entry of entries) if (entry) stamps.add(stamp(entry));
  for (const line of [...stamps].sort()) hash.update('\0').update(line);
  hash.update('\0').update(JSON.stringify(facts));
  return hash.digest('base64url');
}

/** The entries an entry's data refers to anywhere (cases of a briefing, sources of a case's timeline...). */
function referencedBy(archive: KeyedArchive, entry: KeyedEntry): KeyedEntry[] {
  const ids = new Map<string, Set<string>>();
  for (const { ref } of referencesIn(entry.data)) {
    const set = ids.get(ref.collection) ?? new Set<string>();
    set.add(ref.id);
    ids.set(ref.collection, set);
  }
  return [...ids].flatMap(([name, set]) => byIds((archive[name as keyof Omit<KeyedArchive, 'siteWide'>] ?? []) as KeyedEntry[], set));
}

/** The laws the charges of `cases` name (the pages label charges with them). */
const lawsOf = (archive: KeyedArchive, cases: readonly Case[]) => byIds(archive.laws, cases.flatMap((c) => c.data.charges.map((charge) => charge.law)));

/** What the title block of a briefing or of its translation shows: its organisations, round, topics, cases and their laws, and every language version. */
function briefingFrame(archive: KeyedArchive, briefing: Briefing): KeyedEntry[] {
  const cases = byIds(archive.cases, briefing.data.cases);
  return [
    briefing,
    ...referencedBy(archive, briefing),
    ...lawsOf(archive, cases),
    ...archive.translations.filter((t) => t.data.briefing.id === briefing.id),
  ];
}

/**
 * The cache key of each kind of page that Astro may reuse from the previous build
 * (`experimental.incrementalBuild`, see astro.config.mjs): a digest of exactly the entries the
 * page shows, worked out with the same relation rules the page uses, so that an edit to any of
 * them, or a change in which entries the page lists, renders the page again. The page's code is
 * not in the key: Astro hashes each page's modules itself.
 */
export function pageCacheKeys(archive: KeyedArchive) {
  return {
    /** A briefing's page: its title block, its text, cases, cited sources and related briefings. */
    briefing(briefing: Briefing): string {
      const cited = byIds(archive.sources, [...citedSources(briefing, archive.sources).values()].flat());
      const related = relatedBriefings(archive.briefings, briefing, 5).map((r) => r.briefing);
      return keyOf(archive, 'briefing', [...briefingFrame(archive, briefing), ...cited, ...related]);
    },
    /** The page of a translation of a briefing. */
    translation(translation: Translation): string {
      const briefing = byIds(archive.briefings, [translation.data.briefing])[0];
      return keyOf(archive, 'translation', [translation, ...(briefing ? briefingFrame(archive, briefing) : [])]);
    },
    /** A case profile: the entries its record refers to, its laws, and the briefings that discuss it with their topics. */
    case(entry: Case): string {
      const discussing = entriesReferencing(archive.briefings, 'cases', entry.id, 'cases');
      const topics = byIds(archive.topics, discussing.flatMap((b) => b.data.topics));
      return keyOf(archive, 'case', [entry, ...referencedBy(archive, entry), ...lawsOf(archive, [entry]), ...discussing, ...topics]);
    },
    /** A source's record: where the archive cites it, and what each citing entry is called. */
    source(source: Source): string {
      const citations = citationsBySource({ briefings: archive.briefings, cases: archive.cases, dialogues: archive.dialogues, sources: archive.sources }).get(source.id) ?? [];
      const citing = citations.flatMap((c) => byIds((archive[c.collection as 'briefings' | 'cases' | 'dialogues'] ?? []) as KeyedEntry[], [c.id]));
      return keyOf(archive, 'source', [source, ...citing], [citations]);
    },
    /** A dialogue round: its briefings and their cases, the rounds before and after it, what its outcomes cite. */
    dialogue(dialogue: Dialogue): string {
      const briefings = entriesReferencing(archive.briefings, 'dialogues', dialogue.id, 'dialogue');
      const cases = byIds(archive.cases, briefings.flatMap((b) => b.data.cases));
      const { previous, next } = adjacentRounds(archive.dialogues, dialogue.id);
      return keyOf(archive, 'dialogue', [dialogue, ...referencedBy(archive, dialogue), ...briefings, ...cases, previous, next]);
    },
    /** An article of law: the cases charged under it and the briefings that discuss it or cite its text. */
    law(law: Law): string {
      const cases = entriesReferencing(archive.cases, 'laws', law.id, 'charges');
      const addresses = new Set(law.data.url ? [law.data.url, ...archive.sources.filter((s) => s.data.url === law.data.url).map((s) => `${SOURCE_LINK_PREFIX}${s.id}`)] : []);
      const discussions = briefingsDiscussingLaw(archive.briefings, addresses, new Set(cases.map((c) => c.id)), (b) => briefingText(b).notes);
      return keyOf(archive, 'law', [law, ...cases, ...discussions.map((d) => d.briefing)], [[...addresses]]);
    },
    /** An organisation: the briefings it published and the cases that name it. */
    organisation(organisation: KeyedEntry): string {
      const briefings = entriesReferencing(archive.briefings, 'organisations', organisation.id, 'organisations');
      const cases = entriesReferencing(archive.cases, 'organisations', organisation.id);
      return keyOf(archive, 'organisation', [organisation, ...briefings, ...cases]);
    },
    /** A topic: its briefings and their cases. */
    topic(topic: KeyedEntry): string {
      const briefings = entriesReferencing(archive.briefings, 'topics', topic.id, 'topics');
      const cases = byIds(archive.cases, briefings.flatMap((b) => b.data.cases));
      return keyOf(archive, 'topic', [topic, ...briefings, ...cases]);
    },
  };
}

/** The key functions of pageCacheKeys, one per kind of page. */
export type PageCacheKeys = ReturnType<typeof pageCacheKeys>;
