import path from 'node:path';
import { markdownConfigDefaults } from '@astrojs/markdown-remark';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectFootnotes } from '../../src/lib/footnotes.ts';
import { parseMdx } from '../../src/lib/mdx-syntax.ts';
import { readSourceSummaries } from '../../src/loaders/source-summaries.ts';
import type { SourceSummary } from '../../src/markdown/source-citation.ts';
import { markdownProcessor } from '../../src/markdown/pipeline.ts';
import { repoRoot } from '../helpers/content-fixture.ts';

let sources: SourceSummary[];

beforeAll(async () => {
  sources = await readSourceSummaries(path.join(repoRoot, 'tests/fixtures/citing/content'));
});

/** Renders Markdown through the site's own pipeline (astro.config.mjs uses the same processor). */
async function render(markdown: string): Promise<CheerioAPI> {
  const renderer = await markdownProcessor({ base: '/', sources }).createRenderer(markdownConfigDefaults);
  return load((await renderer.render(markdown)).code);
}

const paper = `## The verdict

The court sentenced him to six years.[^20] KIBHR followed the trial.[^kibhr-trial]

## Restrictions

He may not leave the city.[^21]

[^20]: See https://rus.azattyq.org/a/31115496.html
[^kibhr-trial]: See https://bureau.kz/novosti/priznat-i-otrechsya/
[^21]: Court order of 3 February 2021.
`;

/** The same paper after an editor adds a note before all the others. */
const revised = paper
  .replace('The court sentenced', 'Kazakhstan has held political prisoners since 2011.[^new-context] The court sentenced')
  .concat('[^new-context]: Added in a later revision.\n');

/** Each note's address, mark, permanent link and text, by label. */
function notes($: CheerioAPI) {
  return $('section[data-footnotes] li[id^="user-content-fn-"]').map((_, li) => {
    const id = $(li).attr('id') ?? '';
    const label = id.replace('user-content-fn-', '');
    return {
      label,
      id,
      mark: $(`a[data-footnote-ref][href="#${id}"]`).attr('id'),
      permalink: $(li).find('a.footnote-permalink').attr('href'),
      text: $(li).find('.footnote-note > p').text().trim(),
    };
  }).get();
}

describe('footnote addresses', () => {
  it('are built from the labels, so inserting a note before the others changes no existing address', async () => {
    const before = notes(await render(paper));
    const after = notes(await render(revised));
    expect(before.map((n) => n.label)).toEqual(['20', 'kibhr-trial', '21']);
    expect(after.map((n) => n.label)).toEqual(['new-context', '20', 'kibhr-trial', '21']);
    for (const note of before) {
      expect(after.find((n) => n.label === note.label), note.label).toEqual(note);
    }
  });

  it('are the labels the check reads from the text', async () => {
    const labels = collectFootnotes(parseMdx(revised)).notes.map((n) => n.label);
    const ids = notes(await render(revised)).map((n) => n.id);
    expect(ids.sort()).toEqual(labels.map((label) => `user-content-fn-${label}`).sort());
  });

  it('each have a visible permanent link, named by the number readers see and kept out of search', async () => {
    const $ = await render(revised);
    const links = $('a.footnote-permalink');
    expect(links.map((_, a) => $(a).attr('href')).get()).toEqual([
      '#user-content-fn-new-context', '#user-content-fn-20', '#user-content-fn-kibhr-trial', '#user-content-fn-21',
    ]);
    expect(links.map((_, a) => $(a).attr('aria-label')).get()).toEqual(['Link to note 1', 'Link to note 2', 'Link to note 3', 'Link to note 4']);
    links.each((_, a) => {
      expect($(a).attr('data-pagefind-ignore')).toBeDefined();
      expect($(a).text()).toBe('#');
    });
    expect($('.footnote-note a.footnote-permalink')).toHaveLength(0);
  });
});

