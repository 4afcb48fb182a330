import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentFixture, type ContentFixture } from '../helpers/content-fixture.ts';

const BRIEFING = 'content/briefings/2021-11-briefing.mdx';
const CASE = 'content/cases/max-bokayev.mdx';

/** The check finds exactly these problems, in any order (the report sorts them by file and line). */
async function expectProblems(expected: unknown[]): Promise<void> {
  const problems = await fixture.check();
  expect(problems).toEqual(expect.arrayContaining(expected));
  expect(problems).toHaveLength(expected.length);
}

let fixture: ContentFixture;
beforeEach(async () => {
  fixture = await contentFixture();
});
afterEach(async () => {
  await fixture.dispose();
});

describe('a file whose fields fail their schema still has its text checked in the same run', () => {
  it('reports a field error and a footnote error of one briefing together', async () => {
    await fixture.edit(BRIEFING, (t) => t.replace('published: 2021-11', 'published: 2021-13').replace('converted to a fine.[^20]', 'converted to a fine.[^20][^21]'));
    await expectProblems([
      'content/briefings/2021-11-briefing.mdx:4: published: "2021-13" has no month 13; months run from 01 to 12',
      'content/briefings/2021-11-briefing.mdx:17: footnote [^21] is cited but has no note; add a line "[^21]: ..." below the text, or remove the mark',
    ]);
  });

  it('reports a component error and a link error of a case that lacks a required field', async () => {
    await fixture.edit(CASE, (t) => t.replace(/^summary: .*\n/mu, '').replace('Max Bokayev is a civil society activist', '<Profile>Max Bokayev</Profile> is a civil society activist, see [his page](/cases/max-bokayev/),'));
    await expectProblems([
      expect.stringMatching(/^content\/cases\/max-bokayev\.mdx:2: summary: is missing; add it/u),
      expect.stringMatching(/^content\/cases\/max-bokayev\.mdx:\d+: <Profile> is not a component of the archive; use one of: <Case>, <Recommendations>$/u),
      expect.stringMatching(/^content\/cases\/max-bokayev\.mdx:\d+: the link "\/cases\/max-bokayev\/" will not work on every copy of the site/u),
    ]);
  });

  it('checks <Case> mentions against the cases the file lists, read from its raw fields', async () => {
    await fixture.edit(BRIEFING, (t) => t.replace('kind: briefing-paper', 'kind: briefng-paper').replace('sentence was converted', '<Case id="talgat-ayan">Talgat Ayan</Case> sentence was converted').replace('<Case id="max-bokayev">', '<Case id="max-bokaev">'));
    await expectProblems([
      expect.stringMatching(/^content\/briefings\/2021-11-briefing\.mdx:3: kind: "briefng-paper" is not allowed; did you mean "briefing-paper"\?/u),
      'content/briefings/2021-11-briefing.mdx:8: cases: the text mentions <Case id="talgat-ayan"> (line 17) but cases does not list "talgat-ayan"; add it',
      'content/briefings/2021-11-briefing.mdx:16: <Case id="max-bokaev">: "max-bokaev" does not exist in content/cases/; did you mean "max-bokayev"? known: max-bokayev, talgat-ayan',
    ]);
  });

  it('checks code, footnotes and citations in the text of a file whose frontmatter YAML is broken', async () => {
    await fixture.edit(BRIEFING, (t) => t.replace('topics: [freedom-of-expression]', 'topics: [freedom-of-expression')
      .replace('sentence was converted', 'sentence {1 + 2} was converted')
      .replace('[^57]: See (in Russian): https://rus.azattyq.org/a/kazakhstan-sud-nalozhil-noviye-ogranicheniya-na-maksa-bokaeva/31110144.html', '[^57]: See https://rus.azattyq.org/a/31115496.html'));
    await expectProblems([
      expect.stringMatching(/^content\/briefings\/2021-11-briefing\.mdx:\d+: YAML cannot be read: /u),
      'content/briefings/2021-11-briefing.mdx:17: {1 + 2} is an expression; briefings and cases are text, so write it out or remove it (a note for editors is written {/* like this */})',
      'content/briefings/2021-11-briefing.mdx:25: footnote [^57] cites https://rus.azattyq.org/a/31115496.html, which is not the url of any source record; create content/sources/azattyq-31115496.yaml with url: https://rus.azattyq.org/a/31115496.html (or correct the address to match an existing record)',
    ]);
  });

  it('says nothing about the cases list of a file whose `cases` is not a list, beyond the field error itself', async () => {
    await fixture.edit(BRIEFING, (t) => t.replace('cases: [max-bokayev]', 'cases: max-bokayev'));
    await expectProblems([
      'content/briefings/2021-11-briefing.mdx:8: cases: expected array, found string (Case profiles it discusses (file names in content/cases/). Every <Case> mention in the text must be listed here.)',
    ]);
  });
});
