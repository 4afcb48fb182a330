import type { FootnoteDefinition, Link, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Source } from '../../schemas/sources.ts';
import { suggestSourceId } from '../integrity/citations.ts';
import { placeholder } from '../placeholders.ts';
import { urlProblem } from '../urls.ts';
import type { AddressRepair } from './addresses.ts';
import { siteOf, type ContentSnapshot, type SiteRecord } from './content-snapshot.ts';
import { readNoteCitation, type NoteCitation } from './note-citation.ts';

/** A source record the import creates, for an address no record has yet. */
export interface NewSource {
  id: string;
  /**
   * The record as it will be written: a draft (it is the importer's reading of a note, for staff to
   * check), with every required field, placeholders for what the note does not say.
   */
  record: Pick<Source, 'draft' | 'title' | 'titleOriginal' | 'publisher' | 'date' | 'url' | 'language' | 'kind' | 'note'>;
  /** Where the title came from: quoted in the note, guessed from its words, or left to fill in. */
  titleFrom: 'quote' | 'words' | 'none';
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

function newRecord(url: string, noteText: string, said: NoteCitation, snapshot: ContentSnapshot, repair: AddressRepair | undefined): NewSource['record'] {
  const site = siteOf(url) ?? url;
  const records = snapshot.sourcesBySite.get(site) ?? [];
  const kind = (agreed(records, 'kind') as Source['kind'] | undefined) ?? siteKinds.find(([domain]) => onSite(site, domain))?.[1] ?? 'news';
  const language = said.titleLanguage ?? languageHint(noteText);
  return {
    draft: true,
    title: said.title ?? placeholder(said.titleOriginal ? 'the title in English: a translation of the original title below' : `the title of the document at ${site}, in English`),
    ...(said.titleOriginal ? { titleOriginal: said.titleOriginal } : {}),
    publisher: agreed(records, 'publisher') ?? said.publisher ?? placeholder(`who published it (the address is on ${site})`),
    ...(said.date ? { date: said.date } : {}),
    url,
    language,
    kind,
    ...(repair ? { note: `The briefing's note gave this address mistyped, as ${repair.from}; it is corrected here.` } : {}),
  };
}

/** The text of a note before each of its links (since the previous link) and after it (up to the next), with the link's address and words. */
function linkSegments(note: FootnoteDefinition): Array<{ url: string; before: string; after: string }> {
  const pieces: Array<string | Link> = [];
  const walk = (node: Nodes) => {
    if (node.type === 'link') {
      pieces.push(node);
      return;
    }
    if ('value' in node && typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) pieces.push(node.value);
    if ('children' in node) {
      for (const child of node.children) walk(child);
      if (node.type === 'paragraph') pieces.push(' ');
    }
  };
  walk(note);
  const segments: Array<{ url: string; before: string; after: string }> = [];
  let text = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      text += piece;
      continue;
    }
    const last = segments.at(-1);
    if (last) last.after = text;
    // Words of a link that are not its address are part of what the note says about it.
    const words = toString(piece);
    segments.push({ url: piece.url, before: words === piece.url ? text : `${text}${words}`, after: '' });
    text = '';
  }
  const last = segments.at(-1);
  if (last) last.after = text;
  return segments;
}

/**
 * Matches every address a note cites against the source records by exact `url` (or `archived`),
 * and prepares a draft record for each address that has none. A new record's title, publisher and
 * date come from what the note says (a quoted title, the name before it, a date after it; or the
 * note's words before the address, as a guess); its publisher and kind from other records of the
 * same site when they agree; what nobody says is left to fill in.
 */
export function citedSources(tree: Root, snapshot: ContentSnapshot, repairs: AddressRepair[]): CitedSources {
  const created = new Map<string, NewSource>();
  const reused = new Map<string, CitedSources['reused'][number]>();
  const taken = new Set(snapshot.ids.get('sources') ?? []);
  for (const note of tree.children.filter((n): n is FootnoteDefinition => n.type === 'footnoteDefinition')) {
    const label = note.label ?? note.identifier;
    const text = toString(note);
    for (const [position, { url, before, after }] of linkSegments(note).entries()) {
      if (!/^https?:/iu.test(url) || urlProblem(url)) continue;
      const existing = snapshot.sourceIdsByUrl.get(url);
      if (existing) {
        const entry = reused.get(url) ?? { id: existing, url, notes: [] };
        if (!entry.notes.includes(label)) entry.notes.push(label);
        reused.set(url, entry);
        continue;
      }
      const known = created.get(url);
      if (known) {
        if (!known.notes.includes(label)) known.notes.push(label);
        continue;
      }
      const id = suggestSourceId(url, taken);
      taken.add(id);
      const said = readNoteCitation(before, after, position === 0);
      const record = newRecord(url, text, said, snapshot, repairs.find((r) => r.to === url));
      created.set(url, { id, record, titleFrom: said.title ? (said.titleFrom ?? 'words') : 'none', notes: [label] });
    }
  }
  return { created: [...created.values()], reused: [...reused.values()] };
}
