import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { outboundRel } from '../lib/referrer-policy.ts';

/** Gives every link of a text that leads to another site `rel="noreferrer"` (src/lib/referrer-policy.ts); links within the site stay as they are. */
export function rehypeOutboundLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties['href'];
      const rel = node.tagName === 'a' && typeof href === 'string' ? outboundRel(href) : undefined;
      if (rel) node.properties['rel'] = [rel];
    });
  };
}
