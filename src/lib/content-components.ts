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

const JS_COMMENTS = /\/\*[\s\S]*?\*\/|\/\/[^\n]*/g;

/** True when an MDX `{...}` expression holds nothing but JavaScript comments: a note for editors, which renders nothing. */
export function isCommentExpression(value: string): boolean {
  return value.replace(JS_COMMENTS, '').trim() === '';
}

/** What is wrong with an MDX `{...}` expression that is not a comment, and what to do. */
export function expressionMessage(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `{${shown}} is an expression; briefings and cases are text, so write it out or remove it (a note for editors is written {/* like this */})`;
}

/** What is wrong with an `import` or `export` line in content, and what to do. */
export const importExportMessage = `import and export statements are not allowed in content; remove the line (the components ${contentComponentNames.map((n) => `<${n}>`).join(', ')} need no import)`;
