import { collections, type CollectionName } from '../collections.ts';
import { formatFieldPath, type Problem } from '../problems.ts';
import { didYouMean } from '../suggest.ts';
import { referencesIn, type ContentIndex } from './content-index.ts';

/** Known ids of a collection, listed in a message; long lists are cut. */
export function listIds(ids: string[], max = 12): string {
  const sorted = [...ids].sort();
  return sorted.length <= max ? sorted.join(', ') : `${sorted.slice(0, max).join(', ')} ... (${sorted.length} in all)`;
}

/** Explains a reference to an id that does not exist, with the nearest existing ids. */
export function unknownIdMessage(index: ContentIndex, collection: CollectionName, id: string): string {
  const known = [...(index.ids.get(collection) ?? [])];
  const folder = `content/${collections[collection].directory}/`;
  if (known.length === 0) return `"${id}" does not exist: ${folder} is empty; create ${folder}${id}.${collections[collection].format}`;
  return `"${id}" does not exist in ${folder}; ${didYouMean(id, known)}known: ${listIds(known)}`;
}

/** Every link from one entry to another names an entry that exists. */
export function checkReferences(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const { file, data } of index.entries) {
    for (const { path, ref } of referencesIn(data)) {
      const collection = ref.collection as CollectionName;
      if (index.ids.get(collection)?.has(ref.id)) continue;
      problems.push({
        file: file.path,
        line: file.lineOf(path),
        field: formatFieldPath(path),
        message: unknownIdMessage(index, collection, ref.id),
        rule: 'references',
      });
    }
  }
  return problems;
}
