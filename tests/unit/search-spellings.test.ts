import { describe, expect, it } from 'vitest';
import { forIndex, pageUrl } from '../../src/integrations/briefings-search.ts';
import { excludedFromIndex } from '../../src/integrations/search-indexer.ts';
import { foldWord, queryVariants, searchForm, spellingVariants, toLatin } from '../../src/lib/name-folding.ts';
import { searchStateFromParams, searchStateToParams } from '../../src/lib/search/state.ts';
import { afterSpellingMark, markSpellings, withoutSpellingMarks } from '../../src/lib/search/spelling-marks.ts';

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
    expect(queryVariants('Max Bokayev')).toEqual(['Max Bokayev', 'max bokaev']);
    expect(queryVariants('kettling')).toEqual(['kettling']);
    expect(queryVariants('  ')).toEqual([]);
  });

  it('keeps the numbers of a query when folding it', () => {
    expect(searchForm('Article 405')).toBe('article 405');
    expect(queryVariants('Article 405')).toEqual(['Article 405']);
    expect(queryVariants('Статья 405')).toEqual(['Статья 405', 'statia 405']);
  });
});

describe('spelling marks', () => {
  it('marks each name-like word that folding changes, every time it occurs', () => {
    expect(markSpellings('Max Bokayev met Yelena Semenova; Бокаев was there, yesterday. Bokayev’s')).toBe(
      'Max Bokayev ^bokaev^_ met Yelena ^elena^_ Semenova; Бокаев ^bokaev^_ was there, yesterday. Bokayev ^bokaev^_’s',
    );
  });

  it('leaves HTML entities whole', () => {
    expect(markSpellings('&Yacute; &amp; Yerlan')).toBe('&Yacute; &amp; Yerlan ^erlan^_');
  });

  it('takes the marks out of a title and tells a marked word from the word it follows', () => {
    expect(withoutSpellingMarks('Max Bokayev ^bokaev^_ and Бокаев ^bokaev^_')).toBe('Max Bokayev and Бокаев');
    expect(afterSpellingMark('^bokaev^_),')).toBe('),');
    expect(afterSpellingMark('^bokaev^_')).toBe('');
    expect(afterSpellingMark('Bokayev')).toBeUndefined();
    expect(afterSpellingMark('2^10^')).toBeUndefined();
  });
});

describe('the index input', () => {
  const page = `<html><body><nav>Max Bokayev nav</nav><article data-pagefind-body><h1>Case</h1>
    <p>Talk of Yermek Taychibekov.</p><section data-pagefind-ignore><p>Aron Atabek Ayan</p></section>
    <span data-pagefind-filter="topic">Yerlan</span><script>const Hidden = 1;</script></article><footer>Footer</footer></body></html>`;

  it('indexes the searchable article with a spelling mark after each name that folds differently', () => {
    const { html } = forIndex(page);
    expect(html).toContain('<p>Talk of Yermek ^ermek^_ Taychibekov ^taichibekov^_.</p>');
    expect(html).not.toContain('<nav>');
  });

  it('leaves ignored text and filter values unmarked', () => {
    const { html } = forIndex(page);
    expect(html).toContain('<p>Aron Atabek Ayan</p>');
    expect(html).toContain('<span data-pagefind-filter="topic">Yerlan</span>');
  });

  it('counts the text the index reads, marks included', () => {
    expect(forIndex(page).textLength).toBe('Case'.length + 'Talk of Yermek ^ermek^_ Taychibekov ^taichibekov^_.'.length + 10);
  });

  it('puts a space between blocks that Pagefind would join, and after a date in a timeline', () => {
    const { html } = forIndex('<article data-pagefind-body><dl><dt data-pagefind-ignore>Kind</dt><dd>news</dd><dd><a href="https://x.example/">https://x.example/</a></dd></dl><ol><li><time datetime="2021-10">October 2021</time>Thirteen activists</li></ol></article>');
    expect(html).toMatch(/<dd>news<\/dd>\s+<dd>/);
    expect(html).toContain('</time> Thirteen');
  });

  it('keeps ids on headings only, the sections a result can name', () => {
    const { html } = forIndex('<article data-pagefind-body><h2 id="arrests">Arrests</h2><p>Held<sup><a href="#fn-1" id="fnref-1" data-id="x">1</a></sup></p><ol><li id="fn-1"><div id=fn-1-note class="footnote-note">Said so.</div></li></ol></article>');
    expect(html).toContain('<h2 id="arrests">');
    expect(html).toContain('<a href="#fn-1" data-id="x">');
    expect(html).toContain('<li>');
    expect(html).toContain('<div class="footnote-note">');
    expect(html.match(/\sid=/g)).toHaveLength(1);
  });

  it('leaves the sources a note cites out of the indexed text and its length, and keeps the note\'s own words', () => {
    const note = '<article data-pagefind-body><div class="footnote-note"><p>Bokayev said so. <span class="footnote-source"><a href="https://x.example/">Report by Azattyq</a>, 2021</span></p></div></article>';
    expect(excludedFromIndex).toContain('.footnote-source');
    const { html, textLength } = forIndex(note);
    // Pagefind drops the source (excludedFromIndex); it is neither marked nor counted.
    expect(html).toContain('<span class="footnote-source"><a href="https://x.example/">Report by Azattyq</a>, 2021</span>');
    expect(html).toContain('Bokayev ^bokaev^_ said so.');
    expect(textLength).toBe('Bokayev ^bokaev^_ said so. '.length);
  });

  it('reads a page without a searchable article whole', () => {
    expect(forIndex('<p>No searchable body, Yerlan</p>').html).toBe('<p>No searchable body, Yerlan ^erlan^_</p>');
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
