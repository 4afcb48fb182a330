import type { Node, Parent } from 'unist';

/**
 * Calls `visit` on every node of a syntax tree, parents before children, in document order. The
 * same order as `unist-util-visit` without its ancestor bookkeeping, which made the check spend
 * half of its parsing time walking trees.
 */
export function eachNode(node: Node, visit: (node: Node) => void): void {
  visit(node);
  const children = (node as Partial<Parent>).children;
  if (children) for (const child of children) eachNode(child, visit);
}
