import type { Element, ElementContent } from 'hast';
import { formatPartialDate, isPartialDate } from '../lib/dates.ts';
import { languageNameIn } from '../lib/i18n/locales.ts';
import type { Translate } from '../lib/i18n/translator.ts';

/** What a footnote shows about a cited source. */
export interface SourceSummary {
  id: string;
  title: string;
  titleOriginal?: string | undefined;
  publisher: string;
  date?: string | undefined;
  language: string;
  url?: string | undefined;
  archived?: string | undefined;
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element', tagName, properties, children,
});

/** How a footnote names a source: where its title links (or `undefined`: the note's own link already leads there), and the document's language. */
export interface CitationOptions {
  titleHref: string | undefined;
  /** The document's language: a source in another language says which. */
  documentLanguage: string;
  /** The interface language of the labels. */
  lang: string;
  t: Translate;
}

/**
 * A source record as a footnote cites it, in one run of text: its title (linked to the address the
 * note cites), its original title in its own language, publisher, date, its language when it is
 * not the document's, and its archived copy: `Title (“Заголовок”), Radio Azattyq, 3 February
 * 2021, in Russian, archived copy`.
 */
export function sourceCitation(source: SourceSummary, options: CitationOptions): Element {
  const { t, lang } = options;
  // Source records are written in English: in a document in another language, their words say so.
  const en = options.documentLanguage === 'en' ? {} : { lang: 'en' };
  const title = options.titleHref === undefined ? element('span', en, [text(source.title)]) : element('a', { href: options.titleHref, ...en }, [text(source.title)]);
  const children: ElementContent[] = [title];
  if (source.titleOriginal) children.push(text(' (“'), element('span', { lang: source.language }, [text(source.titleOriginal)]), text('”)'));
  if (source.publisher) children.push(text(', '), 'lang' in en ? element('span', en, [text(source.publisher)]) : text(source.publisher));
  const details = [
    source.date && isPartialDate(source.date) ? formatPartialDate(source.date, lang) : undefined,
    source.language === options.documentLanguage ? undefined : t('briefing.inLanguage', { language: languageNameIn(source.language, lang) }),
  ].filter(Boolean);
  if (details.length > 0) children.push(text(`, ${details.join(', ')}`));
  if (source.archived) children.push(text(', '), element('a', { href: source.archived, class: 'archived-copy' }, [text(t('footnotes.archivedCopy'))]));
  return element('span', { class: 'footnote-source' }, children);
}
