import { collections } from '../../lib/collections.ts';
import type { ContentFile } from '../content-files.ts';
import { idFaults, isCleanId, suggestId, visibleName } from '../../lib/entry-ids.ts';
import { isInterfaceLanguage } from '../../lib/i18n/locales.ts';
import type { Problem } from '../../lib/problems.ts';

function joinFaults(faults: string[]): string {
  return faults.length <= 1 ? faults.join('') : `${faults.slice(0, -1).join(', ')} and ${faults.at(-1) ?? ''}`;
}

/** The language a translation says it is in, when it is one of the site's. */
function languageOf(file: ContentFile): string | undefined {
  const language = (file.data as { language?: unknown } | null)?.language;
  return typeof language === 'string' && isInterfaceLanguage(language) ? language : undefined;
}

/**
 * The problems of where a file is and what it is called: its name must already be an id
 * (lowercase a–z, digits, hyphens), and it sits directly in its collection's folder, or for a
 * translation in the folder of its language (`content/translations/ru/<briefing>.mdx`).
 */
function placeProblems(file: ContentFile): Problem[] {
  const problems: Problem[] = [];
  const extension = /\.[^./]+$/u.exec(file.entryPath)?.[0] ?? '';
  const segments = file.entryPath.slice(0, file.entryPath.length - extension.length).split('/');
  const name = segments.pop() ?? '';
  const folder = `content/${collections[file.collection].directory}/`;
  const fileName = `${isCleanId(name) ? name : (suggestId(name) || 'untitled')}${extension}`;
  const problem = (message: string): Problem => ({ file: file.path, message, rule: 'ids' });

  let target = `${folder}${fileName}`;
  if (file.collection === 'translations') {
    const language = languageOf(file);
    const [only, ...deeper] = segments;
    target = `${folder}${language ?? (only !== undefined && isInterfaceLanguage(only) ? only : '<language>')}/${fileName}`;
    if (only === undefined || deeper.length > 0) {
      problems.push(problem(`is not in a folder of its language: a translation lives in ${folder}<language>/, named like the briefing it translates; move it to ${target}`));
    } else if (language !== undefined && only !== language) {
      problems.push(problem(`is in ${folder}${only}/ but its language is "${language}"; move it to ${target} (or correct language)`));
    }
  } else if (segments.length > 0) {
    problems.push(problem(`is in a folder (${segments.join('/')}/) of ${folder}, where files do not go in folders: the folder would become part of its id and address; move it to ${target}`));
  }
  const faults = idFaults(name);
  if (faults.length > 0) {
    problems.push(problem(`the file name "${visibleName(name)}" has ${joinFaults(faults)}; the name is the id other files use and the last part of the page's address, written in lowercase a–z, digits and hyphens, so rename the file to ${fileName}`));
  }
  return problems;
}

/** Every file name is an id, in the folder where it belongs, and no two files publish at the same address. */
export function checkUniqueIds(files: ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, ContentFile>();
  for (const file of files) {
    problems.push(...placeProblems(file));
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
