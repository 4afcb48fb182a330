import type { Root } from 'mdast';
import { caseMentions } from '../lib/case-mentions.ts';

/**
 * Gives every `<Case>` mention an `anchor` attribute (`mention-max-bokayev-1`), so the case's page
 * can link to the exact place a briefing discusses it.
 */
export function remarkCaseMentions() {
  return (tree: Root) => {
    for (const { node, anchor } of caseMentions(tree)) {
      node.attributes = node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === 'anchor'));
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'anchor', value: anchor });
    }
  };
}
