import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { findCaseNames, linkCaseNames } from '../../../src/import/case-names.ts';
import { testSnapshot } from './helpers.ts';

function text(...blocks: Array<string | { heading: string }>): Root {
  return {
    type: 'root',
    children: blocks.map((b) => typeof b === 'string'
      ? { type: 'paragraph', children: [{ type: 'text', value: b }] }
      : { type: 'heading', depth: 2, children: [{ type: 'text', value: b.heading }] }),
  };
}

describe('known cases named in a draft', () => {
  it('finds names and aliases whatever their case, accents or script, the longest spelling first', () => {
    const found = findCaseNames(text('MAX BOKAYEV spoke; later Bokayev and Макс Бокаев, and Max Bokáev.', 'Talgat Ayan too. Maxim Bokayevich is someone else.'), testSnapshot());
    expect(found).toEqual([
      { caseId: 'max-bokayev', name: 'Max Bokayev', count: 4, spellings: ['MAX BOKAYEV', 'Bokayev', 'Макс Бокаев', 'Max Bokáev'] },
      { caseId: 'talgat-ayan', name: 'Talgat Ayan', count: 1, spellings: ['Talgat Ayan'] },
    ]);
  });

  it('links the first mention of each case per section and returns the ids linked', () => {
    const tree = text('Max Bokayev and Bokayev again.', { heading: 'Max Bokayev' }, 'Then Bokayev.');
    expect(linkCaseNames(tree, testSnapshot())).toEqual(['max-bokayev']);
    expect(JSON.stringify(tree.children[0])).toContain('"name":"Case","attributes":[{"type":"mdxJsxAttribute","name":"id","value":"max-bokayev"}],"children":[{"type":"text","value":"Max Bokayev"}]');
    expect(JSON.stringify(tree.children[0])).toContain('" and Bokayev again."');
    expect(tree.children[1]).toMatchObject({ type: 'heading', children: [{ type: 'text', value: 'Max Bokayev' }] });
    expect(JSON.stringify(tree.children[2])).toContain('"value":"Bokayev"}]}');
  });
});
