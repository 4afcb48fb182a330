import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { entryIdFromPath } from '../entry-ids.ts';
import { collectFootnotes } from '../footnotes.ts';
import type { Problem } from '../problems.ts';
import { suggestRepair, urlProblem } from '../urls.ts';
import type { ContentIndex } from './content-index.ts';
import { unknownIdMessage } from './references.ts';

/** The prefix of a link that cites a source record by id: `[the verdict](source:bokayev-verdict-2016)`. */
export const SOURCE_LINK_PREFIX = 'source:';

function baseSourceId(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    const labels = hostname.split('.');
    const host = labels[labels.length - 2] ?? 'source';
    const last = pathname.split('/').filter(Boolean).pop()?.replace(/\.[a-z]+$/i, '') ?? '';
    return entryIdFromPath(`${host}-${last}`.replace(/-$/, '')).slice(0, 60).replace(/-+$/, '') || 'new-source';
  } catch {
    return 'new-source';
  }
}

/**
 * Suggests a source file name for an address that has no record yet. When the name is among
 * `taken` (ids of other records), a number is added: `azattyq-31115496-2`.
 */
export function suggestSourceId(url: string, taken: ReadonlySet<string> = new Set()): string {
  const base = baseSourceId(url);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }
}

function checkLinks(tree: Root, file: string): Problem[] {
  const problems: Problem[] = [];
  visit(tree, 'link', (link: Link) => {
    const { url } = link;
    const line = link.position?.start.line;
    if (/^https?:/i.test(url)) {
      const problem = urlProblem(url);
      if (problem) problems.push({ file, line, message: problem, rule: 'urls' });
    } else if (!url.startsWith(SOURCE_LINK_PREFIX) && !url.startsWith('#') && !url.startsWith('mailto:')) {
      problems.push({
        file, line, rule: 'urls',
        message: `the link "${url}" will not work on every copy of the site; write a full https:// address, <Case id="..."> for a case, or source:<id> for a source record`,
      });
    }
  });
  return problems;
}

/** Links are well-formed, and every document a footnote points at is a source record. */
export function checkCitations(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  const sources = index.ids.get('sources');
  for (const { file } of index.entries) {
    if (!file.tree) continue;
    problems.push(...checkLinks(file.tree, file.path));
    for (const note of collectFootnotes(file.tree).notes) {
      for (const { url, line } of note.cites) {
        if (url.startsWith(SOURCE_LINK_PREFIX)) {
          const id = url.slice(SOURCE_LINK_PREFIX.length);
          if (!sources?.has(id)) {
            problems.push({ file: file.path, line, rule: 'citations', message: `footnote [^${note.label}] links ${url}, but ${unknownIdMessage(index, 'sources', id)}` });
          }
          continue;
        }
        if (!/^https?:/i.test(url) || index.sourceIdsByUrl.has(url)) continue;
        const fixed = urlProblem(url) ? suggestRepair(url) : url;
        // A mistyped address is already reported by checkLinks; say nothing more if the repair is a known source.
        if (fixed !== url && index.sourceIdsByUrl.has(fixed)) continue;
        problems.push({
          file: file.path, line, rule: 'citations',
          message: `footnote [^${note.label}] cites ${url}, which is not the url of any source record; create content/sources/${suggestSourceId(fixed)}.yaml with url: ${fixed} (or correct the address to match an existing record)`,
        });
      }
    }
  }
  return problems;
}
