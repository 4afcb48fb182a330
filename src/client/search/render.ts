/** Drawing the search page: result items and the filters' options. */
import { formatPartialDate, isPartialDate } from '../../lib/dates.ts';
import { matchedSections, searchExcerpt, wordParts } from '../../lib/search/excerpt.ts';
import type { SearchState } from '../../lib/search/state.ts';
import { withoutSpellingMarks } from '../../lib/search/spelling-marks.ts';
import type { FilterCounts } from './pagefind.ts';
import type { FoundPage } from './query.ts';

/** What results are written in: the page's language, and how it names other languages. */
export interface ResultLanguage {
  lang: string;
  languageNames: Intl.DisplayNames;
}

/** The excerpt of a result as a paragraph: the page's own words, the matched ones in <mark>. */
function excerptParagraph({ fragment, words }: FoundPage): HTMLParagraphElement {
  const excerpt = searchExcerpt(fragment.content, words);
  const paragraph = Object.assign(document.createElement('p'), { className: 'excerpt' });
  if (excerpt.cutBefore) paragraph.append('… ');
  excerpt.words.forEach((word, i) => {
    if (i > 0) paragraph.append(' ');
    if (!word.match) {
      paragraph.append(word.text);
      return;
    }
    // The word is highlighted, not the punctuation around it.
    const [before, core, after] = wordParts(word.text);
    paragraph.append(before, Object.assign(document.createElement('mark'), { textContent: core }), after);
  });
  if (excerpt.cutAfter) paragraph.append(' …');
  return paragraph;
}

/** A result of the search: its title, what it is and its date, an excerpt, and the sections it matched in. */
export function resultItem(found: FoundPage, { lang, languageNames }: ResultLanguage): HTMLLIElement {
  const { fragment, words } = found;
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = Object.assign(document.createElement('a'), { href: fragment.url, textContent: withoutSpellingMarks(fragment.meta['title'] ?? fragment.url) });
  heading.append(link);
  const meta = Object.assign(document.createElement('p'), { className: 'meta' });
  const kind = fragment.meta['kind'];
  if (kind) meta.append(kind);
  const date = fragment.meta['date'];
  if (date && isPartialDate(date)) {
    if (kind) meta.append(' · ');
    // Dates read as they do on the rest of the site (FormattedDate.astro): "November 2021".
    meta.append(Object.assign(document.createElement('time'), { dateTime: date, textContent: formatPartialDate(date, lang) }));
  }
  const excerpt = excerptParagraph(found);
  // Results in another language than the page's say so, for screen readers and hyphenation.
  const textLang = fragment.meta['lang'];
  if (textLang && textLang !== lang) {
    link.lang = textLang;
    excerpt.lang = textLang;
    meta.append(` · ${languageNames.of(textLang) ?? textLang}`);
  }
  item.append(heading, meta, excerpt);
  const sections = matchedSections(fragment.anchors, words);
  if (sections.length > 0) {
    const list = Object.assign(document.createElement('ul'), { className: 'sub-results' });
    for (const section of sections) {
      const entry = document.createElement('li');
      entry.append(Object.assign(document.createElement('a'), { href: `${fragment.url}#${section.id}`, textContent: section.title }));
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

/**
 * Shows every filter value with the count the current search would give it, and hides the values
 * that would give no result (unless chosen, so they can be unchosen), and the filters left with
 * none. The checkboxes are made once and then only relabelled, so keyboard focus stays where the
 * reader left it.
 */
export function renderFilterOptions(
  form: HTMLFormElement,
  available: FilterCounts,
  counts: FilterCounts | undefined,
  state: SearchState,
  valueLabel: (filter: string, value: string) => string,
): void {
  for (const group of form.querySelectorAll<HTMLDetailsElement>('.filter-group')) {
    const name = group.dataset['filter'] ?? '';
    const container = group.querySelector('.filter-options');
    if (!container) continue;
    const values = Object.entries(available[name] ?? {}).sort(([a, ca], [b, cb]) =>
      name === 'year' ? b.localeCompare(a) : cb - ca || a.localeCompare(b),
    );
    if (container.childElementCount === 0) {
      container.append(
        ...values.map(([value], i) => {
          const id = `filter-${name}-${i}`;
          const wrapper = Object.assign(document.createElement('div'), { className: 'filter-option' });
          const box = Object.assign(document.createElement('input'), { type: 'checkbox', id, name, value });
          box.checked = state.filters[name]?.includes(value) ?? false;
          const label = Object.assign(document.createElement('label'), { htmlFor: id });
          label.dataset['value'] = value;
          wrapper.append(box, label);
          return wrapper;
        }),
      );
      if (state.filters[name]?.length) group.open = true;
    }
    let shown = 0;
    for (const wrapper of container.querySelectorAll<HTMLElement>('.filter-option')) {
      const box = wrapper.querySelector('input');
      const label = wrapper.querySelector('label');
      if (!box || !label) continue;
      const value = label.dataset['value'] ?? '';
      const count = counts ? (counts[name]?.[value] ?? 0) : (available[name]?.[value] ?? 0);
      label.textContent = `${valueLabel(name, value)} (${count})`;
      wrapper.hidden = count === 0 && !box.checked;
      if (!wrapper.hidden) shown++;
    }
    group.hidden = shown === 0;
  }
}
