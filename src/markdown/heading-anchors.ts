import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Options } from 'rehype-autolink-headings';

/**
 * Options for rehype-autolink-headings: the anchor follows the heading (so it is not part of the
 * heading's text or the table of contents), shows a "#" to sighted users and names the section to
 * screen readers.
 */
export const headingAnchorOptions: Options = {
  behavior: 'after',
  properties: { class: 'heading-anchor' },
  group: (heading: Element) => ({
    type: 'element',
    tagName: 'div',
    properties: { class: `heading-wrapper level-${heading.tagName}` },
    children: [],
  }),
  content: (heading: Element): ElementContent[] => [
    { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
    {
      type: 'element', tagName: 'span', properties: { class: 'visually-hidden' },
      children: [{ type: 'text', value: `Link to the section “${toString(heading)}”` }],
    },
  ],
};
