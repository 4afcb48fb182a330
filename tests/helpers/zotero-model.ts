/**
 * A MODEL of what Zotero saves from a page of the archive: not Zotero's code, but the rules of its
 * Embedded Metadata translator (and the RDF reader it hands `DC.*`, `z.*` and Open Graph tags to)
 * that the archive's tags depend on, each with the line it mirrors. The real translators cannot
 * run in the tests (CI has no network to fetch them, and their code stays out of this repository);
 * docs/citing.md says how they were run against the built pages to check this model.
 *
 * Lines cited, in zotero/translators at 2814370161d05d799086825fac8d499db3a33aa3:
 * EM = "Embedded Metadata.js", RDF = "RDF.js"; in zotero/utilities at 4051881d…: "utilities.js".
 */
import type { CheerioAPI } from 'cheerio';

/** A creator as Zotero receives it from the translator. */
export interface ModelCreator {
  firstName?: string | undefined;
  lastName: string;
}

/** The fields of the item Zotero would save, as the model sees them. */
export interface ModelItem {
  itemType: string;
  title?: string | undefined;
  creators: ModelCreator[];
  date?: string | undefined;
  url?: string | undefined;
  language?: string | undefined;
  abstractNote?: string | undefined;
  /** `institution` of a report, `studio` of a video, `publisher` elsewhere (base field "publisher"). */
  publisher?: string | undefined;
  /** Publication, website or forum title (base field "publicationTitle"). */
  publicationTitle?: string | undefined;
  /** Report type, website type, post type (base field "type"). */
  genre?: string | undefined;
  /** Report number (base field "number"). */
  number?: string | undefined;
  extra?: string | undefined;
  /** The attachment Zotero saves: the PDF at `citation_pdf_url`, else a snapshot of the page. */
  attachment: { title: 'Full Text PDF'; url: string } | { title: 'Snapshot' };
  /** Fields the item's type has no place for: Zotero writes them into Extra. */
  misplaced: string[];
}

// EM lines 297-325: the Highwire tags that decide the item type.
const HIGHWIRE_TYPES: Record<string, string> = {
  citation_journal_title: 'journalArticle',
  citation_technical_report_institution: 'report',
  citation_conference_title: 'conferencePaper',
  citation_conference: 'conferencePaper',
  citation_book_title: 'bookSection',
  citation_inbook_title: 'bookSection',
  citation_dissertation_institution: 'thesis',
};

// EM lines 42-65 (HIGHWIRE_MAPPINGS), the part the archive uses, as the model's field names.
const HIGHWIRE_FIELDS: Array<[string, keyof ModelItem]> = [
  ['citation_title', 'title'],
  ['citation_publication_date', 'date'],
  ['citation_date', 'date'],
  ['citation_journal_title', 'publicationTitle'],
  ['citation_technical_report_institution', 'publisher'],
  ['citation_technical_report_number', 'number'],
  ['citation_publisher', 'publisher'],
  ['citation_abstract', 'abstractNote'],
  ['citation_public_url', 'url'],
  ['citation_language', 'language'],
];

// Which of the modelled fields each item type has (zotero/zotero-schema schema.json); any other
// field the translator sets goes to Extra (Zotero.Item.fromJSON, chrome/content/zotero/xpcom/data/item.js).
const TYPE_FIELDS: Record<string, ReadonlyArray<keyof ModelItem>> = {
  report: ['publisher', 'genre', 'number'],
  newspaperArticle: ['publicationTitle', 'publisher'],
  webpage: ['publicationTitle', 'genre', 'publisher'],
  forumPost: ['publicationTitle', 'genre'],
  videoRecording: ['publisher'],
  statute: ['number'],
  case: ['number'],
  document: ['publisher', 'genre'],
  journalArticle: ['publicationTitle'],
};
const ALWAYS = new Set<keyof ModelItem>(['itemType', 'title', 'creators', 'date', 'url', 'language', 'abstractNote', 'extra', 'attachment', 'misplaced']);

/** utilities.js lines 227-291 (ZU.cleanAuthor), the part that decides first and last name. */
export function cleanAuthor(author: string, useComma: boolean): ModelCreator {
  const name = author.replace(/^[\s\u00A0.,/[\]:]+/, '').replace(/[\s\u00A0.,/[\]:]+$/, '').replace(/[\s\u00A0]+/, ' ');
  if (useComma) {
    const [lastName = name, firstName] = name.split(/[,،] ?/);
    return firstName ? { firstName, lastName } : { lastName };
  }
  const space = name.lastIndexOf(' ');
  return space < 0 ? { lastName: name } : { firstName: name.slice(0, space), lastName: name.slice(space + 1) };
}

