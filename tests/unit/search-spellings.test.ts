import { describe, expect, it } from 'vitest';
import { pageUrl, withFoldedNames } from '../../src/integrations/briefings-search.ts';
import { indexedText } from '../../src/lib/indexed-text.ts';
import { foldedNameVariants, foldWord, queryVariants, spellingVariants, toLatin } from '../../src/lib/name-folding.ts';
import { searchStateFromParams, searchStateToParams } from '../../src/lib/search-state.ts';

describe('name folding', () => {
  it('writes Russian and Kazakh Cyrillic in Latin letters', () => {
    expect(toLatin('Бокаев')).toBe('Bokaev');
    expect(toLatin('Қазақстан әділ')).toBe('Kazakstan adil');
  });

  it('folds the romanisations of one name to one form', () => {
    const fold = (names: string[]) => new Set(names.map(foldWord));
    expect(fold(['Bokayev', 'Bokaev', 'Бокаев', 'BOKAYEV'])).toEqual(new Set(['bokaev']));
    expect(fold(['Semenova', 'Semyonova', 'Семенова', 'Семёнова'])).toEqual(new Set(['semenova']));
    expect(fold(['Yelena', 'Elena', 'Елена'])).toEqual(new Set(['elena']));
    expect(fold(['Taychibekov', 'Тайчибеков'])).toEqual(new Set(['taichibekov']));
  });

  it('lists every spelling of a case for the index, as written and folded', () => {
    expect(spellingVariants(['Max Bokayev', 'Макс Бокаев'])).toEqual(['Max', 'max', 'Bokayev', 'bokaev', 'Макс', 'maks', 'Бокаев']);
  });

  it('searches the query as typed and, when it differs, folded', () => {
    expect(queryVariants('Бокаев')).toEqual(['Бокаев', 'bokaev']);
    expect(queryVariants('Bokayev')).toEqual(['Bokayev', 'bokaev']);
    expect(queryVariants('kettling')).toEqual(['kettling']);
    expect(queryVariants('  ')).toEqual([]);
  });

  it('folds only name-like words of a page, and only when folding changes them', () => {
    expect(foldedNameVariants('Max Bokayev met Yelena Semenova; Бокаев was there, yesterday.')).toEqual(['bokaev', 'elena']);
  });
});

describe('the index input', () => {
  const page = `<html><body><nav>Max Bokayev nav</nav><article data-pagefind-body><h1>Case</h1>
    <p>Talk of Yermek Taychibekov.</p><section data-pagefind-ignore><p>Aron Atabek</p></section>
    <script>const Hidden = 1;</script></article><footer>Footer</footer></body></html>`;

  it('reads only the text Pagefind indexes', () => {
    const text = indexedText(page).replace(/\s+/g, ' ').trim();
    expect(text).toBe('Case Talk of Yermek Taychibekov.');
  });

  it('adds the folded spellings of that text to the page the index sees', () => {
    expect(withFoldedNames(page)).toContain('<p hidden>ermek taichibekov</p></article>');
    expect(withFoldedNames('<p>No searchable body</p>')).toBe('<p>No searchable body</p>');
  });

  it('gives built pages their addresses', () => {
    expect(pageUrl('cases/max-bokayev/index.html')).toBe('/cases/max-bokayev/');
    expect(pageUrl('index.html')).toBe('/');
  });
});

describe('search addresses', () => {
  it('round-trips a search through the query string in a stable order', () => {
    const state = { q: 'Article 405', sort: 'newest' as const, filters: { year: ['2021', '2020'], kind: ['Case profile'] } };
    const params = searchStateToParams(state);
    expect(params.toString()).toBe('q=Article+405&kind=Case+profile&year=2020&year=2021&sort=newest');
    expect(searchStateFromParams(params)).toEqual({ q: 'Article 405', sort: 'newest', filters: { kind: ['Case profile'], year: ['2020', '2021'] } });
  });

  it('ignores unknown parameters and sorts', () => {
    expect(searchStateFromParams(new URLSearchParams('q=x&colour=red&sort=sideways'))).toEqual({ q: 'x', sort: '', filters: {} });
  });
});
