import type { ContentFile } from '../content-files.ts';
import type { Problem } from '../problems.ts';

/** No two files publish at the same address, and every file name is already its address. */
export function checkUniqueIds(files: ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, ContentFile>();
  for (const file of files) {
    const stem = file.entryPath.replace(/\.[^./]+$/, '');
    if (stem !== file.id) {
      problems.push({
        file: file.path,
        message: `the file name "${stem}" is published as "${file.id}"; rename the file to ${file.id}${file.entryPath.slice(stem.length)} so that the name other files use is its address`,
        rule: 'ids',
      });
    }
    const key = `${file.collection}/${file.id}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: file.path,
        message: `has the same id "${file.id}" as ${first.path}; both would publish at /${file.collection}/${file.id}/. Rename or merge one of them`,
        rule: 'ids',
      });
    } else {
      seen.set(key, file);
    }
  }
  return problems;
}
