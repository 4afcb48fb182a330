import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allowedElementList } from '../../src/lib/html-policy.ts';
import { contentFixture, type ContentFixture } from '../helpers/content-fixture.ts';

const BRIEFING = 'content/briefings/2021-11-briefing.mdx';
const CASE = 'content/cases/max-bokayev.mdx';
/** The line the first paragraph added after the fixture briefing's text stands on. */
const FIRST = 29;

let fixture: ContentFixture;
beforeEach(async () => {
  fixture = await contentFixture();
});
afterEach(async () => {
  await fixture.dispose();
});

/** Adds the paragraphs after the briefing's text, a blank line between them, and returns the check's problems. */
async function checkWith(...paragraphs: string[]): Promise<string[]> {
  await fixture.edit(BRIEFING, (text) => `${text}\n${paragraphs.join('\n\n')}\n`);
  return fixture.check();
}

const at = (line: number, message: string) => `${BRIEFING}:${line}: ${message}`;
const contact = (what: string, host: string, address: string) =>
  `${what} would make every reader's browser contact ${host}, another site, as soon as the page opens (telling it who reads what); link to it instead: [title](${address})`;
const codeLink = (shown: string) =>
  `<a>: the link "${shown}" would run code in the reader's browser; a link may only go to a web address (https://…), a source record (source:<id>), a section (#…) or a mail address (mailto:…)`;
const handler = (tag: string, name: string) => `<${tag}>: ${name} is an event handler; event handlers are not allowed, because they would run a script in every reader's browser; remove it`;

