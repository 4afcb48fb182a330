import { prefixedLanguages, type InterfaceLanguage } from '../lib/i18n/locales.ts';

/** One page per interface language with a route prefix (`/ru/`, `/kk/`), with the language as `lang`. */
export function localePaths(): Array<{ params: { lang: string }; props: { lang: InterfaceLanguage } }> {
  return prefixedLanguages.map((lang) => ({ params: { lang }, props: { lang } }));
}
