import type { Problem } from './problems.ts';
import { urlProblem } from './urls.ts';
import { runsCode } from './url-scheme.ts';

/** The prefix of a link that cites a source record by id: `[the verdict](source:bokayev-verdict-2016)`. */
export const SOURCE_LINK_PREFIX = 'source:';

/**
 * What is wrong with one link of a text and what to write instead, or undefined when it works:
 * web addresses are well-formed, and every other link is a `source:` id, an anchor or a mail
 * address. Markdown links and `<a href>` in a text are held to it alike.
 */
export function linkProblem(url: string): string | undefined {
  if (runsCode(url)) {
    const shown = url.length > 40 ? `${url.slice(0, 40)}…` : url;
    return `the link "${shown}" would run code in the reader's browser; a link may only go to a web address (https://…), a source record (source:<id>), a section (#…) or a mail address (mailto:…)`;
  }
  if (/^https?:/i.test(url)) return urlProblem(url);
  if (!url.startsWith(SOURCE_LINK_PREFIX) && !url.startsWith('#') && !url.startsWith('mailto:')) {
    return `the link "${url}" will not work on every copy of the site; write a full https:// address, <Case id="..."> for a case, or source:<id> for a source record`;
  }
  return undefined;
}

/**
 * The link problems of one text (linkProblem). Run when a file is parsed (the result is cached);
 * `checkCitations` reports them for every text, whether or not its fields pass their schema.
 */
export function linkProblems(links: ReadonlyArray<{ url: string; line: number | undefined }>, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const { url, line } of links) {
    const message = linkProblem(url);
    if (message) problems.push({ file, line, message, rule: 'urls' });
  }
  return problems;
}
