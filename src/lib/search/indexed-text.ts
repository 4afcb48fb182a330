import { Parser } from 'htmlparser2';
import { markSpellings } from './spelling-marks.ts';

const SKIPPED_TAGS = new Set(['script', 'style', 'template']);

/**
 * Block elements Pagefind 1.6 does not separate from their neighbours: it puts a space only around
 * h1–h6, p, td, div, ul, li, article and section, and otherwise joins the text of adjacent elements,
 * so `<dd>news</dd><dd><a>https://…</a></dd>` reads `newshttps://…` in an excerpt
 * (https://github.com/Pagefind/pagefind/blob/main/pagefind/src/fossick/parser.rs, SENTENCE_SELECTORS).
 */
const UNSEPARATED_BLOCKS = new Set([
  'address', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'header', 'hgroup', 'hr', 'legend', 'main', 'menu', 'ol', 'pre', 'summary', 'table', 'tbody',
  'tfoot', 'th', 'thead', 'tr',
]);

/**
 * Inline elements that pages set apart from the text after them by layout alone, so the index
 * needs a space there: a timeline's `<time>October 2021</time>Thirteen activists…`.
 */
const SET_APART_INLINE = new Set(['time']);
const STARTS_WITH_WORD = /^[\p{L}\p{N}]/u;

/**
 * Headings: the only elements whose ids the index keeps. Pagefind stores every element with an id
 * as an anchor in the page's fragment, which each result shown downloads; the search page names
 * the sections a result matched in (matchedSections in excerpt.ts), so only headings are of use,
 * and a briefing's footnotes, note references and case mentions would otherwise be a third of its
 * fragment (docs/search-at-scale.md).
 */
const ANCHORED = /^h[1-6]$/;
const ID_ATTRIBUTE = /\sid=(?:"[^"]*"|'[^']*'|[^\s"'>=<`]+)/i;

/** Elements whose text is a machine value (a filter or sort key), left exactly as written. */
const VALUE_ATTRIBUTES = ['data-pagefind-filter', 'data-pagefind-sort'];

/**
 * Whether an element matches one of `selectors`, each of the simple forms `.class` or
 * `[attribute]` (the forms of the indexer's excludeSelectors).
 */
function matchesAny(selectors: readonly string[], attributes: Record<string, string>): boolean {
  const classes = (attributes['class'] ?? '').split(/\s+/);
  return selectors.some((selector) => (selector.startsWith('.') ? classes.includes(selector.slice(1)) : selector.startsWith('[') && selector.slice(1, -1) in attributes));
}

/**
 * A page's HTML as the search index should read it: a space around each block element that
 * Pagefind would otherwise join to its neighbour (and after a set-apart inline element), and a
 * spelling mark after every name-like word whose folded spelling differs (spelling-marks.ts), so
 * that Bokayev, Bokaev and Бокаев are found, and counted, alike; ids only on headings (see
 * ANCHORED). Text that the index skips (ignored elements, scripts, elements matching `skipped`:
 * selectors of the forms `.class` and `[attribute]` that the indexer excludes) and filter and sort
 * values are left as they are, and not counted. Also gives the length of the text the index reads (inside
 * `data-pagefind-body`, as written in the HTML), to size the index's shards by. The page a reader
 * gets is not changed.
 */
export function forSearchIndex(html: string, skipped: readonly string[] = []): { html: string; textLength: number } {
  const out: string[] = [];
  let copied = 0;
  let textLength = 0;
  /** Copies the input up to `end` (exclusive), then `insert`. */
  const copyTo = (end: number, insert: string) => {
    const at = Math.max(end, copied);
    out.push(html.slice(copied, at), insert);
    copied = at;
  };
  const stack: Array<{ body: boolean; alone: boolean }> = [];
  let inBody = 0;
  let leftAlone = 0;
  let setApart = false;
  const parser = new Parser({
    onopentag(name, attributes) {
      setApart = false;
      const body = 'data-pagefind-body' in attributes;
      const alone = 'data-pagefind-ignore' in attributes || SKIPPED_TAGS.has(name) || VALUE_ATTRIBUTES.some((a) => a in attributes) || matchesAny(skipped, attributes);
      stack.push({ body, alone });
      if (body) inBody++;
      if (alone) leftAlone++;
      if (UNSEPARATED_BLOCKS.has(name)) copyTo(parser.startIndex, ' ');
      if ('id' in attributes && !ANCHORED.test(name)) {
        const tag = html.slice(parser.startIndex, parser.endIndex + 1);
        const withoutId = tag.startsWith('<') ? tag.replace(ID_ATTRIBUTE, '') : tag;
        if (withoutId !== tag) {
          copyTo(parser.startIndex, withoutId);
          copied = parser.endIndex + 1;
        }
      }
    },
    ontext(text) {
      const space = setApart && STARTS_WITH_WORD.test(text) ? ' ' : '';
      setApart = false;
      if (leftAlone > 0) return;
      const marked = space + markSpellings(text);
      if (inBody > 0) textLength += marked.length;
      if (marked !== text) {
        copyTo(parser.startIndex, marked);
        copied = parser.endIndex + 1;
      }
    },
    onclosetag(name, implied) {
      setApart = SET_APART_INLINE.has(name);
      const top = stack.pop();
      if (top?.body) inBody--;
      if (top?.alone) leftAlone--;
      if (UNSEPARATED_BLOCKS.has(name)) copyTo(implied ? parser.startIndex : parser.endIndex + 1, ' ');
    },
  }, { decodeEntities: false });
  parser.write(html);
  parser.end();
  out.push(html.slice(copied));
  return { html: out.join(''), textLength };
}
