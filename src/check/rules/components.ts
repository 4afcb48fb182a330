import { caseNeedsId, contentComponentNames, expressionMessage, importExportMessage, unknownComponentMessage } from '../../lib/content-components.ts';
import { formatFieldPath, type Problem } from '../../lib/problems.ts';
import type { ContentFile } from '../content-files.ts';
import type { ContentIndex } from './content-index.ts';
import { unknownIdMessage } from './references.ts';

/**
 * The case ids a file's `cases` field lists, read from its raw data so that a file whose other
 * fields fail their schema is still checked; undefined when the field cannot be read (the
 * frontmatter is broken, or `cases` is not a list), so nothing is said about it.
 */
function listedCases(file: ContentFile): Set<string> | undefined {
  if (!file.readable) return undefined;
  const cases = (file.data as { cases?: unknown } | null)?.cases;
  if (cases === undefined) return new Set();
  return Array.isArray(cases) ? new Set(cases.filter((id): id is string => typeof id === 'string')) : undefined;
}

/**
 * Components in the text exist, every `<Case id>` names a case that the entry also lists in
 * `cases`, and the text holds no code (expressions other than comments, imports, exports), in
 * every text, whether or not its fields pass their schema.
 */
export function checkComponents(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  const cases = index.ids.get('cases');
  for (const file of index.texts) {
    if (!file.text) continue;
    for (const { kind, line, value } of file.text.code ?? []) {
      problems.push({ file: file.path, line, rule: 'components', message: kind === 'expression' ? expressionMessage(value) : importExportMessage });
    }
    const listed = listedCases(file);
    for (const element of file.text.elements) {
      const { line, name } = element;
      if (!name || /^[a-z]/.test(name)) continue;
      if (!contentComponentNames.includes(name)) {
        problems.push({ file: file.path, line, rule: 'components', message: unknownComponentMessage(name) });
        continue;
      }
      if (name !== 'Case') continue;
      const { id } = element;
      if (typeof id !== 'string') {
        problems.push({ file: file.path, line, rule: 'components', message: caseNeedsId });
      } else if (!cases?.has(id)) {
        problems.push({ file: file.path, line, rule: 'components', message: `<Case id="${id}">: ${unknownIdMessage(index, 'cases', id)}` });
      } else if (file.collection === 'briefings' && listed && !listed.has(id)) {
        problems.push({ file: file.path, line: file.lineOf(['cases']), field: formatFieldPath(['cases']), rule: 'components', message: `the text mentions <Case id="${id}"> (line ${line ?? '?'}) but cases does not list "${id}"; add it` });
      }
    }
  }
  return problems;
}
