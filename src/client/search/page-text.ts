/** The search page's words in its language: the interface strings its script writes, and how filter values read. */
import { fillMarks, pluralForm } from '../../lib/i18n/string-template.ts';
import type { SearchPageStrings } from '../../lib/search/page-strings.ts';

/** The strings, languages and labels the search page writes in, all in the page's language. */
export interface PageText {
  /** The page's language. */
  lang: string;
  /** Names other languages in the page's language. */
  languageNames: Intl.DisplayNames;
  /** An interface string of the page's language, with its `{name}` marks filled in (`count` also chooses the plural form). */
  t: (key: keyof SearchPageStrings['strings'], params?: Record<string, string | number>) => string;
  /** How a filter value reads: languages are indexed as tags (en, ru) and named in the page's language. */
  valueLabel: (filter: string, value: string) => string;
}

/** Reads the strings the page hands its script (the form's `data-strings`, written by lib/search/page-strings.ts). */
export function pageText(data: string | undefined): PageText {
  const { lang, strings } = JSON.parse(data ?? '{}') as SearchPageStrings;
  const plurals = new Intl.PluralRules(lang);
  const languageNames = new Intl.DisplayNames([lang], { type: 'language' });
  return {
    lang,
    languageNames,
    t: (key, params = {}) => fillMarks(pluralForm(strings[key], plurals, Number(params['count'] ?? 0)), params),
    valueLabel: (filter, value) => (filter === 'language' ? (languageNames.of(value) ?? value) : value),
  };
}
