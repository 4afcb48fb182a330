/**
 * Folded spellings written into the text the search index reads, and taken out again before a
 * reader sees it. The indexer writes ` ^bokaev^_` right after every `Bokayev` and `Бокаев` of a page
 * (as often as the name occurs, so a search for any spelling counts the same mentions), and the
 * search page drops those words from titles, headings and excerpts.
 */
import { foldedSpelling, NAME_LIKE_WORD } from '../name-folding.ts';

/** A word of indexed text that begins with a spelling mark; what follows the mark belongs to the word before it. */
const MARK_AT_START = /^\^[a-z]+\^_/;
/** Spelling marks in a text, with the space written before each. */
const MARKS = /\s\^[a-z]+\^_/g;

/**
 * The mark the indexer writes after a word whose folded spelling is `folded`: ` ^bokaev^_`.
 * Pagefind indexes it as the word `bokaev`; carets are rare enough in prose to tell marks from
 * text, and the closing `_` lets Pagefind still end a heading or paragraph that ends in a name
 * with a full stop, as it does after a word (https://github.com/Pagefind/pagefind/blob/main/pagefind/src/fossick/parser.rs, SENTENCE_CHARS).
 */
export function spellingMark(folded: string): string {
  return ` ^${folded}^_`;
}

/** A run of text (plain or HTML text) with a spelling mark after each name-like word that folding changes. */
export function markSpellings(text: string): string {
  return text.replace(NAME_LIKE_WORD, (word) => {
    const folded = foldedSpelling(word);
    return folded === undefined ? word : `${word}${spellingMark(folded)}`;
  });
}

/** A text as the reader wrote it, without the spelling marks of the index: `Max Bokayev ^bokaev^_` → `Max Bokayev`. */
export function withoutSpellingMarks(text: string): string {
  return text.replace(MARKS, '');
}

/**
 * Splits a spelling-marked word of indexed text into its mark and the rest: `^bokaev^_),` → `),`,
 * which belongs to the word before it. Undefined for a word without a mark.
 */
export function afterSpellingMark(word: string): string | undefined {
  const mark = MARK_AT_START.exec(word);
  return mark ? word.slice(mark[0].length) : undefined;
}
