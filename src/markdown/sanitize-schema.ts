import type { Options as Schema } from 'rehype-sanitize';
import { allowedElements, everyElementAttributes, linkSchemes, propertyName, removedWithContent } from '../lib/html-policy.ts';

type PropertyDefinitions = NonNullable<Schema['attributes']>[string];

/**
 * What the archive's own Markdown writes at the point the sanitiser runs (right after remark-rehype
 * and syntax highlighting, before heading anchors and footnote notes are added), beyond the HTML a
 * text may contain: headings, code, GFM tables, task lists and footnotes as mdast-util-to-hast
 * writes them, and the elements of the archive's components (src/lib/content-components.ts). A
 * property with values may only have those values. tests/unit/html-sanitising.test.ts renders
 * every one of these and checks that the sanitiser keeps them all.
 */
const markdownOutput: Readonly<Record<string, PropertyDefinitions>> = {
  // Not h1: a page's one level-1 heading is its title. A `# Heading` in a text (which the check
  // refuses) keeps its words and loses its rank.
  h2: [['id', 'footnote-label'], ['className', 'sr-only']], h3: [], h4: [], h5: [], h6: [],
  p: [], hr: [], br: [], em: [], strong: [], del: [], blockquote: [], sup: [],
  // Code blocks: the language class, and Shiki's tabindex (Shiki writes HTML names, not hast's),
  // which lets a keyboard scroll a long line. Shiki's colours are inline styles, which the site's
  // Content-Security-Policy blocks anyway, and its classes style nothing on the site.
  pre: [['tabindex', /^0$/]],
  code: [['className', /^language-./]],
  // Links (Markdown's title), footnote marks and back-links, and <Case> mentions.
  a: ['href', 'title', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaLabel', ['ariaDescribedBy', 'footnote-label'], ['className', 'data-footnote-backref', 'case-mention'], ['id', /^user-content-fnref-/, /^mention-/]],
  // GFM tables align their columns.
  th: ['align'], td: ['align'],
  // GFM task lists and footnotes.
  ul: [['className', 'contains-task-list']], ol: [['className', 'contains-task-list']],
  li: [['className', 'task-list-item'], ['id', /^user-content-fn-/]],
  input: [['type', 'checkbox'], 'checked', ['disabled', true]],
  section: ['dataFootnotes', ['className', 'footnotes']],
  // <Recommendations>.
  div: [['className', 'recommendations']],
};

/**
 * rehype-sanitize's schema for texts: the elements and attributes of src/lib/html-policy.ts (as
 * hast property names), plus what the archive's Markdown writes. Links keep only the schemes links
 * may use; comments, raw HTML and every other element and attribute are removed (elements that
 * hold code or media with their content, the others leaving their text).
 */
export function sanitizeSchema(): Schema {
  const attributes: Record<string, PropertyDefinitions> = { '*': everyElementAttributes.map(propertyName) };
  for (const [element, allowed] of Object.entries(allowedElements)) attributes[element] = allowed.map(propertyName);
  for (const [element, allowed] of Object.entries(markdownOutput)) attributes[element] = [...(attributes[element] ?? []), ...allowed];
  return {
    tagNames: Object.keys(attributes).filter((name) => name !== '*'),
    attributes,
    protocols: { href: [...linkSchemes] },
    // Table parts outside a table and a summary outside <details> would break the page's structure.
    ancestors: { caption: ['table'], thead: ['table'], tbody: ['table'], tfoot: ['table'], tr: ['table'], th: ['table'], td: ['table'], summary: ['details'] },
    // A task list's checkbox stays one that cannot be changed.
    required: { input: { type: 'checkbox', disabled: true } },
    strip: [...removedWithContent],
    // The footnotes' ids are prefixed already (mdast-util-to-hast's clobberPrefix); an author
    // cannot write ids (the check refuses them), so none are prefixed again.
    clobber: [],
    clobberPrefix: '',
    allowComments: false,
    allowDoctypes: false,
  };
}
