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

/** Elements whose text is a machine value (a filter or sort key), left exactly as written. */
const VALUE_ATTRIBUTES = ['data-pagefind-filter', 'data-pagefind-sort'];

/**
 * A page's HTML as the search index should read it: a space around each block element that
 * Pagefind would otherwise join to its neighbour (and after a set-apart inline element), and a
 * spelling mark after every name-like word whose folded spelling differs (spelling-marks.ts), so
 * that Bokayev, Bokaev and Бокаев are found, and counted, alike. Text that the index skips (ignored elements, scripts) and filter and sort
 * values are left as they are. Also gives the length of the text the index reads (inside
 * `data-pagefind-body`, as written in the HTML), to size the index's shards by. The page a reader
 * gets is not changed.
 */
export function forSearchIndex(html: string): { html: string; textLength: number } {
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
      const alone = 'data-pagefind-ignore' in attributes || SKIPPED_TAGS.has(name) || VALUE_ATTRIBUTES.some((a) => a in attributes);
      stack.push({ body, alone });
      if (body) inBody++;
      if (alone) leftAlone++;
      if (UNSEPARATED_BLOCKS.has(name)) copyTo(parser.startIndex, ' ');
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
