import { citationIndex, type Citation } from './relations/citation-index.ts';
import { sourceIdsByUrl } from './relations/footnote-sources.ts';
import type { EntryLike } from './relations/entries.ts';

/** A source that has a web address but no archived copy, and where the archive cites it. */
export interface UnarchivedSource {
  id: string;
  /** The record's file, from the project root. */
  file: string;
  url: string;
  publisher: string;
  title: string;
  citedIn: Citation[];
}

/** Which sources still need an archived copy. */
export interface ArchiveCoverage {
  /** How many source records there are. */
  total: number;
  /** Sources with an address and no `archived` copy, by id. */
  unarchived: UnarchivedSource[];
  /** Ids of sources with no web address at all, so with nothing to archive. */
  withoutAddress: string[];
}

type SourceData = { url?: string | undefined; archived?: string | undefined; publisher: string; title: string };

/**
 * The sources whose original may disappear with nothing to fall back on, with every place that
 * cites them (briefing footnotes, case and dialogue records), found by the same index as the
 * sources' "Cited in" lists.
 */
export function archiveCoverage(collections: {
  briefings: Array<EntryLike<object> & { body?: string | undefined }>;
  cases: Array<EntryLike<object>>;
  dialogues: Array<EntryLike<object>>;
  /** Source records, each with its file's path from the project root. */
  sources: Array<EntryLike<SourceData> & { file: string }>;
}): ArchiveCoverage {
  const records = [
    ...collections.cases.map((entry) => ({ ...entry, collection: 'cases' })),
    ...collections.dialogues.map((entry) => ({ ...entry, collection: 'dialogues' })),
  ];
  const citations = citationIndex(collections.briefings, records, sourceIdsByUrl(collections.sources));
  const sorted = [...collections.sources].sort((a, b) => a.id.localeCompare(b.id));
  return {
    total: sorted.length,
    unarchived: sorted
      .filter(({ data }) => data.url !== undefined && data.archived === undefined)
      .map(({ id, data, file }) => ({
        id,
        file,
        url: data.url ?? '',
        publisher: data.publisher,
        title: data.title,
        citedIn: citations.get(id) ?? [],
      })),
    withoutAddress: sorted.filter(({ data }) => data.url === undefined).map(({ id }) => id),
  };
}

function place(citation: Citation): string {
  const label = citation.collection === 'briefings' ? (citation.places.length > 1 ? 'notes' : 'note') : '';
  return `${citation.collection}/${citation.id} (${label ? `${label} ` : ''}${citation.places.join(', ')})`;
}

/** The coverage as `npm run sources:unarchived` prints it: a summary, then one block per source. */
export function formatArchiveCoverage(coverage: ArchiveCoverage): string {
  const { total, unarchived, withoutAddress } = coverage;
  if (unarchived.length === 0) {
    return `Every one of the ${total} sources with a web address has an archived copy.`;
  }
  const blocks = unarchived.map((source) => [
    source.file,
    `  ${source.url}`,
    `  publisher: ${source.publisher}`,
    `  cited in: ${source.citedIn.length > 0 ? source.citedIn.map(place).join('; ') : 'nowhere yet'}`,
  ].join('\n'));
  const noAddress = withoutAddress.length > 0
    ? ` ${withoutAddress.length} ${withoutAddress.length === 1 ? 'has' : 'have'} no web address, so nothing to archive: ${withoutAddress.join(', ')}.`
    : '';
  return [
    `${unarchived.length} of ${total} sources have a web address but no archived copy.${noAddress}`,
    'Save a copy of each page in a web archive and add its address to the record as `archived: <address>`; footnotes and source pages then show it beside the original.',
    '',
    blocks.join('\n\n'),
  ].join('\n');
}
