/**
 * Drawing the search's results: the list of pages found (title, kind, date, excerpt, the sections
 * matched), a button for more, and the status line that counts them (role="status", read out).
 */
import { formatPartialDate, isPartialDate } from '../../lib/dates.ts';
import { matchedSections, searchExcerpt, wordParts } from '../../lib/search/excerpt.ts';
import type { SearchState } from '../../lib/search/state.ts';
import { withoutSpellingMarks } from '../../lib/search/spelling-marks.ts';
import type { PageText } from './page-text.ts';
import type { FoundPage } from './fragments.ts';
import type { SearchOutcome } from './query.ts';

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
function resultItem(found: FoundPage, { lang, languageNames }: PageText): HTMLLIElement {
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

/** What the search found, in a sentence: "12 results for “Bokayev”, filtered by 2021." */
function summary(state: SearchState, total: number, { t, valueLabel }: PageText): string {
  const filters = Object.entries(state.filters).flatMap(([name, values]) => values.map((value) => valueLabel(name, value)));
  const what = state.q.trim() ? t('search.forQuery', { query: state.q.trim() }) : t('search.forFilters');
  const narrowed = filters.length > 0 && state.q.trim() ? t('search.filteredBy', { filters: filters.join(', ') }) : '';
  return `${total === 0 ? t('search.noResults') : t('search.results', { count: total })} ${what}${narrowed}.`;
}

/** The results list and its status line, for each moment of a search. */
export interface ResultsView {
  /** Nothing asked for: no results, and a prompt to search. */
  idle(): void;
  /** A search under way. */
  searching(): void;
  /** The results of a search, with a button to show `more` further ones (none when 0), which calls `onMore`. */
  show(state: SearchState, outcome: SearchOutcome, more: number, onMore: () => void): void;
  /** The search could not run (the index did not load). */
  failed(): void;
}

/** Draws results into the page's list, and says in its status line what the search is doing or found. */
export function resultsView(list: HTMLOListElement, statusLine: HTMLElement, text: PageText): ResultsView {
  const { t } = text;
  /** `state` is for tests and scripts that wait on a search, whatever the page's language. */
  const status = (message: string, state: 'idle' | 'searching' | 'done' | 'failed') => {
    statusLine.textContent = message;
    statusLine.dataset['state'] = state;
  };
  return {
    idle() {
      list.replaceChildren();
      status(t('search.prompt'), 'idle');
    },
    searching() {
      status(t('search.searching'), 'searching');
    },
    show(state, outcome, more, onMore) {
      list.replaceChildren(...outcome.pages.map((page) => resultItem(page, text)));
      if (more > 0) {
        const button = Object.assign(document.createElement('button'), { type: 'button', className: 'more-results', textContent: t('search.more', { count: more }) });
        button.addEventListener('click', onMore);
        const li = document.createElement('li');
        li.className = 'more';
        li.append(button);
        list.append(li);
      }
      status(summary(state, outcome.total, text), 'done');
    },
    failed() {
      status(t('search.failed'), 'failed');
    },
  };
}
