import GithubSlugger from 'github-slugger';
import type { Heading, List, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

const RECOMMENDATIONS = /^recommendations\b/iu;

/** True for a heading that introduces recommendations ("Recommendations", "Recommendations to the EU"). */
export function isRecommendationsHeading(text: string): boolean {
  return RECOMMENDATIONS.test(text.trim());
}

/** One `<Recommendations>` block of a text: what it is about, where it is, and each recommendation. */
export interface RecommendationBlock {
  /** The heading right above the block (usually "Recommendations"), with the anchor rehypeHeadingIds gives it. */
  section: { title: string; slug: string } | undefined;
  /** What the recommendations are about: the nearest heading above that is not a "Recommendations" heading and encloses the block. */
  topic: string | undefined;
  /** The sentence that leads into the list, e.g. "The authorities of Kazakhstan should:". */
  lead: string | undefined;
  /** The recommendations, one per list item, as plain text. */
  items: string[];
}

/**
 * Lists the `<Recommendations>` blocks of a text in document order. Section slugs follow Astro's
 * rehypeHeadingIds (github-slugger over heading text, in order), as case mentions do, so links
 * land on the heading.
 */
export function recommendationsOf(tree: Root): RecommendationBlock[] {
  const blocks: RecommendationBlock[] = [];
  const slugger = new GithubSlugger();
  const open: Array<{ depth: number; title: string; slug: string }> = [];
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const heading = node as Heading;
      const title = toString(heading);
      while ((open.at(-1)?.depth ?? 0) >= heading.depth) open.pop();
      open.push({ depth: heading.depth, title, slug: slugger.slug(title) });
      return;
    }
    if (node.type !== 'mdxJsxFlowElement' || (node as MdxJsxFlowElement).name !== 'Recommendations') return;
    const element = node as MdxJsxFlowElement;
    const last = open.at(-1);
    const topic = [...open].reverse().find((h) => !isRecommendationsHeading(h.title))?.title;
    const firstParagraph = element.children.find((child) => child.type === 'paragraph');
    const lists = element.children.filter((child): child is List => child.type === 'list');
    blocks.push({
      section: last ? { title: last.title, slug: last.slug } : undefined,
      topic,
      lead: firstParagraph ? toString(firstParagraph) : undefined,
      items: lists.flatMap((list) => list.children.map((item) => toString(item).trim())).filter(Boolean),
    });
  });
  return blocks;
}
