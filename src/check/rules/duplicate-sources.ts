import type { ContentFile } from '../content-files.ts';
import type { Problem } from '../../lib/problems.ts';
import { DocumentAddressMap } from '../../lib/urls.ts';

/**
 * No two source records stand for the same document: footnotes find a record by its address, in
 * any of the spellings `documentAddress` treats as one document (`http://` and `https://`, a final
 * slash), so a second record for it would never be cited and its fields would be silently ignored.
 */
export function checkDuplicateSources(files: ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  const firstByAddress = new DocumentAddressMap<{ file: ContentFile; field: string }>();
  for (const file of files) {
    if (file.collection !== 'sources' || typeof file.data !== 'object' || file.data === null) continue;
    const data = file.data as Record<string, unknown>;
    const seenHere = new DocumentAddressMap<string>();
    for (const field of ['url', 'archived']) {
      const address = data[field];
      if (typeof address !== 'string' || seenHere.has(address)) continue;
      seenHere.set(address, field);
      const first = firstByAddress.get(address);
      if (!first) {
        firstByAddress.set(address, { file, field });
        continue;
      }
      problems.push({
        file: file.path, line: file.lineOf([field]), field, rule: 'sources',
        message: `${address} is also the ${first.field} of ${first.file.path}, so both records stand for one document and footnotes cite only one of them; merge them into one record and delete the other`,
      });
    }
  }
  return problems;
}
