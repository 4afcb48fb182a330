import { Parser } from 'htmlparser2';

const SKIPPED_TAGS = new Set(['script', 'style', 'template']);

/**
 * The text Pagefind indexes on a page: what stands inside `data-pagefind-body`, less elements
 * marked `data-pagefind-ignore` (and scripts and styles). Used to add search spellings for exactly
 * the words a page is found by.
 */
export function indexedText(html: string): string {
  const parts: string[] = [];
  const stack: Array<{ body: boolean; skip: boolean }> = [];
  let inBody = 0;
  let skipping = 0;
  const parser = new Parser({
    onopentag(name, attributes) {
      const body = 'data-pagefind-body' in attributes;
      const skip = 'data-pagefind-ignore' in attributes || SKIPPED_TAGS.has(name);
      stack.push({ body, skip });
      if (body) inBody++;
      if (skip) skipping++;
    },
    ontext(text) {
      if (inBody > 0 && skipping === 0) parts.push(text);
    },
    onclosetag() {
      const top = stack.pop();
      if (top?.body) inBody--;
      if (top?.skip) skipping--;
    },
  }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return parts.join(' ');
}
