import { formatFieldPath, type Problem } from '../../lib/problems.ts';
import type { ContentIndex } from './content-index.ts';

/** Lists whose items state facts and so must cite a source record or a briefing, per collection. */
const citingLists: Record<string, string[]> = {
  cases: ['timeline'],
  dialogues: ['outcomes'],
};

/** Every timeline event and dialogue outcome cites at least one source or briefing. */
export function checkEvidence(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const { file, data } of index.entries) {
    for (const list of citingLists[file.collection] ?? []) {
      const items = data[list];
      if (!Array.isArray(items)) continue;
      items.forEach((item: { sources?: unknown[]; briefings?: unknown[] }, i) => {
        if ((item.sources?.length ?? 0) + (item.briefings?.length ?? 0) > 0) return;
        const path = [list, i];
        problems.push({
          file: file.path, line: file.lineOf(path), field: formatFieldPath(path), rule: 'evidence',
          message: 'cites nothing; add `sources: [<file name in content/sources/>]` or `briefings: [<file name in content/briefings/>]` saying where this is documented',
        });
      });
    }
  }
  return problems;
}
