import { suggestId } from '../../lib/entry-ids.ts';
import type { Problem } from '../../lib/problems.ts';
import { suggestRepair, urlProblem } from '../../lib/urls.ts';
import type { ContentIndex } from './content-index.ts';
import { SOURCE_LINK_PREFIX } from '../../lib/links.ts';
import { unknownIdMessage } from './references.ts';

export { SOURCE_LINK_PREFIX };

function baseSourceId(url: string): string {
  try {
    const { hostname, pathname: encoded } = new URL(url);
    let pathname = encoded;
    try {
      pathname = decodeURIComponent(encoded);
    } catch {
      // a stray % in the address: its words are still good enough for a file name
    }
    const labels = hostname.split('.');
    const host = labels[labels.length - 2] ?? 'source';
    const last = pathname.split('/').filter(Boolean).pop()?.replace(/\.[a-z]+$/i, '') ?? '';
    return suggestId(`${host}-${last}`, 60) || 'new-source';
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

/** Links are well-formed, and every document a footnote points at is a source record, in every text (valid fields or not). */
export function checkCitations(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  const sources = index.ids.get('sources');
  for (const file of index.texts) {
    if (!file.text) continue;
    problems.push(...file.text.linkProblems);
    for (const { label, url, line } of file.text.cites) {
      if (url.startsWith(SOURCE_LINK_PREFIX)) {
        const id = url.slice(SOURCE_LINK_PREFIX.length);
        if (!sources?.has(id)) {
          problems.push({ file: file.path, line, rule: 'citations', message: `footnote [^${label}] links ${url}, but ${unknownIdMessage(index, 'sources', id)}` });
        }
        continue;
      }
      if (!/^https?:/i.test(url) || index.sourceIdsByUrl.has(url)) continue;
      const fixed = urlProblem(url) ? suggestRepair(url) : url;
      // A mistyped address is already reported by linkProblems; say nothing more if the repair is a known source.
      if (fixed !== url && index.sourceIdsByUrl.has(fixed)) continue;
      problems.push({
        file: file.path, line, rule: 'citations',
        message: `footnote [^${label}] cites ${url}, which is not the url of any source record; create content/sources/${suggestSourceId(fixed)}.yaml with url: ${fixed} (or correct the address to match an existing record)`,
      });
    }
  }
  return problems;
}
