import { comparePartialDates } from './dates.ts';

/** The part of a source record that a list of sources cited needs. */
type Listed = { id: string; data: { title: string; publisher: string; date?: string | undefined } };

/** Sources of one publisher, in a list of sources cited. */
export interface PublisherGroup<S> {
  publisher: string;
  sources: S[];
}

/**
 * Sources grouped by publisher, so that a paper's list of sources cited names each publisher
 * once: publishers in alphabetical order (in the page's language), each one's sources oldest
 * first (undated last), then by title.
 */
export function sourcesByPublisher<S extends Listed>(sources: readonly S[], lang: string): Array<PublisherGroup<S>> {
  const groups = new Map<string, S[]>();
  for (const source of sources) {
    const group = groups.get(source.data.publisher);
    if (group) group.push(source);
    else groups.set(source.data.publisher, [source]);
  }
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const byDate = (a: S, b: S) =>
    (a.data.date && b.data.date ? comparePartialDates(a.data.date, b.data.date) : (a.data.date ? 0 : 1) - (b.data.date ? 0 : 1)) || collator.compare(a.data.title, b.data.title);
  return [...groups]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([publisher, list]) => ({ publisher, sources: list.sort(byDate) }));
}

/** The host of a web address as readers know it (`rus.azattyq.org`, without `www.`), or the address itself if it is not one. */
export function addressHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
