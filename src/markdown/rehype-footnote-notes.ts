import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { SOURCE_LINK_PREFIX } from '../check/rules/citations.ts';
import { interfaceLanguageOf } from '../lib/i18n/locales.ts';
import { translator, type Translate } from '../lib/i18n/translator.ts';
import type { VFile } from 'vfile';
import type { SourceSummary } from './source-citation.ts';
import { DocumentAddressMap } from '../lib/urls.ts';
import { sourceCitation } from './source-citation.ts';

const FOOTNOTE_PREFIX = 'user-content-fn-';
const REFERENCE_PREFIX = 'user-content-fnref-';

/** The id of the part of a footnote that describes it (its text and sources, without the back-link). */
export function footnoteNoteId(label: string): string {
  return `${FOOTNOTE_PREFIX}${label}-note`;
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element', tagName, properties, children,
});

/** Whether a link shows its own address as its text, as a bare address in Markdown becomes. */
function showsItsAddress(link: Element, href: string): boolean {
  const [only, ...rest] = link.children;
  if (rest.length > 0 || only?.type !== 'text') return false;
  const shown = only.value.trim();
  const address = (() => {
    try {
      return decodeURI(href);
    } catch {
      return href;
    }
  })();
  return [href, address].some((value) => shown === value || shown === value.replace(/^(https?:\/\/|mailto:)/, ''));
}

/** What a note's citing links are replaced with or followed by, given the source each cites. */
interface NoteSources {
  /** Any address of the same document finds the record (see `documentAddress`), as in the check. */
  byUrl: DocumentAddressMap<SourceSummary>;
  byId: Map<string, SourceSummary>;
  cite: (source: SourceSummary, titleHref: string | undefined) => Element;
}

/**
 * Names the source of every link in a note that cites a source record: a bare address becomes the
 * record's citation with its title linked to that address (so the note shows the source once, not
 * the address and then the source again); a link with words of its own is followed by the
 * citation in brackets. Returns the sources cited, once each, in order.
 */
function citeSources(parent: Element, sources: NoteSources, found: SourceSummary[] = []): SourceSummary[] {
  const children: ElementContent[] = [];
  for (const child of parent.children) {
    const href = child.type === 'element' && child.tagName === 'a' ? child.properties?.href : undefined;
    const source = typeof href !== 'string' ? undefined : href.startsWith(SOURCE_LINK_PREFIX) ? sources.byId.get(href.slice(SOURCE_LINK_PREFIX.length)) : sources.byUrl.get(href);
    if (child.type !== 'element' || typeof href !== 'string' || !source) {
      if (child.type === 'element') citeSources(child, sources, found);
      children.push(child);
      continue;
    }
    if (!found.includes(source)) found.push(source);
    if (showsItsAddress(child, href)) {
      children.push(sources.cite(source, href));
    } else {
      children.push(child, text(' ('), sources.cite(source, undefined), text(')'));
    }
  }
  parent.children = children;
  return found;
}

/**
 * The note's permanent link, a "#" after its back-link as headings have one: its address ends in
 * the note's label, which never changes, while the number readers see is its position. Kept out
 * of the search index and of print.
 */
function permalink(label: string, number: number, t: Translate): Element {
  return element('a', { href: `#${FOOTNOTE_PREFIX}${label}`, class: 'footnote-permalink', ariaLabel: t('footnotes.permalink', { number }), dataPagefindIgnore: '' }, [text('#')]);
}

/**
 * Rebuilds each footnote as: the note's text, with each source record it cites named in place
 * (title, publisher, date, language, archived copy; see citeSources), in an element with an id
 * that the in-text mark points to through `aria-describedby`; then the back-link and the note's
 * permanent link, which the stylesheet sets at the end of the note's last line. Sidenotes and
 * notes opened in place show the first part, so readers of every kind get the same text. Labels
 * are in the language of the document (its frontmatter `language`).
 */
export function rehypeFootnoteNotes(options: { sources: SourceSummary[] }) {
  const byUrl = new DocumentAddressMap<SourceSummary>();
  const byId = new Map<string, SourceSummary>();
  for (const source of options.sources) {
    byId.set(source.id, source);
    if (source.url) byUrl.set(source.url, source);
    if (source.archived) byUrl.set(source.archived, source);
  }
  return (tree: Root, file?: VFile) => {
    const documentLanguage = String(file?.data.astro?.frontmatter?.['language'] ?? 'en');
    const lang = interfaceLanguageOf(documentLanguage);
    const t = translator(lang);
    const sources: NoteSources = {
      byUrl,
      byId,
      cite: (source, titleHref) => sourceCitation(source, { titleHref, documentLanguage, lang, t }),
    };
    let number = 0;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'h2' && node.properties?.id === 'footnote-label') {
        node.children = [text(t('footnotes.label'))];
        return;
      }
      const id = node.properties?.id;
      const href = node.properties?.href;
      if (node.tagName === 'a' && typeof id === 'string' && id.startsWith(REFERENCE_PREFIX) && typeof href === 'string') {
        node.properties.ariaDescribedBy = [footnoteNoteId(href.slice(`#${FOOTNOTE_PREFIX}`.length))];
        return;
      }
      if (node.tagName !== 'li' || typeof id !== 'string' || !id.startsWith(FOOTNOTE_PREFIX)) return;
      const label = id.slice(FOOTNOTE_PREFIX.length);
      const backLinks: ElementContent[] = [];
      visit(node, 'element', (child: Element, index, parent) => {
        if (child.properties?.dataFootnoteBackref !== undefined && parent && index !== undefined) {
          // mdast-util-to-hast writes "Back to reference 3" (or "3-2" for a second mark): keep the number.
          const mark = /(\d[\d-]*)$/.exec(String(child.properties.ariaLabel ?? ''))?.[1] ?? String(number + 1);
          child.properties.ariaLabel = t('footnotes.backLabel', { number: mark });
          backLinks.push(text(' '), child);
          parent.children.splice(index, 1);
          return index;
        }
        return undefined;
      });
      const note = element('div', { id: footnoteNoteId(label), class: 'footnote-note' }, trimmed(node.children));
      citeSources(note, sources);
      number++;
      node.children = [note, ...backLinks, text(' '), permalink(label, number, t)];
    });
  };
}

/** A note's content without the line breaks and spaces around it, so the links after it sit on its last line. */
function trimmed(children: ElementContent[]): ElementContent[] {
  const content = children.filter((child, i) => !(child.type === 'text' && child.value.trim() === '' && (i === 0 || i === children.length - 1)));
  const last = content.at(-1);
  if (last?.type === 'element' && last.tagName === 'p') {
    const end = last.children.at(-1);
    if (end?.type === 'text') end.value = end.value.trimEnd();
  }
  return content;
}
