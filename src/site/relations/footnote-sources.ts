/** Which source records a briefing's footnotes cite, found by a `source:` link or by any address of the document. */
import { collectFootnotes, type NoteCitations } from '../../lib/footnotes.ts';
import { parseMdx } from '../../lib/mdx-syntax.ts';
import { DocumentAddressMap } from '../../lib/urls.ts';
import { SOURCE_LINK_PREFIX } from '../../check/rules/citations.ts';
import type { EntryLike } from './entries.ts';

/** The ids of the sources a briefing's footnotes cite, by footnote label. */
export function footnoteSources(body: string, sourceIdsByUrl: ReadonlyMap<string, string>): Map<string, string[]> {
  return footnoteSourcesOf(collectFootnotes(parseMdx(body)).notes, sourceIdsByUrl);
}

/** The ids of the sources footnotes cite, by footnote label, from notes already collected. */
export function footnoteSourcesOf(notes: readonly NoteCitations[], sourceIdsByUrl: ReadonlyMap<string, string>): Map<string, string[]> {
  const byLabel = new Map<string, string[]>();
  for (const note of notes) {
    const ids = note.cites
      .map(({ url }) => (url.startsWith(SOURCE_LINK_PREFIX) ? url.slice(SOURCE_LINK_PREFIX.length) : sourceIdsByUrl.get(url)))
      .filter((id): id is string => id !== undefined);
    byLabel.set(note.label, [...new Set(ids)]);
  }
  return byLabel;
}

/** Maps each source's `url` and `archived` address to its id; any address of the same document finds it. */
export function sourceIdsByUrl(sources: Array<EntryLike<{ url?: string | undefined; archived?: string | undefined }>>): DocumentAddressMap<string> {
  const map = new DocumentAddressMap<string>();
  for (const { id, data } of sources) {
    if (data.url) map.set(data.url, id);
    if (data.archived) map.set(data.archived, id);
  }
  return map;
}
