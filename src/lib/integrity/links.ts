import type { Problem } from '../problems.ts';
import { urlProblem } from '../urls.ts';

/** The prefix of a link that cites a source record by id: `[the verdict](source:bokayev-verdict-2016)`. */
export const SOURCE_LINK_PREFIX = 'source:';

/**
 * The link problems of one text: web addresses are well-formed, and every other link is a
 * `source:` id, an anchor or a mail address. Run when a file is parsed (the result is cached);
 * `checkCitations` reports them for every text, whether or not its fields pass their schema.
 */
export function linkProblems(links: ReadonlyArray<{ url: string; line: number | undefined }>, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const { url, line } of links) {
    if (/^https?:/i.test(url)) {
      const problem = urlProblem(url);
      if (problem) problems.push({ file, line, message: problem, rule: 'urls' });
    } else if (!url.startsWith(SOURCE_LINK_PREFIX) && !url.startsWith('#') && !url.startsWith('mailto:')) {
      problems.push({
        file, line, rule: 'urls',
        message: `the link "${url}" will not work on every copy of the site; write a full https:// address, <Case id="..."> for a case, or source:<id> for a source record`,
      });
    }
  }
  return problems;
}
