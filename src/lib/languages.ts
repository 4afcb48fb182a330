const names = new Intl.DisplayNames(['en'], { type: 'language' });

/** The English name of a language tag: `ru` → `Russian`, `kk` → `Kazakh`. */
export function languageName(tag: string): string {
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** The language of a name or title from its script: Kazakh letters → `kk`, other Cyrillic → `ru`, else undefined. */
export function languageOfScript(value: string): 'kk' | 'ru' | undefined {
  if (KAZAKH_LETTERS.test(value)) return 'kk';
  if (CYRILLIC.test(value)) return 'ru';
  return undefined;
}