describe('HTML in a text', () => {
  it('lets the elements and attributes of the allow-list through, in any spelling', async () => {
    expect(await checkWith(
      '<table><caption>Arrests</caption><thead><tr><th scope="col" colSpan="2">Year</th></tr></thead><tbody><tr><td rowspan="2">2021</td></tr></tbody></table>',
      'The <abbr title="Kazakhstan International Bureau for Human Rights">KIBHR</abbr> quoted <q lang="kk">Қазақстан</q>, <span lang="ru" dir="ltr">«цитата»</span><sup>1</sup> <a href="https://www.hrw.org/" title="HRW">HRW</a> <a href="source:azattyq-31110144">the report</a> <a href="#released-political-prisoners">above</a> <a href="mailto:info@example.org">write</a>',
      '<details open><summary>More</summary><ol start="3"><li>third</li></ol></details>',
    )).toEqual([]);
  });

  it('refuses a script, saying that scripts never run on the archive\'s pages', async () => {
    expect(await checkWith('<script>alert(1)</script>')).toEqual([
      at(FIRST, "<script>: scripts never run on the archive's pages (a script would run in every reader's browser); remove it"),
    ]);
  });

  it('refuses a frame, an object or an embed from another site, saying the reader\'s browser would contact it, and how to link to it', async () => {
    expect(await checkWith('<iframe src="https://evil.example/x"></iframe>', '<object data="https://evil.example/x.swf"></object>', '<embed src="//evil.example/x.swf" />')).toEqual([
      at(FIRST, contact('<iframe>: it', 'evil.example', 'https://evil.example/x')),
      at(FIRST + 2, contact('<object>: it', 'evil.example', 'https://evil.example/x.swf')),
      at(FIRST + 4, contact('<embed>: it', 'evil.example', '//evil.example/x.swf')),
    ]);
  });

  it('refuses an image from another site and its event handler, each with its own message', async () => {
    expect(await checkWith('<img src="https://evil.example/x.png" onError="alert(1)" />')).toEqual([
      at(FIRST, contact('<img>: it', 'evil.example', 'https://evil.example/x.png')),
      at(FIRST, handler('img', 'onerror')),
    ]);
  });

  it('refuses a link that would run code, however its scheme is spelt', async () => {
    expect(await checkWith(
      'A <a href="javascript:alert(1)">a</a> <a href="JaVaScRiPt:alert(1)">b</a> <a href="&#106;avascript:alert(1)">c</a> <a href="  javascript:alert(1)">d</a> <a href="java&#x09;script:alert(1)">e</a> <a href="data:text/html,x">f</a>',
    )).toEqual([
      at(FIRST, codeLink('javascript:alert(1)')),
      at(FIRST, codeLink('JaVaScRiPt:alert(1)')),
      // MDX reads character references in attribute values, so the check sees what a browser would.
      at(FIRST, codeLink('javascript:alert(1)')),
      at(FIRST, codeLink('  javascript:alert(1)')),
      at(FIRST, codeLink('java\tscript:alert(1)')),
      at(FIRST, codeLink('data:text/html,x')),
    ]);
  });

  it('refuses a Markdown link that would run code with the same words', async () => {
    expect(await checkWith('[click](javascript:alert(1))')).toEqual([at(FIRST, codeLink('javascript:alert(1)').replace('<a>: ', ''))]);
  });

  it('refuses a style, naming the other site its url() would contact', async () => {
    expect(await checkWith('<span style="background:url(https://evil.example/x.png)">s</span>')).toEqual([
      at(FIRST, "<span>: style is not allowed: the site's own styles apply (and its https://evil.example/x.png would make every reader's browser contact evil.example, another site); remove it"),
    ]);
  });

  it('refuses a stylesheet from another site and a refresh to another page', async () => {
    expect(await checkWith('<link rel="stylesheet" href="https://evil.example/x.css" />', '<meta httpEquiv="refresh" content="0;url=https://evil.example/" />', '<meta http-equiv="refresh" content="0" />')).toEqual([
      at(FIRST, "<link>: it would make every reader's browser load a file from evil.example, another site (telling it who reads what), and the site's own styles apply; remove it"),
      at(FIRST + 2, '<meta>: http-equiv="refresh" would send every reader to another page; remove it, and link to the page instead: [title](https://…)'),
      at(FIRST + 4, '<meta>: http-equiv="refresh" would send every reader to another page; remove it, and link to the page instead: [title](https://…)'),
    ]);
  });

  it('refuses an inline drawing and its event handler', async () => {
    expect(await checkWith('<svg onLoad="alert(1)"><circle r="1" /></svg>')).toEqual([
      at(FIRST, "<svg>: drawings and formulas written in the text are not allowed (they can hold scripts and load files from other sites); describe it in words, or link to where it is published: [title](https://…)"),
      at(FIRST, handler('svg', 'onload')),
      at(FIRST, `<circle> is not an element texts may use; write it in Markdown, or use one of ${allowedElementList()}`),
    ]);
  });

  it('refuses class, className and id, and an event handler on an allowed element', async () => {
    expect(await checkWith('<span className="big" id="top" onclick="x()">t</span> <em class="red">e</em>')).toEqual([
      at(FIRST, "<span>: class is not allowed: the site's own styles apply; remove it"),
      at(FIRST, "<span>: id is not allowed: the archive gives headings, notes and case mentions their ids, and another could break their links; remove it (link to a section with its heading's address, #section-name)"),
      at(FIRST, handler('span', 'onclick')),
      at(FIRST, "<em>: class is not allowed: the site's own styles apply; remove it"),
    ]);
  });

  it('refuses an element it does not know, listing the allowed ones, and says where headings go', async () => {
    expect(await checkWith('<center>x</center>', '<h2>Section</h2>')).toEqual([
      at(FIRST, `<center> is not an element texts may use; write it in Markdown, or use one of ${allowedElementList()}`),
      at(FIRST + 2, '<h2>: write headings in Markdown (## Section, ### Subsection) so that they get their anchors and appear in the table of contents'),
    ]);
    expect(allowedElementList()).toMatch(/^<a>, <abbr>, .*<table>.*<ul>$/);
  });

  it('refuses an attribute an allowed element may not carry, and a resource from another site on it', async () => {
    expect(await checkWith('<table><tr><td width="5" background="https://evil.example/x.png">x</td></tr></table>')).toEqual([
      at(FIRST, '<td>: width is not allowed on <td>; it may carry colspan, rowspan, lang, dir'),
      at(FIRST, `<td>: background="https://evil.example/x.png" would make every reader's browser contact evil.example, another site, as soon as the page opens (telling it who reads what); remove it`),
    ]);
  });

  it('refuses attributes written as expressions, a link to a source record that does not exist, and a direction that is not one', async () => {
    expect(await checkWith('<a href={"https://x.org"}>x</a> <span {...props}>y</span> <a href="source:nope">z</a> <bdi dir="up">w</bdi>')).toEqual([
      at(FIRST, '<a>: href is written as an expression in braces; write attributes as text, e.g. lang="kk"'),
      at(FIRST, '<span>: an attribute is written as an expression in braces; write attributes as text, e.g. lang="kk"'),
      at(FIRST, '<a href="source:nope">: "nope" does not exist in content/sources/; known: azattyq-31110144, bureau-kz-on-vyshel'),
      at(FIRST, '<bdi>: dir="up" is not a direction; write dir="rtl", dir="ltr" or dir="auto"'),
    ]);
  });

  it('refuses every image in a text, saying an image from another site would make readers\' browsers contact it', async () => {
    expect(await checkWith('![Chart of arrests](https://evil.example/chart.png)', '![Chart](/images/chart.png) ![Map][map]', '[map]: https://maps.example/kz.png')).toEqual([
      at(FIRST, "the image https://evil.example/chart.png would make every reader's browser contact evil.example, another site, as soon as the page opens (telling it who reads what); link to it instead: [Chart of arrests](https://evil.example/chart.png)"),
      at(FIRST + 2, 'the image /images/chart.png cannot be shown: texts show no images (the archive has no place for them, and an address beside the text breaks on a copy of the site); describe it in words, or link to where it is published: [Chart](https://…)'),
      at(FIRST + 2, "the image https://maps.example/kz.png would make every reader's browser contact maps.example, another site, as soon as the page opens (telling it who reads what); link to it instead: [Map](https://maps.example/kz.png)"),
    ]);
  });

  it('refuses a level-1 heading in the text of a briefing and of a case, since the title comes from the frontmatter', async () => {
    await fixture.edit(CASE, (text) => `${text}\nKey facts\n=========\n`);
    expect(await checkWith('# Key concerns')).toEqual([
      at(FIRST, `"# Key concerns" is a level-1 heading, but the page's title comes from title: in the frontmatter; start sections at level 2: ## Key concerns`),
      expect.stringMatching(/^content\/cases\/max-bokayev\.mdx:\d+: "# Key facts" is a level-1 heading, but the page's title comes from title: in the frontmatter; start sections at level 2: ## Key facts$/),
    ]);
  });

  it('checks the text of a file whose frontmatter fails its schema', async () => {
    await fixture.edit(BRIEFING, (text) => text.replace('kind: briefing-paper\n', 'kind: pamphlet\n'));
    const problems = await checkWith('<script>alert(1)</script>');
    expect(problems).toContainEqual(at(FIRST, "<script>: scripts never run on the archive's pages (a script would run in every reader's browser); remove it"));
    expect(problems.some((problem) => problem.includes('kind:'))).toBe(true);
  });
});
