/**
 * The archive's interface languages and where their pages live. English pages sit at the root;
 * every other language has a prefix (`/ru/`, `/kk/`) for its home, briefing list, search page
 * and the translations of briefings into it.
 */

/** The languages the interface is written in, English first. */
export const interfaceLanguages = ['en', 'ru', 'kk'] as const;

/** An interface language. */
export type InterfaceLanguage = (typeof interfaceLanguages)[number];

/** The language of pages without a prefix, and of every string a translation lacks. */
export const defaultLanguage: InterfaceLanguage = 'en';

/** Languages with a locale route prefix: every interface language but the default. */
export const prefixedLanguages = interfaceLanguages.filter((lang) => lang !== defaultLanguage);

/** Each interface language's name in itself, for language links: English, Русский, Қазақша. */
export const endonyms: Record<InterfaceLanguage, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

/** Pages that exist in every interface language (paths inside the site, as for localePath). */
export const localizedPaths = ['', 'briefings/', 'search/'] as const;

/** True when the tag names an interface language. */
export function isInterfaceLanguage(tag: string): tag is InterfaceLanguage {
  return (interfaceLanguages as readonly string[]).includes(tag);
}

/** The interface language for a page whose content is in `tag`: `ru-KZ` → `ru`, an unknown language → English. */
export function interfaceLanguageOf(tag: string): InterfaceLanguage {
  const primary = tag.split('-')[0]?.toLowerCase() ?? '';
  return isInterfaceLanguage(primary) ? primary : defaultLanguage;
}

/** The path inside the site of a page in a language: `('ru', 'search/')` → `ru/search/`; English keeps the path. */
export function localePath(lang: InterfaceLanguage, path: string): string {
  const clean = path.replace(/^\/+/, '');
  return lang === defaultLanguage ? clean : `${lang}/${clean}`;
}

/**
 * Where a page links for a section in the reader's language: the localized page when the section
 * has one (home, briefings, search), otherwise the one page every language shares.
 */
export function sectionPath(lang: InterfaceLanguage, path: string): string {
  return (localizedPaths as readonly string[]).includes(path) ? localePath(lang, path) : path;
}

/** The path of a briefing's translation: `ru/briefings/<briefing id>/`, under the translation's language. */
export function translationPath(language: string, briefingId: string): string {
  return `${language}/briefings/${briefingId}/`;
}

const languageNames = new Map<string, string>();

/** The name of a language written in another: `('ru', 'en')` → `Russian`, `('en', 'ru')` → `английский`. */
export function languageNameIn(tag: string, inLanguage: string): string {
  const key = `${tag}\0${inLanguage}`;
  let name = languageNames.get(key);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) ?? tag;
    } catch {
      name = tag;
    }
    // Pages ask for the same few names thousands of times; making a DisplayNames each time costs more than the page.
    languageNames.set(key, name);
  }
  return name;
}
