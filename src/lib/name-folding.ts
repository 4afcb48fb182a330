import transliterate from '@sindresorhus/transliterate';

/** Kazakh letters the transliteration library leaves alone, with the Latin letters names use for them. */
const KAZAKH_LETTERS: Array<[string, string]> = [
  ['ә', 'a'], ['Ә', 'A'], ['ғ', 'g'], ['Ғ', 'G'], ['қ', 'k'], ['Қ', 'K'], ['ң', 'n'], ['Ң', 'N'],
  ['ө', 'o'], ['Ө', 'O'], ['ұ', 'u'], ['Ұ', 'U'], ['ү', 'u'], ['Ү', 'U'], ['һ', 'h'], ['Һ', 'H'],
  ['і', 'i'], ['І', 'I'],
];

/** Writes Cyrillic (Russian and Kazakh) in Latin letters: `Бокаев` → `Bokaev`, `Қазақстан` → `Kazakstan`. */
export function toLatin(text: string): string {
  return transliterate(text, { customReplacements: KAZAKH_LETTERS });
}

const foldedWords = new Map<string, string>();
/** Distinct words remembered; an archive's names and words fit many times over. */
const FOLDED_WORDS_KEPT = 200_000;

/**
 * Folds one word to the form its usual romanisations share, so that Bokayev, Bokaev and Бокаев,
 * or Semenova, Semyonova and Семёнова, meet: Latin letters, lower case, `yo`/`ye` → `e`,
 * `kh` → `h`, then `y` → `i`. Remembers its answers: indexing folds the same names on thousands
 * of pages.
 */
export function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = foldUncached(word);
    if (foldedWords.size >= FOLDED_WORDS_KEPT) foldedWords.clear();
    foldedWords.set(word, folded);
  }
  return folded;
}

function foldUncached(word: string): string {
  return toLatin(word)
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/yo|ye/g, 'e')
    .replace(/kh/g, 'h')
    .replace(/y/g, 'i');
}

/** The words of a text. */
function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Every spelling a search should match for these names: the words as written and their folded forms. */
export function spellingVariants(names: string[]): string[] {
  const variants = new Set<string>();
  for (const word of names.flatMap(words)) {
    variants.add(word);
    const folded = foldWord(word);
    if (folded.length > 1) variants.add(folded);
  }
  return [...variants];
}

/** The words of a name typed into a filter, each in lower case as typed and folded, for matching against spellingVariants. */
export function nameQueryWords(query: string): Array<{ written: string; folded: string }> {
  return words(query).map((word) => ({ written: word.toLowerCase(), folded: foldWord(word) }));
}

/**
 * The form a text takes in the search index's folded spellings: every word folded (see foldWord),
 * a word that folds to nothing (a number, say) kept as written in lower case. `Max Bokayev` and
 * `Макс Бокаев` → `max bokaev` / `maks bokaev`; `Article 405` → `article 405`.
 */
export function searchForm(text: string): string {
  return words(text).map((word) => foldWord(word) || word.toLowerCase()).join(' ');
}

/**
 * The query as typed and, when folding changes it, its folded form (searchForm): the search page
 * runs both, and ranks a page by the folded form when that finds it, so that every spelling of a
 * name gives the same results in the same order.
 */
export function queryVariants(query: string): string[] {
  const trimmed = query.trim();
  if (!trimmed) return [];
  const folded = searchForm(trimmed);
  return folded && folded !== words(trimmed).join(' ').toLowerCase() ? [trimmed, folded] : [trimmed];
}

/** Words that start with a capital or a Cyrillic letter, and do not follow a letter, a digit or `&` (an HTML entity). */
export const NAME_LIKE_WORD = /(?<![\p{L}\p{N}&])(?:\p{Lu}|\p{Script=Cyrillic})[\p{L}\p{N}]*/gu;

/** The folded spelling of a name-like word, when folding changes it and it is long enough to search; otherwise undefined. */
export function foldedSpelling(word: string): string | undefined {
  const folded = foldWord(word);
  return folded.length > 2 && folded !== word.toLowerCase() ? folded : undefined;
}