/** EM lines 572-624: each `citation_author` is one name, split by cleanAuthor, using its comma if it has one. */
function highwireCreators(values: string[]): ModelCreator[] {
  const names = values.length === 1 ? values[0]!.split(/\s*;\s*/) : values;
  return names.map((n) => n.trim()).filter((n) => /[^\s,-.;]/.test(n)).map((n) => cleanAuthor(n, n.includes(',')));
}

/** The item Zotero's Embedded Metadata translator makes of a page, as far as the model goes. */
export function zoteroItem($: CheerioAPI, pageUrl: string): ModelItem {
  const metas = $('head meta').get().map((m) => ({ name: $(m).attr('name') ?? $(m).attr('property') ?? '', content: $(m).attr('content') ?? '' }))
    .filter((m) => m.name && m.content);
  const all = (name: string) => metas.filter((m) => m.name === name).map((m) => m.content);
  const first = (name: string) => all(name).find((value) => value.trim());
  // EM lines 259-287: tags with a known prefix become RDF statements (`DC.type` → dc:type, `og:title`, `z.itemType`).
  const rdf = (prefix: string, property: string) => metas.find((m) => m.name.toLowerCase() === `${prefix}.${property}`.toLowerCase() || m.name === `${prefix}:${property}`)?.content;

  // Item type: a Highwire type wins (EM lines 361, 495-497); otherwise RDF's detection (RDF lines
  // 497-508 z:itemType, 697-719 og:type, 815-818 precedence) with EM's default (EM lines 352-354).
  const hwType = metas.map((m) => HIGHWIRE_TYPES[m.name.slice(m.name.lastIndexOf('citation_'))]).find(Boolean);
  const ogType = ({ website: 'webpage', book: 'book', 'video.other': 'videoRecording' } as Record<string, string>)[rdf('og', 'type') ?? ''];
  const hwGuess = first('citation_title') ? 'journalArticle' : undefined;
  const itemType = hwType ?? rdf('z', 'itemType') ?? ogType ?? hwGuess ?? 'webpage';

  // RDF reader's fields (RDF lines 886-892 title, 960-980 publication title and site name,
  // 1070-1113 publisher, 1116-1133 date, 1211-1222 url, 1229-1239 abstract, 1242-1265 type, 1316-1317
  // language, 1326-1336 extra), then Highwire tags over them (EM lines 200-210, 403).
  const item: Partial<ModelItem> & { creators: ModelCreator[] } = { itemType, creators: [] };
  item.title = rdf('DC', 'title') ?? rdf('og', 'title');
  item.publicationTitle = rdf('DC', 'source');
  if (!item.publicationTitle && ['blogPost', 'webpage', 'newspaperArticle'].includes(itemType)) item.publicationTitle = rdf('og', 'site_name');
  item.publisher = rdf('DC', 'publisher');
  item.date = rdf('og', 'published_time') ?? rdf('DC', 'date');
  item.url = rdf('og', 'url');
  item.abstractNote = rdf('og', 'description');
  item.genre = rdf('DC', 'type');
  item.language = rdf('DC', 'language');
  if (rdf('z', 'itemType')) item.extra = rdf('DC', 'description');
  for (const [tag, field] of HIGHWIRE_FIELDS) {
    const value = first(tag);
    if (value) (item as Record<string, unknown>)[field] = value.trim().replace(/\s+/g, ' ');
  }

  // Creators: Highwire authors, else RDF's dc:creator (EM lines 404-419, RDF lines 115-139), else
  // <meta name="author"> (EM lines 687-698). The byline guess after that (EM line 703) finds
  // nothing on the archive's pages, which have no "byline" or "vcard" class and no rel="author".
  const authors = all('citation_author').length > 0 ? all('citation_author') : all('citation_authors');
  item.creators = highwireCreators(authors);
  if (item.creators.length === 0) item.creators = [...all('DC.creator'), ...all('author')].map((n) => cleanAuthor(n, n.includes(',')));

  // Last resorts (EM lines 669-737): the page's title, its description, canonical link, lang, and
  // the first <time datetime> on the page for its date.
  item.title ??= $('title').text();
  item.abstractNote ??= $('meta[name="description"]').attr('content');
  item.url ??= $('head > link[rel="canonical"]').attr('href') ?? pageUrl;
  item.language ??= $('html').attr('lang');
  item.date ??= $('time[datetime]').first().attr('datetime');

  // EM lines 529-545: the PDF when the page names one, else a snapshot of the page itself.
  const pdf = first('citation_pdf_url');
  const attachment: ModelItem['attachment'] = pdf ? { title: 'Full Text PDF', url: pdf } : { title: 'Snapshot' };
  const fields = new Set([...ALWAYS, ...(TYPE_FIELDS[itemType] ?? [])]);
  const misplaced = (Object.keys(item) as Array<keyof ModelItem>).filter((field) => item[field] !== undefined && !fields.has(field));
  return { ...(item as ModelItem), attachment, misplaced };
}
