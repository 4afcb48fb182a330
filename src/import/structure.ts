import type { Heading, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { isRecommendationsHeading } from '../lib/recommendations.ts';

const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition', 'mdxJsxFlowElement']);


/** Raw HTML and images cannot go into a briefing as they are: HTML becomes text, images are left out. */
function dropUnsupported(tree: Root, warnings: string[]): void {
  let images = 0;
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type === 'html') {
      const text = { type: 'text' as const, value: node.value };
      parent.children[index] = (BLOCK_PARENTS.has(parent.type) ? { type: 'paragraph', children: [text] } : text) as never;
      return SKIP;
    }
    if (node.type === 'image' || node.type === 'imageReference' || node.type === 'yaml') {
      if (node.type !== 'yaml') images++;
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  if (images > 0) warnings.push(`${images} image(s) were left out; add them by hand if the briefing needs them.`);
}

/** Links that would not work on every copy of the site (Word bookmarks, relative paths) keep their words but lose the link. */
function unwrapLocalLinks(tree: Root, warnings: string[]): void {
  const removed: string[] = [];
  visit(tree, 'link', (node, index, parent) => {
    if (!parent || index === undefined || /^(https?:|mailto:)/iu.test(node.url)) return undefined;
    removed.push(node.url);
    parent.children.splice(index, 1, ...(node.children as PhrasingContent[]));
    return [SKIP, index];
  });
  if (removed.length > 0) {
    warnings.push(`${removed.length} link(s) pointing inside the draft or to a relative path were removed, keeping their words: ${removed.slice(0, 5).join(', ')}${removed.length > 5 ? ' ...' : ''}.`);
  }
}

/**
 * Spaces at the edge of bold or italic words (Word often makes `<strong> bold</strong>`) move
 * outside them, which Markdown can write without `&#x20;`.
 */
function trimEmphasis(tree: Root): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined || (node.type !== 'emphasis' && node.type !== 'strong' && node.type !== 'delete')) return undefined;
    const first = node.children[0];
    const last = node.children[node.children.length - 1];
    const before = first?.type === 'text' ? /^\s+/u.exec(first.value)?.[0] ?? '' : '';
    const after = last?.type === 'text' ? /\s+$/u.exec(last.value)?.[0] ?? '' : '';
    if (first?.type === 'text' && before) first.value = first.value.slice(before.length);
    if (last?.type === 'text' && after) last.value = last.value.slice(0, last.value.length - after.length);
    node.children = node.children.filter((c) => c.type !== 'text' || c.value !== '');
    const replacement: PhrasingContent[] = [
      ...(before ? [{ type: 'text' as const, value: before }] : []),
      ...(node.children.length ? [node] : []),
      ...(after ? [{ type: 'text' as const, value: after }] : []),
    ];
    parent.children.splice(index, 1, ...(replacement as never[]));
    return [SKIP, index + replacement.length];
  });
}

/** The title is the page's only `#`: the text's highest heading becomes `##`, the others follow it. */
function shiftHeadings(tree: Root): void {
  let top = 7;
  visit(tree, 'heading', (node) => {
    top = Math.min(top, node.depth);
  });
  if (top > 6) return;
  const shift = 2 - top;
  visit(tree, 'heading', (node) => {
    node.depth = Math.min(6, Math.max(2, node.depth + shift)) as Heading['depth'];
  });
}

/**
 * What follows a Recommendations heading, up to the next heading, goes inside `<Recommendations>`;
 * a paragraph that stood among the notes (`data.amongNotes`) stays outside, between two blocks if
 * need be, since it was no part of the recommendations.
 */
function wrapRecommendations(parent: Parent): number {
  let wrapped = 0;
  const children = parent.children as RootContent[];
  const wrap = (start: number, end: number) => {
    const block: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement', name: 'Recommendations', attributes: [],
      children: children.slice(start, end) as MdxJsxFlowElement['children'],
    };
    children.splice(start, end - start, block);
    wrapped++;
  };
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (node?.type !== 'heading' || !isRecommendationsHeading(toString(node))) continue;
    let start = i + 1;
    for (let end = start; ; end++) {
      const next = children[end];
      const stops = next === undefined || next.type === 'heading' || next.type === 'footnoteDefinition';
      if (stops || next.data?.amongNotes) {
        if (end > start) {
          wrap(start, end);
          end = start + 1;
        }
        if (stops) break;
        start = end + 1;
      }
    }
  }
  return wrapped;
}

/**
 * Makes a draft's tree fit a briefing: raw HTML as text, no images, no links that only work in
 * the draft, headings starting at `##`, and recommendations set apart with `<Recommendations>`.
 */
export function tidyTree(tree: Root, warnings: string[]): void {
  dropUnsupported(tree, warnings);
  unwrapLocalLinks(tree, warnings);
  trimEmphasis(tree);
  shiftHeadings(tree);
  const wrapped = wrapRecommendations(tree);
  if (wrapped > 0) warnings.push(`${wrapped} block(s) of recommendations were set apart with <Recommendations>; check where each one ends.`);
}
