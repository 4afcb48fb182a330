import { languageNameIn } from '../../lib/i18n/locales.ts';
import type { Problem } from '../../lib/problems.ts';
import type { ContentIndex } from './content-index.ts';
import { isEntryReference } from './content-index.ts';

/**
 * A briefing has at most one translation per language, and never one into its own language:
 * each translation has its own page (`/<language>/briefings/<briefing>/`), which two files
 * would both claim.
 */
export function checkTranslations(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  const briefings = index.byCollection.get('briefings');
  const seen = new Map<string, string>();
  for (const { file, data } of index.byCollection.get('translations')?.values() ?? []) {
    if (!isEntryReference(data.briefing) || typeof data.language !== 'string') continue;
    const briefingId = data.briefing.id;
    const language = data.language;
    const original = briefings?.get(briefingId);
    if (original && original.data.language === language) {
      problems.push({
        file: file.path, line: file.lineOf(['language']), field: 'language', rule: 'translations',
        message: `content/briefings/${briefingId}.mdx is itself in ${languageNameIn(language, 'en')} ("${language}"); a translation must be in another language`,
      });
      continue;
    }
    const key = `${briefingId}\u0000${language}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({
        file: file.path, line: file.lineOf(['language']), field: 'language', rule: 'translations',
        message: `${earlier} already translates ${briefingId} into ${languageNameIn(language, 'en')} ("${language}"); keep one translation per language and delete or merge the other`,
      });
    } else {
      seen.set(key, file.path);
    }
  }
  return problems;
}
