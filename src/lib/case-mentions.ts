import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** One `<Case id>` mention in a text, numbered per case, with the section it stands in. */
export interface CaseMention {
  caseId: string;
  /** 1 for a case's first mention in the text, 2 for its second... */
  ordinal: number;
  /** The `id` the mention's link carries in the page, for links to the place a case is discussed. */
  anchor: string;
  /** The nearest heading above the mention, if any, with the anchor rehypeHeadingIds gives it. */
  section: { title: string; slug: string } | undefined;
  node: MdxJsxTextElement | MdxJsxFlowElement;
}

/** The id of the link a mention renders, e.g. `mention-max-bokayev-1`. */
export function mentionAnchor(caseId: string, ordinal: number): string {
  return `mention-${caseId}-${ordinal}`;
}

function caseIdOf(node: MdxJsxTextElement | MdxJsxFlowElement): string | undefined {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return attribute && typeof attribute.value === 'string' ? attribute.value : undefined;
}

/**
 * Lists the case mentions of a text in document order. Section slugs follow Astro's
 * rehypeHeadingIds (github-slugger over heading text, in order), so links land on the heading.
 */
export function caseMentions(tree: Root): CaseMention[] {
  const mentions: CaseMention[] = [];
  const counts = new Map<string, number>();
  const slugger = new GithubSlugger();
  let section: CaseMention['section'];
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const title = toString(node as Heading);
      section = { title, slug: slugger.slug(title) };
      return;
    }
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && (node as MdxJsxTextElement).name === 'Case') {
      const element = node as MdxJsxTextElement | MdxJsxFlowElement;
      const caseId = caseIdOf(element);
      if (!caseId) return;
      const ordinal = (counts.get(caseId) ?? 0) + 1;
      counts.set(caseId, ordinal);
      mentions.push({ caseId, ordinal, anchor: mentionAnchor(caseId, ordinal), section, node: element });
    }
  });
  return mentions;
}