describe('the sources a footnote cites', () => {
  it('replace a bare address by the source record once: its title linked to the address, its publisher, date, language and archived copy', async () => {
    const $ = await render(paper);
    const note = $('#user-content-fn-20-note');
    const line = note.find('.footnote-source');
    expect(line).toHaveLength(1);
    expect(line.find('a').first().text()).toBe('Court sentences Askar Nurmaganov to six years');
    expect(line.find('a').first().attr('href')).toBe('https://rus.azattyq.org/a/31115496.html');
    expect(line.find('span[lang="ru"]').text()).toBe('Суд приговорил Аскара Нурмаганова к шести годам');
    expect(note.text()).toBe('See Court sentences Askar Nurmaganov to six years (“Суд приговорил Аскара Нурмаганова к шести годам”), Radio Azattyq, 3 February 2021, in Russian, archived copy');
    expect(line.find('a.archived-copy').attr('href')).toBe('https://web.archive.org/web/20210204000000/https://rus.azattyq.org/a/31115496.html');
  });

  it('say the language only when it is not the document’s, and show no original title for a source in English', async () => {
    const $ = await render(paper);
    const line = $('#user-content-fn-kibhr-trial-note .footnote-source');
    expect(line.text()).toBe('KIBHR monitoring note on the trial, KIBHR');
    expect(line.find('[lang]')).toHaveLength(0);
  });

  it('follow a link with words of its own, or a source: link, with the record in brackets', async () => {
    const $ = await render(`Text.[^a] More.[^b]

[^a]: See [the trial note](https://bureau.kz/novosti/priznat-i-otrechsya/).
[^b]: See [the verdict](source:azattyq-nurmaganov-sentence).
`);
    expect($('#user-content-fn-a-note').text()).toBe('See the trial note (KIBHR monitoring note on the trial, KIBHR).');
    expect($('#user-content-fn-a-note a').first().attr('href')).toBe('https://bureau.kz/novosti/priznat-i-otrechsya/');
    const verdict = $('#user-content-fn-b-note');
    expect(verdict.find('a').first().attr('href')).toBe('/sources/azattyq-nurmaganov-sentence/');
    expect(verdict.text()).toContain('See the verdict (Court sentences Askar Nurmaganov to six years (“Суд');
  });

  it('name the record of a note that writes its address over http:// and without the last slash, the address linked as the note writes it', async () => {
    const $ = await render('Text.[^a]\n\n[^a]: See http://bureau.kz/novosti/priznat-i-otrechsya\n');
    expect($('#user-content-fn-a-note').text()).toBe('See KIBHR monitoring note on the trial, KIBHR');
    expect($('#user-content-fn-a-note a').first().attr('href')).toBe('http://bureau.kz/novosti/priznat-i-otrechsya');
  });

  it('leave an address that no source record has as it is', async () => {
    const $ = await render('Text.[^x]\n\n[^x]: See https://example.net/unknown\n');
    expect($('#user-content-fn-x-note a').text()).toBe('https://example.net/unknown');
    expect($('.footnote-source')).toHaveLength(0);
  });

  it('set the back-link and the permanent link after the note’s text, with nothing but spaces between', async () => {
    const $ = await render(paper);
    const item = $('#user-content-fn-21');
    expect(item.children().map((_, el) => $(el).attr('class')).get()).toEqual(['footnote-note', 'data-footnote-backref', 'footnote-permalink']);
    expect(item.find('.footnote-note > p').last().text()).toBe('Court order of 3 February 2021.');
    expect(item.text()).toBe('Court order of 3 February 2021. ↩ #');
  });
});

describe('footnotes in other languages', () => {
  it('labels the notes, back-links and permanent links in the language of the document', async () => {
    const renderer = await markdownProcessor({ base: '/', sources }).createRenderer(markdownConfigDefaults);
    const $ = load((await renderer.render(paper, { frontmatter: { language: 'ru' } })).code);
    expect($('#footnote-label').text()).toBe('Примечания');
    expect($('[data-footnote-backref]').first().attr('aria-label')).toBe('Назад к ссылке 1');
    expect($('.footnote-permalink').first().attr('aria-label')).toBe('Ссылка на примечание 1');
    // The source records are in English: their title and publisher say so in a Russian text.
    const line = $('#user-content-fn-20-note .footnote-source');
    expect(line.find('a').first().attr('lang')).toBe('en');
    expect(line.find('span[lang="en"]').text()).toBe('Radio Azattyq');
    expect(line.text()).toContain('3 февраля 2021 г., архивная копия');
    expect(line.text()).not.toContain('язык');
    const english = load((await renderer.render(paper)).code);
    expect(english('#footnote-label').text()).toBe('Footnotes');
    expect(english('[data-footnote-backref]').first().attr('aria-label')).toBe('Back to reference 1');
  });
});
