import { collections, type CollectionName } from '../../lib/collections.ts';
import { formatFieldPath, type Problem } from '../../lib/problems.ts';
import { didYouMean } from '../../lib/suggest.ts';
import type { z } from 'astro/zod';
import type { ContentFile } from '../content-files.ts';
import { referencesInRawData } from '../../schemas/schema-fields.ts';
import { referenceTargets } from '../../schemas/fields.ts';
import type { ContentIndex } from './content-index.ts';

/** Known ids of a collection, listed in a message; long lists are cut. */
export function listIds(ids: string[], max = 12): string {
  const sorted = [...ids].sort();
  return sorted.length <= max ? sorted.join(', ') : `${sorted.slice(0, max).join(', ')} ... (${sorted.length} in all)`;
}

/** Explains a reference to an id that does not exist, with the nearest existing ids. */
export function unknownIdMessage(index: Pick<ContentIndex, 'ids'>, collection: CollectionName, id: string): string {
  const known = [...(index.ids.get(collection) ?? [])];
  const folder = `content/${collections[collection].directory}/`;
  if (known.length === 0) return `"${id}" does not exist: ${folder} is empty; create ${folder}${id}.${collections[collection].format}`;
  return `"${id}" does not exist in ${folder}; ${didYouMean(id, known)}known: ${listIds(known)}`;
}

/**
 * Every link from one entry to another names an entry that exists. Links are read from the raw
 * data, so a file with other problems still has its links checked in the same run.
 */
export function checkReferences(index: ContentIndex, files: ContentFile[], schemas: Record<CollectionName, z.ZodType>): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    if (!file.readable) continue;
    for (const { path, collection, id } of referencesInRawData(schemas[file.collection], file.data, referenceTargets)) {
      if (index.ids.get(collection as CollectionName)?.has(id)) continue;
      problems.push({
        file: file.path,
        line: file.lineOf(path),
        field: formatFieldPath(path),
        message: unknownIdMessage(index, collection as CollectionName, id),
        rule: 'references',
      });
    }
  }
  return problems;
}
