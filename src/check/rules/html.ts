import type { ContentFile } from '../content-files.ts';
import { htmlElementProblems, imageProblem, linkedSourceId, topHeadingProblem } from '../../lib/html-policy.ts';
import type { Problem } from '../../lib/problems.ts';
import type { ContentIndex } from './content-index.ts';
import { unknownIdMessage } from './references.ts';

/**
 * Every text holds only the HTML src/lib/html-policy.ts allows (no script, no event handler, no
 * resource from another site, links that go where links may), shows no image, and starts its
 * sections at level 2. Runs on every file whose text could be read, whether or not its
 * frontmatter passes its schema, so one run reports every such problem.
 */
export function checkHtml(files: readonly ContentFile[], index: Pick<ContentIndex, 'ids'>): Problem[] {
  const problems: Problem[] = [];
  const sources = index.ids.get('sources');
  for (const file of files) {
    if (!file.text) continue;
    const report = (line: number | undefined, message: string) => problems.push({ file: file.path, line, rule: 'html', message });
    for (const { name, line, attributes } of file.text.elements) {
      if (!attributes) continue;
      for (const message of htmlElementProblems({ name, attributes })) report(line, message);
      const href = name === 'a' ? attributes.find((a) => a.name === 'href')?.value : undefined;
      const source = href ? linkedSourceId(href) : undefined;
      if (source !== undefined && !sources?.has(source)) report(line, `<a href="${href}">: ${unknownIdMessage(index, 'sources', source)}`);
    }
    for (const { url, alt, line } of file.text.images) report(line, imageProblem(url, alt));
    for (const { text, line } of file.text.topHeadings) report(line, topHeadingProblem(text));
  }
  return problems;
}
