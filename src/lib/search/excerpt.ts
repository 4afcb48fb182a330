/**
 * Excerpts and sections of search results, made from the text Pagefind stores for a page and the
 * positions of the words a search matched. Pagefind's own excerpt would show the spelling marks
 * of the index (spelling-marks.ts); this one shows the page's words only, and marks the word a
 * spelling mark belongs to when the mark matched.
 */
import { afterSpellingMark, withoutSpellingMarks } from './spelling-marks.ts';

/**
 * How Pagefind 1.6 splits its stored text into the words that match positions refer to
 * (pagefind_web_js/lib/excerpt.ts). Text in languages written without spaces (Chinese, Japanese)
 * is split at zero-width spaces instead, which Pagefind's `content` no longer holds; the archive's
 * languages are written with spaces.
 */
const WORD_SEPARATORS = /[^\S\uFEFF]+/g;

/** Words an excerpt shows: Pagefind's default. */
export const EXCERPT_WORDS = 30;

/** The page's words, as a reader wrote them, with where each indexed word's position lands among them. */
export interface ReadableWords {
  words: string[];
  /** For each word of the indexed text, the index of the readable word it is, or belongs to. */
  wordAt: number[];
}

/** A page's indexed text (a Pagefind fragment's `content`) as the words a reader wrote, without spelling marks. */
export function readableWords(content: string): ReadableWords {
  const words: string[] = [];
  const wordAt: number[] = [];
  for (const word of content.split(WORD_SEPARATORS)) {
    const rest = afterSpellingMark(word);
    if (rest !== undefined && words.length > 0) {
      // A mark follows the word it spells; whatever follows the mark (`),`) ends that word.
      words[words.length - 1] += rest;
      wordAt.push(words.length - 1);
    } else {
      wordAt.push(words.length);
      words.push(word);
    }
  }
  return { words, wordAt };
}

/** A word of an excerpt, and whether the search matched it. */
export interface ExcerptWord {
  text: string;
  match: boolean;
}

/** A word split around the part a highlight covers: `(Бокаев),` → `(`, `Бокаев`, `),`. */
export function wordParts(word: string): [before: string, core: string, after: string] {
  const [, before = '', core = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(word) ?? [];
  return core ? [before, core, after] : ['', word, ''];
}

/** An excerpt of a result: its words, and whether the page's text goes on before and after it. */
export interface Excerpt {
  words: ExcerptWord[];
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * The excerpt of a page for a search: `length` words around the densest run of matched words
 * (as Pagefind chooses it, every match counting the same), matches marked.
 * `locations` are the positions Pagefind gives for the result (`result.words`).
 */
export function searchExcerpt(content: string, locations: readonly number[], length = EXCERPT_WORDS): Excerpt {
  const { words, wordAt } = readableWords(content);
  const matched = new Set(locations.map((location) => wordAt[location]).filter((at): at is number => at !== undefined));
  const start = Math.max(0, Math.min(densestStart(matched, words.length, length), words.length - length));
  const end = Math.min(words.length, start + length);
  return {
    words: words.slice(start, end).map((text, i) => ({ text, match: matched.has(start + i) })),
    cutBefore: start > 0,
    cutAfter: end < words.length,
  };
}

/** Where a window of `length` words holding the most matches starts: the middle one of equally good windows in a row, as Pagefind picks. */
function densestStart(matched: ReadonlySet<number>, total: number, length: number): number {
  const last = Math.max(-1, ...matched);
  if (last < length || total <= length) return 0;
  let count = 0;
  for (let i = 0; i < length; i++) if (matched.has(i)) count++;
  let best = count;
  let bestStarts = [0];
  for (let start = 1; start + length <= total && start <= last; start++) {
    count += (matched.has(start + length - 1) ? 1 : 0) - (matched.has(start - 1) ? 1 : 0);
    if (count > best) {
      best = count;
      bestStarts = [start];
    } else if (count === best && bestStarts.at(-1) === start - 1) {
      bestStarts.push(start);
    }
  }
  return bestStarts[Math.floor(bestStarts.length / 2)] ?? 0;
}

/** A heading with an id on a page, as Pagefind records it in a fragment's `anchors`. */
export interface PageAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
  title?: string;
}

/** A section of a page that a search matched: its heading's id and readable title. */
export interface MatchedSection {
  id: string;
  title: string;
}

/**
 * The sections (headings with an id) that hold matched words, in the page's order, at most
 * `limit`; matches before the first heading belong to the page itself and give none.
 */
export function matchedSections(anchors: readonly PageAnchor[], locations: readonly number[], limit = 3): MatchedSection[] {
  const headings = anchors
    .filter((anchor) => /^h\d$/i.test(anchor.element) && /\S/.test(anchor.title ?? anchor.text ?? ''))
    .sort((a, b) => a.location - b.location);
  const hit = new Set<PageAnchor>();
  for (const location of locations) {
    let section: PageAnchor | undefined;
    for (const heading of headings) {
      if (heading.location > location) break;
      section = heading;
    }
    if (section) hit.add(section);
  }
  return headings
    .filter((heading) => hit.has(heading))
    .slice(0, limit)
    .map((heading) => ({ id: heading.id, title: withoutSpellingMarks(heading.title ?? heading.text ?? '') }));
}
