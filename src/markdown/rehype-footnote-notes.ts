import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { formatPartialDate, isPartialDate } from '../lib/dates.ts';
import { SOURCE_LINK_PREFIX } from '../lib/integrity/citations.ts';
import { interfaceLanguageOf, languageNameIn } from '../lib/i18n/locales.ts';
import { translator, type Translate } from '../lib/i18n/translator.ts';
import type { VFile } from 'vfile';
import { entryPath, withBase } from '../lib/paths.ts';
import type { SourceSummary } from '../lib/source-records.ts';

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

function sourceLine(source: SourceSummary, base: string, t: Translate, lang: string): Element {
  const details = [source.publisher, source.date && isPartialDate(source.date) ? formatPartialDate(source.date, lang) : undefined, t('briefing.inLanguage', { language: languageNameIn(source.language, lang) })]
    .filter(Boolean)
    .join(', ');
  const children: ElementContent[] = [element('a', { href: withBase(base, entryPath('sources', source.id)) }, [text(source.title)])];
  if (source.titleOriginal) children.push(text(' (“'), element('span', { lang: source.language }, [text(source.titleOriginal)]), text('”)'));
  children.push(text(`. ${details}.`));
  if (source.archived) children.push(text(' '), element('a', { href: source.archived, class: 'archived-copy' }, [text(t('briefing.archivedCopy'))]), text('.'));
  return element('li', {}, children);
}

/**
 * The note's permanent link, a "#" after its back-link as headings have one: its address ends in
 * the note's label, which never changes, while the number readers see is its position. Kept out
 * of the search index and of print.
 */
function permalink(label: string, number: number, t: Translate): Element {
  return element('a', { href: `#${FOOTNOTE_PREFIX}${label}`, class: 'footnote-permalink', ariaLabel: t('footnotes.permalink', { number }), dataPagefindIgnore: '' }, [text('#')]);
}

function citedSources(note: Element, byUrl: Map<string, SourceSummary>, byId: Map<string, SourceSummary>): SourceSummary[] {
  const found: SourceSummary[] = [];
  visit(note, 'element', (node: Element) => {
    const href = node.tagName === 'a' ? node.properties?.href : undefined;
    if (typeof href !== 'string') return;
    const source = href.startsWith(SOURCE_LINK_PREFIX) ? byId.get(href.slice(SOURCE_LINK_PREFIX.length)) : byUrl.get(href);
    if (source && !found.includes(source)) found.push(source);
  });
  return found;
}

/**
 * Rebuilds each footnote as: the note's text (with an id that the in-text mark points to through
 * `aria-describedby`), the source records it cites (title, publisher, date, language), then the
 * back-link and the note's permanent link. The footnote preview shows the first part (text and
 * sources), so readers of every kind get the same text. Labels are in the language of the
 * document (its frontmatter `language`).
 */
export function rehypeFootnoteNotes(options: { base: string; sources: SourceSummary[] }) {
  const byUrl = new Map<string, SourceSummary>();
  const byId = new Map<string, SourceSummary>();
  for (const source of options.sources) {
    byId.set(source.id, source);
    if (source.url) byUrl.set(source.url, source);
    if (source.archived) byUrl.set(source.archived, source);
  }
  return (tree: Root, file?: VFile) => {
    const lang = interfaceLanguageOf(String(file?.data.astro?.frontmatter?.['language'] ?? 'en'));
    const t = translator(lang);
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
      const backLinks: Element[] = [];
      visit(node, 'element', (child: Element, index, parent) => {
        if (child.properties?.dataFootnoteBackref !== undefined && parent && index !== undefined) {
          // mdast-util-to-hast writes "Back to reference 3" (or "3-2" for a second mark): keep the number.
          const mark = /(\d[\d-]*)$/.exec(String(child.properties.ariaLabel ?? ''))?.[1] ?? String(number + 1);
          child.properties.ariaLabel = t('footnotes.backLabel', { number: mark });
          backLinks.push(child);
          parent.children.splice(index, 1);
          return index;
        }
        return undefined;
      });
      const sources = citedSources(node, byUrl, byId);
      const note = element('div', { id: footnoteNoteId(label), class: 'footnote-note' }, [
        ...node.children,
        ...(sources.length > 0 ? [element('ul', { class: 'footnote-sources', ariaLabel: t('footnotes.sources') }, sources.map((s) => sourceLine(s, options.base, t, lang)))] : []),
      ]);
      number++;
      node.children = [note, ...backLinks, text(' '), permalink(label, number, t)];
    });
  };
}
