import path from 'node:path';
import { markdownConfigDefaults } from '@astrojs/markdown-remark';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectFootnotes } from '../../src/lib/footnotes.ts';
import { parseMdx } from '../../src/lib/mdx-syntax.ts';
import { readSourceSummaries, type SourceSummary } from '../../src/lib/source-records.ts';
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
  it('show a non-English title in its own language beside the English gloss, with the archived copy', async () => {
    const $ = await render(paper);
    const line = $('#user-content-fn-20-note .footnote-sources li');
    expect(line.find('a').first().text()).toBe('Court sentences Askar Nurmaganov to six years');
    const original = line.find('span[lang="ru"]');
    expect(original.text()).toBe('Суд приговорил Аскара Нурмаганова к шести годам');
    expect(line.text()).toContain('Court sentences Askar Nurmaganov to six years (“Суд приговорил Аскара Нурмаганова к шести годам”)');
    expect(line.text()).toContain('Radio Azattyq, 3 February 2021, in Russian.');
    expect(line.find('a.archived-copy').attr('href')).toBe('https://web.archive.org/web/20210204000000/https://rus.azattyq.org/a/31115496.html');
  });

  it('show no original title for a source in English', async () => {
    const $ = await render(paper);
    const line = $('#user-content-fn-kibhr-trial-note .footnote-sources li');
    expect(line.text()).toBe('KIBHR monitoring note on the trial. KIBHR, in English.');
    expect(line.find('[lang]')).toHaveLength(0);
  });
});

describe('footnotes in other languages', () => {
  it('labels the notes, back-links and permanent links in the language of the document', async () => {
    const renderer = await markdownProcessor({ base: '/', sources }).createRenderer(markdownConfigDefaults);
    const $ = load((await renderer.render(paper, { frontmatter: { language: 'ru' } })).code);
    expect($('#footnote-label').text()).toBe('Примечания');
    expect($('[data-footnote-backref]').first().attr('aria-label')).toBe('Назад к ссылке 1');
    expect($('.footnote-permalink').first().attr('aria-label')).toBe('Ссылка на примечание 1');
    const english = load((await renderer.render(paper)).code);
    expect(english('#footnote-label').text()).toBe('Footnotes');
    expect(english('[data-footnote-backref]').first().attr('aria-label')).toBe('Back to reference 1');
  });
});
