import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { fixAddresses } from '../../../src/import/addresses.ts';
import { linkAddresses } from '../../../src/import/mdx-output.ts';

function withNote(text: string): Root {
  return { type: 'root', children: [{ type: 'footnoteDefinition', identifier: '20', label: '20', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] }] };
}

describe('addresses in a draft', () => {
  it('makes bare addresses links, leaving the full stop after them out', () => {
    const tree = withNote('See https://rus.azattyq.org/a/31115496.html. And www.example.org too.');
    fixAddresses(tree, []);
    expect(linkAddresses(tree)).toEqual(['https://rus.azattyq.org/a/31115496.html', 'http://www.example.org']);
  });

  it('repairs the doubled scheme of the 2021 paper and says so', () => {
    const tree = withNote('See (in Russian): http://ttps://bureau.kz/novosti/sobstvennaya_informaciya/on_vyshel_chtoby_vernutsya/');
    const warnings: string[] = [];
    const repairs = fixAddresses(tree, warnings);
    expect(linkAddresses(tree)).toEqual(['https://bureau.kz/novosti/sobstvennaya_informaciya/on_vyshel_chtoby_vernutsya/']);
    expect(repairs).toEqual([{ from: 'http://ttps://bureau.kz/novosti/sobstvennaya_informaciya/on_vyshel_chtoby_vernutsya/', to: 'https://bureau.kz/novosti/sobstvennaya_informaciya/on_vyshel_chtoby_vernutsya/' }]);
    expect(warnings).toEqual(['in footnote 20: the address http://ttps://bureau.kz/novosti/sobstvennaya_informaciya/on_vyshel_chtoby_vernutsya/ is mistyped (it has a second scheme inside it) and was written as https://bureau.kz/novosti/sobstvennaya_informaciya/on_vyshel_chtoby_vernutsya/; open it to check that it works.']);
  });

  it('repairs a mistyped link address and its words', () => {
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'link', url: 'http://ttps://bureau.kz/a/', children: [{ type: 'text', value: 'http://ttps://bureau.kz/a/' }] }] }] };
    const warnings: string[] = [];
    fixAddresses(tree, warnings);
    expect(tree.children[0]).toMatchObject({ children: [{ url: 'https://bureau.kz/a/', children: [{ value: 'https://bureau.kz/a/' }] }] });
    expect(warnings[0]).toMatch(/^in the text: the address http:\/\/ttps:\/\/bureau\.kz\/a\/ is mistyped/u);
  });

  it('keeps an address whose repair is not certain as written, and flags it', () => {
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'link', url: 'https://bureau/novosti', children: [{ type: 'text', value: 'the article' }] }] }] };
    const warnings: string[] = [];
    expect(fixAddresses(tree, warnings)).toEqual([]);
    expect(linkAddresses(tree)).toEqual(['https://bureau/novosti']);
    expect(warnings).toEqual(['in the text: "https://bureau/novosti" has no domain name ("bureau"); check the address. It could not be repaired with certainty, so it was kept as written: correct it by hand.']);
  });
});
