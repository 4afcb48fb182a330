import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { SOURCE_LINK_PREFIX } from '../check/rules/citations.ts';
import { entryPath, withBase } from '../lib/paths.ts';

/** Turns `source:<id>` links written in footnotes into links to the source record's page. */
export function rehypeSourceLinks(options: { base: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties?.href;
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith(SOURCE_LINK_PREFIX)) {
        node.properties.href = withBase(options.base, entryPath('sources', href.slice(SOURCE_LINK_PREFIX.length)));
      }
    });
  };
}
