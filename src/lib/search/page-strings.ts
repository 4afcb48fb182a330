import type { InterfaceLanguage } from '../i18n/locales.ts';
import { dictionaries, stringLanguage } from '../i18n/translator.ts';
import { en, type StringKey, type StringValue } from '../i18n/strings-en.ts';

/** The strings the search page's script writes, handed to it in the page (`data-strings`). */
export const searchScriptKeys = [
  'search.results', 'search.noResults', 'search.forQuery', 'search.forFilters', 'search.filteredBy',
  'search.prompt', 'search.searching', 'search.more', 'search.shown', 'search.failed',
] as const satisfies readonly StringKey[];

/** The search script's strings in one language, with the language to format counts and names in. */
export interface SearchPageStrings {
  lang: InterfaceLanguage;
  strings: Record<(typeof searchScriptKeys)[number], StringValue>;
}

/** The search script's strings in a language (English where the language lacks one). */
export function searchPageStrings(lang: InterfaceLanguage): SearchPageStrings {
  const strings = Object.fromEntries(searchScriptKeys.map((key) => {
    const from = stringLanguage(lang, key);
    return [key, dictionaries[from]?.[key] ?? en[key]];
  })) as SearchPageStrings['strings'];
  return { lang, strings };
}
