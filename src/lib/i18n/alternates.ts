import { defaultLanguage, interfaceLanguages, localePath } from './locales.ts';

/** One language version of a page: its language tag and its path inside the site. */
export interface LanguageVersion {
  lang: string;
  path: string;
}

/** The language versions of a page that exists in every interface language (home, briefings, search). */
export function localizedVersions(path: string): LanguageVersion[] {
  return interfaceLanguages.map((lang) => ({ lang, path: localePath(lang, path) }));
}

/**
 * The `hreflang` links of a page: each version (the page itself included), and `x-default` for
 * readers whose language has none: the English version, else the first (the original).
 */
export function hreflangLinks(versions: LanguageVersion[]): Array<{ hreflang: string; path: string }> {
  if (versions.length < 2) return [];
  const fallback = versions.find((v) => v.lang === defaultLanguage) ?? versions[0];
  return [
    ...versions.map((v) => ({ hreflang: v.lang, path: v.path })),
    ...(fallback ? [{ hreflang: 'x-default', path: fallback.path }] : []),
  ];
}
