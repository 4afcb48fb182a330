import type { FootnoteDefinition, Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Source } from '../../schemas/sources.ts';
import { suggestSourceId } from '../integrity/citations.ts';
import { urlProblem } from '../urls.ts';
import type { AddressRepair } from './addresses.ts';
import { siteOf, type ContentSnapshot, type SiteRecord } from './content-snapshot.ts';

/** A source record the import creates, for an address no record has yet. */
export interface NewSource {
  id: string;
  /** The record as it will be written: every required field, and a note for the author. */
  record: Pick<Source, 'title' | 'publisher' | 'url' | 'language' | 'kind' | 'note'>;
  /** The footnotes that cite it. */
  notes: string[];
}

/** The source records the notes of a draft cite: those that exist and those to create. */
export interface CitedSources {
  created: NewSource[];
  reused: Array<{ id: string; url: string; notes: string[] }>;
}

/** Sites whose kind of document is obvious. */
const siteKinds: Array<[string, Source['kind']]> = [
  ['facebook.com', 'social-media'], ['instagram.com', 'social-media'], ['twitter.com', 'social-media'], ['x.com', 'social-media'],
  ['t.me', 'social-media'], ['vk.com', 'social-media'], ['tiktok.com', 'social-media'], ['telegram.org', 'social-media'],
  ['youtube.com', 'video'], ['youtu.be', 'video'], ['vimeo.com', 'video'],
  ['europarl.europa.eu', 'parliament'], ['europa.eu', 'eu'], ['un.org', 'un'], ['ohchr.org', 'un'], ['ilo.org', 'un'],
  ['osce.org', 'intergovernmental'], ['coe.int', 'intergovernmental'],
  ['sud.kz', 'court'], ['court.gov.kz', 'court'], ['adilet.zan.kz', 'legislation'], ['gov.kz', 'government'], ['gov', 'government'],
  ['avaaz.org', 'petition'], ['change.org', 'petition'],
];

function onSite(site: string, domain: string): boolean {
  return site === domain || site.endsWith(`.${domain}`);
}

/** What every existing record of a site agrees on, if anything. */
function agreed(records: SiteRecord[], key: keyof SiteRecord): string | undefined {
  const values = new Set(records.map((r) => r[key]));
  const [only] = values;
  return values.size === 1 ? only : undefined;
}

/** The language a note says its document is in: "(in Russian)" → ru, "(in Kazakh)" → kk, otherwise en. */
export function languageHint(note: string): string {
  const match = /\bin (Russian|Kazakh)\b/iu.exec(note);
  if (!match) return 'en';
  return match[1]?.toLowerCase() === 'kazakh' ? 'kk' : 'ru';
}

function newRecord(url: string, noteText: string, snapshot: ContentSnapshot, draftName: string, label: string, repair: AddressRepair | undefined): NewSource['record'] {
  const site = siteOf(url) ?? url;
  const records = snapshot.sourcesBySite.get(site) ?? [];
  const kind = (agreed(records, 'kind') as Source['kind'] | undefined) ?? siteKinds.find(([domain]) => onSite(site, domain))?.[1] ?? 'news';
  const repaired = repair ? ` The draft wrote ${repair.from}, a mistyped address; it was corrected to this url.` : '';
  return {
    title: `Document at ${site}`,
    publisher: agreed(records, 'publisher') ?? site,
    url,
    language: languageHint(noteText),
    kind,
    note: `Imported from ${draftName} (footnote ${label}); check the title, publisher and date.${repaired}`,
  };
}

/**
 * Matches every address a note cites against the source records by exact `url` (or `archived`),
 * and prepares a record for each address that has none. A new record's title says only where the
 * document is; its publisher and kind come from other records of the same site when they agree.
 */
export function citedSources(tree: Root, snapshot: ContentSnapshot, draftName: string, repairs: AddressRepair[]): CitedSources {
  const created = new Map<string, NewSource>();
  const reused = new Map<string, CitedSources['reused'][number]>();
  const taken = new Set(snapshot.ids.get('sources') ?? []);
  for (const note of tree.children.filter((n): n is FootnoteDefinition => n.type === 'footnoteDefinition')) {
    const label = note.label ?? note.identifier;
    const text = toString(note);
    visit(note, 'link', (link: Link) => {
      const { url } = link;
      if (!/^https?:/iu.test(url) || urlProblem(url)) return;
      const existing = snapshot.sourceIdsByUrl.get(url);
      if (existing) {
        const entry = reused.get(url) ?? { id: existing, url, notes: [] };
        if (!entry.notes.includes(label)) entry.notes.push(label);
        reused.set(url, entry);
        return;
      }
      const known = created.get(url);
      if (known) {
        if (!known.notes.includes(label)) known.notes.push(label);
        return;
      }
      const id = suggestSourceId(url, taken);
      taken.add(id);
      created.set(url, { id, record: newRecord(url, text, snapshot, draftName, label, repairs.find((r) => r.to === url)), notes: [label] });
    });
  }
  return { created: [...created.values()], reused: [...reused.values()] };
}
