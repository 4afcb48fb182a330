/** Entries as relations take them: picking some of a collection by id, and ordering them by date. */
import { comparePartialDates } from '../../lib/dates.ts';

/** The part of a collection entry that relations need: its id and validated data. */
export interface EntryLike<D = Record<string, unknown>> {
  id: string;
  data: D;
}

const positionIndexes = new WeakMap<readonly object[], Map<string, number>>();

/**
 * The entries of `entries` with the given ids, in the list's order (ids it does not hold are left
 * out). The list is indexed once, so a page asking for a few entries of a large collection pays
 * for what it asks, not for the collection.
 */
export function entriesWithIds<E extends EntryLike<object>>(entries: readonly E[], ids: Iterable<string>): E[] {
  let positions = positionIndexes.get(entries);
  if (!positions) {
    positions = new Map(entries.map((entry, position) => [entry.id, position]));
    positionIndexes.set(entries, positions);
  }
  const found = [...new Set(ids)].map((id) => positions.get(id)).filter((position): position is number => position !== undefined);
  return found.sort((a, b) => a - b).map((position) => entries[position] as E);
}

/** Sorts entries newest first by the named date field. */
export function newestFirst<E extends EntryLike<object>>(entries: E[], dateField: string): E[] {
  const dateOf = (entry: E) => (entry.data as Record<string, string>)[dateField] ?? '1900';
  return [...entries].sort((a, b) => comparePartialDates(dateOf(b), dateOf(a)));
}
