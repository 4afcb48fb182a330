import { normaliseName } from '../../lib/names.ts';
import { formatFieldPath, type Problem } from '../../lib/problems.ts';
import type { ContentIndex } from './content-index.ts';

/** No spelling (name or alias) belongs to two cases: search could not tell them apart. */
export function checkAliases(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<string, { id: string; path: string; spelling: string }>();
  for (const { file, data } of index.byCollection.get('cases')?.values() ?? []) {
    const spellings: Array<{ spelling: string; path: PropertyKey[] }> = [
      { spelling: String(data.name), path: ['name'] },
      ...(Array.isArray(data.aliases) ? data.aliases : []).map((alias, i) => ({ spelling: String(alias), path: ['aliases', i] })),
    ];
    const own = new Set<string>();
    for (const { spelling, path } of spellings) {
      const key = normaliseName(spelling);
      if (own.has(key)) continue;
      own.add(key);
      const owner = owners.get(key);
      if (owner) {
        problems.push({
          file: file.path, line: file.lineOf(path), field: formatFieldPath(path), rule: 'aliases',
          message: `"${spelling}" is also a spelling of ${owner.path} ("${owner.spelling}"); two cases cannot share a spelling, so use a fuller name in one of them`,
        });
      } else {
        owners.set(key, { id: file.id, path: file.path, spelling });
      }
    }
  }
  return problems;
}
