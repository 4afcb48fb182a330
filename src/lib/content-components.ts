import { entryPath, withBase } from './paths.ts';

/** The HTML element a component stands for: its tag and attributes (undefined ones are left out). */
export interface ComponentElement {
  tagName: string;
  attributes: Record<string, string | undefined>;
}

/** What is wrong with a `<Case>` that has no `id`, and how to write it. */
export const caseNeedsId = '<Case> needs an id written as text, e.g. <Case id="max-bokayev">Max Bokayev</Case>';

/** What a component's element is made from: its attributes as written, and the site's base path. */
interface ComponentInput {
  attributes: Record<string, string | undefined>;
  base: string;
}

/**
 * The components authors may use inside `.mdx` content, and the HTML each one renders: the text
 * between the tags goes inside the element. The check refuses any other component, and the build
 * renders these (src/markdown/remark-content-components.ts); there is no other copy of this rule.
 */
export const contentComponents: Record<string, (input: ComponentInput) => ComponentElement> = {
  /** `<Case id="max-bokayev">Max Bokayev</Case>`: a link to the case's page. `anchor` is set by remarkCaseMentions. */
  Case: ({ attributes, base }) => {
    const id = attributes['id'];
    if (!id) throw new Error(caseNeedsId);
    return {
      tagName: 'a',
      attributes: { class: 'case-mention', id: attributes['anchor'], href: withBase(base, entryPath('cases', id)) },
    };
  },
  /** `<Recommendations>` around the list of a paper's recommendations. */
  Recommendations: () => ({ tagName: 'div', attributes: { class: 'recommendations' } }),
};

/** The names of the components authors may use inside `.mdx` content. */
export const contentComponentNames: readonly string[] = Object.keys(contentComponents);

/** What is wrong with a component the archive does not have, and which ones it has. */
export function unknownComponentMessage(name: string): string {
  return `<${name}> is not a component of the archive; use one of: ${contentComponentNames.map((n) => `<${n}>`).join(', ')}`;
}
