import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentFixture, type ContentFixture } from '../helpers/content-fixture.ts';

const BRIEFING = 'content/briefings/2021-11-briefing.mdx';
const NOTE = '[^57]: See (in Russian): https://rus.azattyq.org/a/kazakhstan-sud-nalozhil-noviye-ogranicheniya-na-maksa-bokaeva/31110144.html';

let fixture: ContentFixture;
beforeEach(async () => {
  fixture = await contentFixture();
});
afterEach(async () => {
  await fixture.dispose();
});

describe('a footnote citing a source record by another address of the same document', () => {
  it.each([
    ['over http://', 'http://rus.azattyq.org/a/kazakhstan-sud-nalozhil-noviye-ogranicheniya-na-maksa-bokaeva/31110144.html'],
    ['with a slash at the end', 'https://rus.azattyq.org/a/kazakhstan-sud-nalozhil-noviye-ogranicheniya-na-maksa-bokaeva/31110144.html/'],
  ])('passes the check %s', async (_how, url) => {
    await fixture.edit(BRIEFING, (t) => t.replace(NOTE, `[^57]: See (in Russian): ${url}`));
    expect(await fixture.check()).toEqual([]);
  });

  it('does not pass it with www. added, which can be another site', async () => {
    const url = 'https://www.rus.azattyq.org/a/kazakhstan-sud-nalozhil-noviye-ogranicheniya-na-maksa-bokaeva/31110144.html';
    await fixture.edit(BRIEFING, (t) => t.replace(NOTE, `[^57]: See (in Russian): ${url}`));
    expect(await fixture.check()).toEqual([expect.stringContaining(`footnote [^57] cites ${url}, which is not the url of any source record`)]);
  });
});

describe('two source records for one document', () => {
  it('are refused, naming the record that has the address already', async () => {
    const url = 'http://rus.azattyq.org/a/kazakhstan-sud-nalozhil-noviye-ogranicheniya-na-maksa-bokaeva/31110144.html/';
    await fixture.write('content/sources/azattyq-copy.yaml', `title: Суд наложил новые ограничения\npublisher: Azattyq\ndate: 2021-02\nkind: news\nlanguage: ru\nurl: ${url}\n`);
    expect(await fixture.check()).toEqual([
      `content/sources/azattyq-copy.yaml:6: url: ${url} is also the url of content/sources/azattyq-31110144.yaml, so both records stand for one document and footnotes cite only one of them; merge them into one record and delete the other`,
    ]);
  });
});
