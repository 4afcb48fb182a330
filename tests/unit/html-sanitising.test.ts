import { load } from 'cheerio';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { allowedElements, everyElementAttributes } from '../../src/lib/html-policy.ts';
import type { ContentParser } from '../../src/markdown/pipeline.ts';
import { unsafeParts } from '../helpers/html-safety.ts';
import { parsers, renderBody, textRenderer } from '../helpers/render-text.ts';

const renderers = new Map<ContentParser, MarkdownRenderer>();
beforeAll(async () => {
  for (const parser of parsers) renderers.set(parser, await textRenderer(parser));
});

/** The HTML a body renders to with each parser (they may differ in blank paragraphs, not in what they keep). */
async function renderWithBoth(body: string): Promise<Record<ContentParser, string>> {
  const html: Partial<Record<ContentParser, string>> = {};
  for (const parser of parsers) {
    const result = await renderBody(renderers.get(parser) as MarkdownRenderer, body);
    if ('refused' in result) throw new Error(`${parser} refused ${body}: ${result.refused}`);
    html[parser] = result.html;
  }
  return html as Record<ContentParser, string>;
}

/** Each hostile input of issue 17, as a paragraph of a text, with the words around it that must stay. */
const hostile: Record<string, string> = {
  'a script': 'Before <script>alert(1)</script> after',
  'a frame from another site': 'Before <iframe src="https://evil.example/x">frame text</iframe> after',
  'an image from another site with an event handler': 'Before <img src="https://evil.example/x.png" onerror="alert(1)" /> after',
  'a link that runs code': 'Before <a href="javascript:alert(1)">a</a> <a href="JaVaScRiPt:alert(1)">b</a> <a href="&#106;avascript:alert(1)">c</a> <a href="  javascript:alert(1)">d</a> <a href="data:text/html,x">e</a> after',
  'a style loading from another site': 'Before <span style="background:url(https://evil.example/x.png)">styled</span> after',
  'a stylesheet from another site': 'Before <link rel="stylesheet" href="https://evil.example/x.css" /> after',
  'a refresh to another site': 'Before <meta httpEquiv="refresh" content="0;url=https://evil.example/" /> after',
  'an object and an embed': 'Before <object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf" /> after',
  'a drawing with an event handler': 'Before <svg onLoad="alert(1)"><image href="https://evil.example/x.png" /></svg> after',
  'an image in Markdown from another site': 'Before ![chart](https://evil.example/x.png) after',
  'class, className and id': 'Before <span className="big" id="top" class="red">styled</span> after',
  'event handlers in every spelling': 'Before <em onClick="x()" onclick="y()" ONMOUSEOVER="z()">em</em> after',
  'a form': 'Before <form action="https://evil.example/"><input formAction="https://evil.example/" /><button>Send</button></form> after',
  'a video with a poster': 'Before <video poster="https://evil.example/p.png" src="https://evil.example/v.mp4">fallback</video> after',
  'a table cell with a background': '<table><tbody><tr><td background="https://evil.example/x.png">cell</td></tr></tbody></table>',
};

/** Inputs the check refuses that are no danger to readers, and what of them the render keeps. */
const misplaced: Record<string, { body: string; gone: string; kept: string }> = {
  'a level-1 heading, whose words stay without its rank': { body: 'Before\n\n# Title\n\nAfter', gone: 'h1', kept: 'Title' },
  'a level-1 heading written with a line under it': { body: 'Before\n\nTitle\n=====\n\nAfter', gone: 'h1', kept: 'Title' },
  'an image from the site itself, whose description stays out': { body: 'Before ![chart](/images/chart.png) after', gone: 'img', kept: 'Before' },
};

