import type { FootnoteDefinition, Link, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Source } from '../schemas/sources.ts';
import { suggestSourceId } from '../check/rules/citations.ts';
import { placeholder } from '../lib/placeholders.ts';
import { documentAddress, DocumentAddressMap, urlProblem } from '../lib/urls.ts';
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

/** Footnote labels as a list: `footnote 3`, `footnotes 1 and 3`, `footnotes 1, 2 and 5`. */
function footnoteList(labels: string[]): string {
  const last = labels.at(-1) ?? '';
  return labels.length === 1 ? `footnote ${last}` : `footnotes ${labels.slice(0, -1).join(', ')} and ${last}`;
}

/** The same address with `www.` added to its host name, or taken away; undefined for something that is not an address. */
function wwwTwin(url: string): string | undefined {
  try {
    const twin = new URL(url);
    twin.hostname = twin.hostname.startsWith('www.') ? twin.hostname.slice(4) : `www.${twin.hostname}`;
    return twin.href;
  } catch {
    return undefined;
  }
}

type Addresses = { url?: string | undefined; archived?: string | undefined };

/**
 * What staff are told of notes that write a record's address otherwise than the record does
 * (`forms`: record id → address as written → footnote labels): which notes, which record, and
 * that their words stay as written.
 */
function formWarnings(forms: Map<string, Map<string, string[]>>, addressesOf: (id: string) => Addresses): string[] {
  const warnings: string[] = [];
  for (const [id, byForm] of forms) {
    const { url, archived } = addressesOf(id);
    for (const [written, labels] of byForm) {
      if (written === url || written === archived) continue;
      const [field, address] = url !== undefined && documentAddress(written) === documentAddress(url) ? ['url', url] : ['archived copy', archived ?? ''];
      const [verb, pronoun] = labels.length === 1 ? ['writes', 'it cites that record, and its words were'] : ['write', 'they cite that record, and their words were'];
      const insecure = /^http:/iu.test(written) && /^https:/iu.test(address)
        ? ' A reader who follows an http:// address can be watched on the way: write https:// in the note if you can.'
        : '';
      warnings.push(`${footnoteList(labels)} ${verb} the address of content/sources/${id}.yaml as ${written}, and its ${field} is ${address} (the same document): ${pronoun} kept as written.${insecure}`);
    }
  }
  return warnings;
}

/**
 * Matches every address a note cites against the source records: any address of the same
 * document (over http:// or https://, with a slash at the end or not; see `documentAddress`)
 * finds the record whose `url` or `archived` it is, so one document gets one record, existing or
 * new. A new record takes the https:// form when a note gives it. The notes keep their words;
 * those that write an address otherwise than the record are listed in `warnings`, and so are new
 * records whose address differs from another's only by `www.` (which can be another site).
 *
 * A new record's title, publisher and date come from what the note says (a quoted title, the name
 * before it, a date after it; or the note's words before the address, as a guess); its publisher
 * and kind from other records of the same site when they agree; what nobody says is left to fill in.
 */
export function citedSources(tree: Root, snapshot: ContentSnapshot, repairs: AddressRepair[], warnings: string[] = []): CitedSources {
  const created = new DocumentAddressMap<NewSource>();
  const reused = new Map<string, CitedSources['reused'][number]>();
  /** How the notes write each record's address: record id → address as written → footnote labels. */
  const forms = new Map<string, Map<string, string[]>>();
  const taken = new Set(snapshot.ids.get('sources') ?? []);
  const note = (id: string, written: string, label: string) => {
    const byForm = forms.get(id) ?? new Map<string, string[]>();
    const labels = byForm.get(written) ?? [];
    if (!labels.includes(label)) labels.push(label);
    forms.set(id, byForm.set(written, labels));
  };
  for (const definition of tree.children.filter((n): n is FootnoteDefinition => n.type === 'footnoteDefinition')) {
    const label = definition.label ?? definition.identifier;
    const text = toString(definition);
    for (const [position, { url, before, after }] of linkSegments(definition).entries()) {
      if (!/^https?:/iu.test(url) || urlProblem(url)) continue;
      const existing = snapshot.sourceIdsByUrl.get(url);
      if (existing) {
        const entry = reused.get(existing) ?? { id: existing, url: snapshot.sourceAddresses.get(existing)?.url ?? url, notes: [] };
        if (!entry.notes.includes(label)) entry.notes.push(label);
        reused.set(existing, entry);
        note(existing, url, label);
        continue;
      }
      const known = created.get(url);
      if (known) {
        if (!known.notes.includes(label)) known.notes.push(label);
        if (/^https:/iu.test(url) && !/^https:/iu.test(known.record.url ?? '')) known.record.url = url;
        note(known.id, url, label);
        continue;
      }
      const id = suggestSourceId(url, taken);
      taken.add(id);
      const said = readNoteCitation(before, after, position === 0);
      const record = newRecord(url, text, said, snapshot, repairs.find((r) => r.to === url));
      created.set(url, { id, record, titleFrom: said.title ? (said.titleFrom ?? 'words') : 'none', notes: [label] });
      note(id, url, label);
    }
  }
  const sources = [...created.values()];
  const addressesOf = (id: string): Addresses => {
    const source = sources.find((s) => s.id === id);
    return source ? { url: source.record.url } : snapshot.sourceAddresses.get(id) ?? {};
  };
  warnings.push(...formWarnings(forms, addressesOf));
  for (const [i, source] of sources.entries()) {
    const twin = source.record.url ? wwwTwin(source.record.url) : undefined;
    const earlier = twin === undefined ? undefined : created.get(twin);
    const other = twin === undefined ? undefined : snapshot.sourceIdsByUrl.get(twin) ?? (earlier && sources.indexOf(earlier) < i ? earlier.id : undefined);
    if (other === undefined) continue;
    warnings.push(`content/sources/${source.id}.yaml (${source.record.url ?? ''}, ${footnoteList(source.notes)}) and content/sources/${other}.yaml (${addressesOf(other).url ?? twin ?? ''}) differ only by www.: if they are the same document, cite one record and delete the other file.`);
  }
  return { created: sources, reused: [...reused.values()] };
}
