import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { OutputError, toMdx, verifyMdx } from '../../../src/import/mdx-output.ts';

const link = (url: string, words = url) => ({ type: 'link' as const, url, children: [{ type: 'text' as const, value: words }] });

describe('writing a briefing as MDX', () => {
  it('writes addresses bare, and as [address](address) where a bare one would not read back', async () => {
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [
      { type: 'text', value: 'See ' }, link('https://example.org/a_b?c=1&d=2'), { type: 'text', value: '. Glued:' }, link('https://example.org/x'), { type: 'text', value: 'abc' },
    ] }] };
    const text = toMdx({ title: 'T' }, tree);
    expect(text).toBe('---\ntitle: T\n---\n\nSee https://example.org/a_b?c=1&d=2. Glued:[https://example.org/x](https://example.org/x)abc\n');
    await verifyMdx(text, tree);
  });

  it('refuses MDX that does not compile, or in which words became code, as a fault of the importer', async () => {
    const tree: Root = { type: 'root', children: [] };
    await expect(verifyMdx('---\ntitle: T\n---\n\n{oops\n', tree)).rejects.toThrow(OutputError);
    await expect(verifyMdx('---\ntitle: T\n---\n\nexport const a = 1\n', tree)).rejects.toThrow(/would be read as code/u);
  });
});
