import { caseNeedsId, contentComponentNames, expressionMessage, importExportMessage, unknownComponentMessage } from '../content-components.ts';
import { formatFieldPath, type Problem } from '../problems.ts';
import { isEntryReference, type ContentIndex } from './content-index.ts';
import { unknownIdMessage } from './references.ts';

/**
 * Components in the text exist, every `<Case id>` names a case that the entry also lists in
 * `cases`, and the text holds no code (expressions other than comments, imports, exports).
 */
export function checkComponents(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  const cases = index.ids.get('cases');
  for (const { file, data } of index.entries) {
    if (!file.text) continue;
    for (const { kind, line, value } of file.text.code ?? []) {
      problems.push({ file: file.path, line, rule: 'components', message: kind === 'expression' ? expressionMessage(value) : importExportMessage });
    }
    const listed = new Set(Array.isArray(data.cases) ? data.cases.filter(isEntryReference).map((r) => r.id) : []);
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
      } else if (file.collection === 'briefings' && !listed.has(id)) {
        problems.push({ file: file.path, line: file.lineOf(['cases']), field: formatFieldPath(['cases']), rule: 'components', message: `the text mentions <Case id="${id}"> (line ${line ?? '?'}) but cases does not list "${id}"; add it` });
      }
    }
  }
  return problems;
}
