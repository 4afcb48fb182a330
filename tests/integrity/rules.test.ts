import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentFixture, type ContentFixture } from '../helpers/content-fixture.ts';

const BRIEFING = 'content/briefings/2021-11-briefing.mdx';
const CASE = 'content/cases/max-bokayev.mdx';

let fixture: ContentFixture;
beforeEach(async () => {
  fixture = await contentFixture();
});
afterEach(async () => {
  await fixture.dispose();
});

describe('the valid fixture', () => {
  it('passes every rule', async () => {
    expect(await fixture.check()).toEqual([]);
  });
});

describe('schemas', () => {
  it('names a missing required field with its line and what to write', async () => {
    await fixture.edit(CASE, (t) => t.replace('summary: Civil society activist imprisoned for five years over the 2016 land reform protests.\n', ''));
    expect(await fixture.check()).toEqual([
      expect.stringMatching(/^content\/cases\/max-bokayev\.mdx:2: summary: is missing; add it \(One or two sentences/),
    ]);
  });

  it('suggests the nearest allowed value for a misspelt status', async () => {
    await fixture.edit(CASE, (t) => t.replace('status: released', 'status: releesed'));
    expect(await fixture.check()).toEqual([
      expect.stringMatching(/^content\/cases\/max-bokayev\.mdx:11: status\[1\]\.status: "releesed" is not allowed; did you mean "released"\? use one of: under-investigation/),
    ]);
  });

  it('rejects a field the schema does not know, suggesting the intended one', async () => {
    await fixture.edit('content/sources/azattyq-31110144.yaml', (t) => t.replace('publisher:', 'publsher:'));
    const problems = await fixture.check();
    expect(problems).toContainEqual(expect.stringMatching(/^content\/sources\/azattyq-31110144\.yaml:2: "publsher" is not a field here; did you mean "publisher"\?/));
    expect(problems).toContainEqual(expect.stringMatching(/^content\/sources\/azattyq-31110144\.yaml:1: publisher: is missing; add it \(Who published it/));
    expect(problems).toHaveLength(2);
  });

  it('reports a YAML syntax error with its line', async () => {
    await fixture.write('content/topics/broken.yaml', 'name: Broken\ndescription: [unclosed\n');
    expect(await fixture.check()).toEqual([expect.stringMatching(/^content\/topics\/broken\.yaml:\d+: YAML cannot be read: .*Check indentation/)]);
  });

  it('reports an MDX syntax error with its line, without orphaning links to the file', async () => {
    await fixture.edit(BRIEFING, (t) => t.replace('remains subject to restrictions.', 'remains subject to {restrictions.'));
    expect(await fixture.check()).toEqual([expect.stringMatching(/^content\/briefings\/2021-11-briefing\.mdx:\d+: MDX cannot be read: .*Write \\\{ and &lt;/)]);
  });
});

describe('dates', () => {
  it('refuses a date that does not exist', async () => {
    await fixture.edit(CASE, (t) => t.replace('  - date: 2021-02\n', '  - date: 2021-02-30\n'));
    expect(await fixture.check()).toEqual([
      'content/cases/max-bokayev.mdx:22: timeline[1].date: "2021-02-30" is not a real date: February 2021 has 28 days',
    ]);
  });

  it('flags a timeline that is out of order', async () => {
    await fixture.edit(CASE, (t) => t.replace('  - date: 2021-02\n', '  - date: 2015-03-01\n'));
    expect(await fixture.check()).toEqual([
      'content/cases/max-bokayev.mdx:22: timeline[1].date: 1 March 2015 comes after November 2016 in the list; timeline must run oldest first, so move this item up',
    ]);
  });

  it('flags a status history that is out of order', async () => {
    await fixture.edit(CASE, (t) => t.replace('    since: 2021-02\n', '    since: 2016-01\n'));
    expect(await fixture.check()).toEqual([
      'content/cases/max-bokayev.mdx:12: status[1].since: January 2016 comes after November 2016 in the list; status must run oldest first, so move this item up',
    ]);
  });
});

describe('references', () => {
  it('flags a charge under a law article that does not exist, listing the known ones', async () => {
    await fixture.edit(CASE, (t) => t.replace('law: cc-174', 'law: cc-1744'));
    expect(await fixture.check()).toEqual([
      'content/cases/max-bokayev.mdx:14: charges[0].law: "cc-1744" does not exist in content/laws/; did you mean "cc-174"? known: cc-174, cc-274',
    ]);
  });

  it('flags a briefing that names an organisation that does not exist', async () => {
    await fixture.edit(BRIEFING, (t) => t.replace('organisations: [kibhr]', 'organisations: [kibhr, iphr]'));
    expect(await fixture.check()).toEqual([
      'content/briefings/2021-11-briefing.mdx:5: organisations[1]: "iphr" does not exist in content/organisations/; did you mean "kibhr"? known: kibhr',
    ]);
  });
});

describe('footnotes', () => {
  it('flags a footnote mark that has no note', async () => {
    await fixture.edit(BRIEFING, (t) => t.replace('converted to a fine.[^20]', 'converted to a fine.[^20][^21]'));
    expect(await fixture.check()).toEqual([
      'content/briefings/2021-11-briefing.mdx:17: footnote [^21] is cited but has no note; add a line "[^21]: ..." below the text, or remove the mark',
    ]);
  });

  it('flags a footnote that is defined but never cited', async () => {
    await fixture.edit(BRIEFING, (t) => `${t}\n[^99]: An explanatory note nobody points at.\n`);
    expect(await fixture.check()).toEqual([
      'content/briefings/2021-11-briefing.mdx:29: footnote [^99] is defined but never cited; add [^99] where it belongs in the text, or delete the note',
    ]);
  });

  it('flags a footnote defined twice', async () => {
    await fixture.edit(BRIEFING, (t) => `${t}\n[^20]: A second note with the same label.\n`);
    expect(await fixture.check()).toEqual([
      'content/briefings/2021-11-briefing.mdx:29: footnote [^20] is defined twice (first at line 27); give one of them another label',
    ]);
  });
});

describe('citations and URLs', () => {
  it('catches the mistyped http://ttps:// address of the 2021 paper and suggests the repair', async () => {
    await fixture.edit(BRIEFING, (t) => t.replace('See (in Russian): https://bureau.kz/', 'See (in Russian): http://ttps://bureau.kz/'));
    const problems = await fixture.check();
    expect(problems).toContain(
      'content/briefings/2021-11-briefing.mdx:27: "http://ttps://bureau.kz/novosti/sobstvennaya_informaciya/on_vyshel_chtoby_vernutsya/" has a second scheme inside it (a copy-and-paste typo); keep one, e.g. https://bureau.kz/novosti/sobstvennaya_informaciya/on_vyshel_chtoby_vernutsya/',
    );
    expect(problems).toHaveLength(1);
  });

  it('catches a mistyped address in a source record', async () => {
    await fixture.edit('content/sources/bureau-kz-on-vyshel.yaml', (t) => t.replace('url: https://bureau.kz', 'url: http://ttps://bureau.kz'));
    expect(await fixture.check()).toContainEqual(
      expect.stringMatching(/^content\/sources\/bureau-kz-on-vyshel\.yaml:3: url: "http:\/\/ttps:\/\/bureau\.kz\/.*" has a second scheme inside it/),
    );
  });

  it('flags a footnote whose address has no source record and names the file to create', async () => {
    await fixture.edit(BRIEFING, (t) => t.replace('[^57]: See (in Russian): https://rus.azattyq.org/a/kazakhstan-sud-nalozhil-noviye-ogranicheniya-na-maksa-bokaeva/31110144.html', '[^57]: See (in Russian): https://rus.azattyq.org/a/31115496.html'));
    expect(await fixture.check()).toEqual([
      'content/briefings/2021-11-briefing.mdx:25: footnote [^57] cites https://rus.azattyq.org/a/31115496.html, which is not the url of any source record; create content/sources/azattyq-31115496.yaml with url: https://rus.azattyq.org/a/31115496.html (or correct the address to match an existing record)',
    ]);
  });

  it('resolves source: links to records and flags unknown ones', async () => {
    await fixture.edit(BRIEFING, (t) => t.replace('[^20]: See (in Russian): https://bureau.kz/novosti/sobstvennaya_informaciya/on_vyshel_chtoby_vernutsya/', '[^20]: See [the verdict](source:bokayev-verdict) and [the article](source:bureau-kz-on-vyshel).'));
    expect(await fixture.check()).toEqual([
      'content/briefings/2021-11-briefing.mdx:27: footnote [^20] links source:bokayev-verdict, but "bokayev-verdict" does not exist in content/sources/; known: azattyq-31110144, bureau-kz-on-vyshel',
    ]);
  });

  it('flags a site-relative link that would break on a mirror', async () => {
    await fixture.edit(BRIEFING, (t) => t.replace('remains subject to restrictions.', 'remains subject to [restrictions](/cases/max-bokayev/).'));
    expect(await fixture.check()).toEqual([
      expect.stringMatching(/^content\/briefings\/2021-11-briefing\.mdx:16: the link "\/cases\/max-bokayev\/" will not work on every copy of the site/),
    ]);
  });
});

describe('components', () => {
  it('flags a case mention whose case does not exist', async () => {
    await fixture.edit(BRIEFING, (t) => t.replace('<Case id="max-bokayev">', '<Case id="max-bokaev">'));
    expect(await fixture.check()).toEqual([
      'content/briefings/2021-11-briefing.mdx:16: <Case id="max-bokaev">: "max-bokaev" does not exist in content/cases/; did you mean "max-bokayev"? known: max-bokayev, talgat-ayan',
    ]);
  });

  it('flags a case mentioned in the text but missing from the cases list', async () => {
    await fixture.edit(BRIEFING, (t) => t.replace('sentence was converted', '<Case id="talgat-ayan">Talgat Ayan</Case> sentence was converted'));
    expect(await fixture.check()).toEqual([
      'content/briefings/2021-11-briefing.mdx:8: cases: the text mentions <Case id="talgat-ayan"> (line 17) but cases does not list "talgat-ayan"; add it',
    ]);
  });

  it('flags a component the archive does not have', async () => {
    await fixture.edit(BRIEFING, (t) => t.replace('<Recommendations>', '<Recomendations>').replace('</Recommendations>', '</Recomendations>'));
    expect(await fixture.check()).toEqual([
      'content/briefings/2021-11-briefing.mdx:19: <Recomendations> is not a component of the archive; use one of: <Case>, <Recommendations>',
    ]);
  });

  it('flags code in a text, which the build would refuse, and lets notes for editors through', async () => {
    await fixture.edit(BRIEFING, (t) => t.replace('sentence was converted', 'sentence {/* check with KIBHR */} was {1 + 2} converted') + '\nimport Chart from "./chart.astro"\n');
    expect(await fixture.check()).toEqual([
      'content/briefings/2021-11-briefing.mdx:17: {1 + 2} is an expression; briefings and cases are text, so write it out or remove it (a note for editors is written {/* like this */})',
      expect.stringMatching(/^content\/briefings\/2021-11-briefing\.mdx:\d+: import and export statements are not allowed in content; remove the line/),
    ]);
  });
});

describe('evidence', () => {
  it('flags a timeline event that cites nothing', async () => {
    await fixture.edit(CASE, (t) => t.replace('    sources: [azattyq-31110144]\n', ''));
    expect(await fixture.check()).toEqual([
      'content/cases/max-bokayev.mdx:22: timeline[1]: cites nothing; add `sources: [<file name in content/sources/>]` or `briefings: [<file name in content/briefings/>]` saying where this is documented',
    ]);
  });
});

describe('aliases and ids', () => {
  it('flags a spelling shared by two cases, whatever its case or accents', async () => {
    await fixture.edit('content/cases/talgat-ayan.mdx', (t) => t.replace('aliases: [Талгат Аян]', 'aliases: [Талгат Аян, "BOKAEV"]'));
    expect(await fixture.check()).toEqual([
      'content/cases/talgat-ayan.mdx:3: aliases[1]: "BOKAEV" is also a spelling of content/cases/max-bokayev.mdx ("Bokaev"); two cases cannot share a spelling, so use a fuller name in one of them',
    ]);
  });

  it('flags two files that would publish at the same address', async () => {
    await fixture.write('content/topics/freedom-of-expression.yml', 'name: Free speech\ndescription: A duplicate.\n');
    expect(await fixture.check()).toEqual([
      'content/topics/freedom-of-expression.yml: has the same id "freedom-of-expression" as content/topics/freedom-of-expression.yaml; both would publish at /topics/freedom-of-expression/. Rename or merge one of them',
    ]);
  });

  it('flags a file name that is not its own address', async () => {
    await fixture.write('content/topics/Civil Society.yaml', 'name: Civil society\ndescription: NGOs and activists.\n');
    expect(await fixture.check()).toEqual([
      'content/topics/Civil Society.yaml: the file name "Civil Society" has capital letters ("C", "S") and spaces; the name is the id other files use and the last part of the page\'s address, written in lowercase a–z, digits and hyphens, so rename the file to civil-society.yaml',
    ]);
  });

  it('flags a stray file that would not be published', async () => {
    await fixture.write('content/cases/notes.txt', 'todo');
    expect(await fixture.check()).toEqual([
      'content/cases/notes.txt: is not a .mdx file, so it is not published; rename it or move it out of content/',
    ]);
  });
});

describe('translations', () => {
  const translation = (language: string, briefing = '2021-11-briefing') =>
    `---\nbriefing: ${briefing}\nlanguage: ${language}\ntitle: Основные проблемы\nsummary: Краткий брифинг для тестов.\ntranslator: the archive's editors\n---\n`;

  it('accepts a summary-only translation of a briefing', async () => {
    await fixture.write('content/translations/ru/2021-11-briefing.mdx', translation('ru'));
    expect(await fixture.check()).toEqual([]);
  });

  it('flags a translation of a briefing that does not exist, suggesting the nearest', async () => {
    await fixture.write('content/translations/ru/2021-11-briefing.mdx', translation('ru', '2021-11-brefing'));
    expect(await fixture.check()).toEqual([
      expect.stringMatching(/^content\/translations\/ru\/2021-11-briefing\.mdx:2: briefing: "2021-11-brefing" does not exist.*did you mean "2021-11-briefing"/),
    ]);
  });

  it('flags a translation into the language the briefing is written in', async () => {
    await fixture.write('content/translations/en/2021-11-briefing.mdx', translation('en'));
    expect(await fixture.check()).toEqual([
      'content/translations/en/2021-11-briefing.mdx:3: language: content/briefings/2021-11-briefing.mdx is itself in English ("en"); a translation must be in another language',
    ]);
  });

  it('flags two translations of one briefing into the same language', async () => {
    await fixture.write('content/translations/ru/2021-11-briefing.mdx', translation('ru'));
    await fixture.write('content/translations/ru/copy.mdx', translation('ru'));
    expect(await fixture.check()).toEqual([
      'content/translations/ru/copy.mdx:3: language: content/translations/ru/2021-11-briefing.mdx already translates 2021-11-briefing into Russian ("ru"); keep one translation per language and delete or merge the other',
    ]);
  });
});
