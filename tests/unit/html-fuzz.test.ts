import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ContentParser } from '../../src/markdown/pipeline.ts';
import { unsafeParts } from '../helpers/html-safety.ts';
import { parsers, renderBody, textRenderer } from '../helpers/render-text.ts';

const renderers = new Map<ContentParser, MarkdownRenderer>();
beforeAll(async () => {
  for (const parser of parsers) renderers.set(parser, await textRenderer(parser));
});

/** Elements a hostile or careless writer might try, and some a text may use. */
const tag = fc.constantFrom(
  'script', 'iframe', 'img', 'picture', 'source', 'video', 'audio', 'track', 'object', 'embed', 'link', 'meta', 'style', 'base',
  'form', 'input', 'button', 'svg', 'image', 'use', 'math', 'template', 'frame', 'portal', 'noscript', 'isindex', 'marquee',
  'a', 'span', 'abbr', 'td', 'table', 'details', 'p', 'em', 'div', 'section', 'h2', 'pre', 'code', 'li', 'input',
);

/** The same scheme written the ways filters are fooled with: any case, character references, spaces, tabs, line breaks. */
const scheme = (name: string) =>
  fc.tuple(fc.array(fc.boolean(), { minLength: name.length, maxLength: name.length }), fc.constantFrom('', ' ', '  ', '\t', '&#32;', '&#x20;'), fc.nat({ max: name.length - 1 }), fc.constantFrom('', '\t', '&#x09;', '&#10;', '&#x0A;'), fc.boolean())
    .map(([upper, lead, at, inside, entity]) => {
      let written = [...name].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
      if (entity) written = `&#${written.charCodeAt(0)};${written.slice(1)}`;
      const cut = entity ? written.indexOf(';') + 1 + at : at;
      return `${lead}${written.slice(0, cut)}${inside}${written.slice(cut)}:`;
    });

/** Values an attribute might carry: code, documents in the address, other sites, refreshes, styles, and harmless text. */
const value = fc.oneof(
  scheme('javascript').map((s) => `${s}alert(1)`),
  scheme('vbscript').map((s) => `${s}msgbox(1)`),
  scheme('data').map((s) => `${s}text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`),
  fc.constantFrom(
    'https://evil.example/x.png', '//evil.example/x.js', 'HTTPS://EVIL.EXAMPLE/x', 'http://evil.example:8080/x',
    '0;url=https://evil.example/', '0; URL=\'//evil.example/\'', 'x.png 1x, https://evil.example/y.png 2x',
    'background:url(https://evil.example/x.png)', 'background-image: url( "//evil.example/x" )', 'color:red',
    'stylesheet', 'refresh', 'text/html', 'alert(1)', 'kk', 'rtl', '2', '#section', 'source:azattyq-31110144', 'mailto:a@b.example', 'plain words',
  ),
);

/** Attribute names as HTML and React writers spell them. */
const attributeName = fc.constantFrom(
  'onerror', 'onError', 'onload', 'onLoad', 'onclick', 'onClick', 'ONMOUSEOVER', 'onfocus', 'onanimationstart',
  'src', 'srcset', 'srcSet', 'href', 'xlink:href', 'xlinkHref', 'poster', 'data', 'action', 'formaction', 'formAction', 'background',
  'style', 'http-equiv', 'httpEquiv', 'content', 'rel', 'ping', 'codebase', 'class', 'className', 'id', 'lang', 'dir', 'title', 'colspan', 'open', 'is', 'slot',
);

const attribute = fc.tuple(attributeName, value).map(([name, v]) => `${name}="${v}"`);

/** An element with attributes and, unless it is written self-closing, text or another element inside. */
const element: fc.Arbitrary<string> = fc.letrec<{ element: string }>((tie) => ({
  element: fc.tuple(tag, fc.array(attribute, { maxLength: 4 }), fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant(''), fc.constant('words'), tie('element')), fc.boolean())
    .map(([name, attributes, inner, selfClosing]) => {
      const open = [name, ...attributes].join(' ');
      return selfClosing && inner === '' ? `<${open} />` : `<${open}>${inner}</${name}>`;
    }),
})).element;

/** A text around the fragment: on a line of its own, inside a paragraph, or as a Markdown image or link. */
const text = fc.oneof(
  element.map((fragment) => `Before.\n\n${fragment}\n\nAfter.`),
  element.map((fragment) => `A sentence with ${fragment} inside it.`),
  value.map((address) => `An image ![chart](${address}) and a [link](${address}).`),
);

describe('rendering HTML fragments a writer might try', () => {
  it('never gives a script, an event handler, an address that runs code, a refresh or a resource from another site, with either parser', async () => {
    // Astro's renderer prints every text it refuses before throwing.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let rendered = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(text, async (body) => {
        for (const parser of parsers) {
          const result = await renderBody(renderers.get(parser) as MarkdownRenderer, body);
          // A fragment MDX refuses to read is refused: nothing of it is published.
          if ('refused' in result) {
            refused++;
            continue;
          }
          rendered++;
          expect(unsafeParts(result.html), `${parser}: ${body}\n→ ${result.html}`).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
    // Most fragments are read and rendered, so the property says something.
    expect(rendered).toBeGreaterThan(refused);
  });
});