describe('HTML in a text, as the site renders it', () => {
  for (const [what, body] of Object.entries(hostile)) {
    it(`removes ${what}, with both parsers, and keeps the text around it`, async () => {
      for (const [parser, html] of Object.entries(await renderWithBoth(body))) {
        expect(unsafeParts(html), `${parser}: ${html}`).toEqual([]);
        expect(html, parser).not.toMatch(/evil\.example|javascript|alert|class="(big|red)"|id="top"/i);
        const text = load(html).text();
        if (body.startsWith('Before')) expect(text, parser).toMatch(/^\s*Before[\s\S]*after\s*$/);
      }
    });
  }

  for (const [what, { body, gone, kept }] of Object.entries(misplaced)) {
    it(`removes ${what}, with both parsers`, async () => {
      for (const [parser, html] of Object.entries(await renderWithBoth(body))) {
        const $ = load(html);
        expect($(gone).length, `${parser}: ${html}`).toBe(0);
        expect($.text(), parser).toContain(kept);
      }
    });
  }

  it('removes the content of a script and a style, and keeps the text of an element it does not know', async () => {
    for (const html of Object.values(await renderWithBoth('<center>centred <b>words</b></center> <style>p</style><script>alert(1)</script>'))) {
      expect(load(html).text().trim()).toBe('centred words');
      expect(html).toContain('<b>words</b>');
    }
  });

  it('keeps every element and attribute a text may contain, in any spelling', async () => {
    const attributeValue: Record<string, string> = { href: 'https://www.hrw.org/', colspan: '2', rowspan: '2', scope: 'col', start: '3', open: '', title: 'Title', lang: 'kk', dir: 'rtl' };
    for (const [element, attributes] of Object.entries(allowedElements)) {
      const written = [...attributes, ...everyElementAttributes].map((name) => (attributeValue[name] === '' ? name : `${name}="${attributeValue[name]}"`)).join(' ');
      const body = ['th', 'td', 'tr', 'thead', 'tbody', 'tfoot', 'caption'].includes(element)
        ? `<table><${element} ${written}>x</${element}></table>`
        : element === 'summary' ? `<details><summary ${written}>x</summary></details>` : `<${element} ${written}>x</${element}>`;
      for (const [parser, html] of Object.entries(await renderWithBoth(body))) {
        // Sätteri reads a block of HTML as a block; remark puts it in a paragraph, leaving empty ones around it.
        const found = load(html)(`${element}[lang]`);
        expect(found.length, `${parser}: ${body} → ${html}`).toBeGreaterThan(0);
        for (const name of [...attributes, ...everyElementAttributes]) expect(found.attr(name), `${parser}: ${name} of ${html}`).toBe(attributeValue[name] || name);
      }
    }
    const { native } = await renderWithBoth('<table><tbody><tr><td colSpan="2" rowSpan="3">x</td></tr></tbody></table>');
    expect(native).toContain('<td colspan="2" rowspan="3">x</td>');
  });

  it('keeps everything the archive\'s own Markdown writes: footnotes, tables, task lists, code, components', async () => {
    // Astro prints the Shiki warning for an unknown language; nothing else.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const body = [
      '## A section', '### Below it', '#### And below', '##### Deeper', '###### Deepest',
      'Text with a note,[^a] the same note again[^a] and another.[^b] *Em*, **strong**, ~~struck~~, `code`, a [titled link](https://www.hrw.org/ "HRW"), https://www.amnesty.org/ and a [source](source:azattyq-31110144).',
      '<Case id="max-bokayev">Max Bokayev</Case> was released.',
      '> A quotation.', '---', '1. one\n2. two', '3. three\n4. four',
      '- [ ] to do\n- [x] done',
      '| Left | Centre | Right |\n|:-----|:------:|------:|\n| a | b | c |',
      '```js\nconst sentence = 5;\n```', '```math\nx^2\n```', '```\nplain\n```',
      'A line  \nbreak.',
      '<Recommendations>\n\nThe authorities should:\n\n- release him\n\n</Recommendations>',
      '[^a]: A note with https://bureau.kz/.', '[^b]: Another note.',
    ].join('\n\n');
    for (const parser of parsers) {
      const unsanitised = await renderBody(await textRenderer(parser, { sanitised: false }), body);
      const sanitised = await renderBody(renderers.get(parser) as MarkdownRenderer, body);
      // Shiki's colours (inline styles, which the site's Content-Security-Policy blocks) and classes are all the sanitiser takes.
      const withoutShiki = (html: string) => html.replace(/<pre class="astro-code[^"]*" style="[^"]*" tabindex="0" data-language="[^"]*">/g, '<pre tabindex="0">').replace(/<span class="line">/g, '<span>').replace(/<span style="[^"]*">/g, '<span>');
      expect('html' in unsanitised && withoutShiki(unsanitised.html)).toBe('html' in sanitised && sanitised.html);
      expect(('html' in sanitised && sanitised.html) || '').toContain('<input type="checkbox" checked disabled>');
    }
  });

  it('gives links to other sites rel="noreferrer" and leaves links within the site alone', async () => {
    const { native, remark } = await renderWithBoth('See [HRW](https://www.hrw.org/), <a href="https://www.amnesty.org/">Amnesty</a>, [the case](#released), [a source](source:azattyq-31110144), <a href="mailto:info@iphronline.org">IPHR</a>, <Case id="max-bokayev">Bokayev</Case> and https://bureau.kz/ too.[^1]\n\n[^1]: Note citing https://rus.azattyq.org/a/1.html.');
    expect(native).toBe(remark);
    const $ = load(native);
    const rels = $('a').toArray().map((a) => [$(a).attr('href'), $(a).attr('rel')]);
    expect(rels.filter(([href]) => /^https?:/.test(href ?? ''))).toEqual([
      ['https://www.hrw.org/', 'noreferrer'], ['https://www.amnesty.org/', 'noreferrer'], ['https://bureau.kz/', 'noreferrer'], ['https://rus.azattyq.org/a/1.html', 'noreferrer'],
    ]);
    expect(rels.filter(([href]) => !/^https?:/.test(href ?? '')).every(([, rel]) => rel === undefined)).toBe(true);
  });
});
