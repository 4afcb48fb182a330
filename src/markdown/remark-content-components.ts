import path from 'node:path';
import type { Data, Node, Parent, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { contentComponents, expressionMessage, importExportMessage, isCommentExpression, unknownComponentMessage } from '../lib/content-components.ts';
import { isBooleanAttribute, propertyName } from '../lib/html-policy.ts';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
/** What remark-rehype reads to turn any node into an HTML element (mdast-util-to-hast's `applyData`). */
type ElementData = Data & { hName?: string; hProperties?: Record<string, string | true> };

/** `file:line` of a node, with the file relative to the working directory as `npm run check` writes it. */
function place(file: VFile | undefined, node: Node): string {
  const name = file?.path ? path.relative(file.cwd, file.path) : '(text without a file)';
  const line = node.position?.start.line;
  return line ? `${name}:${line}` : name;
}

function attributesOf(element: JsxElement, where: () => string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string')) {
      throw new Error(`${where()}: <${element.name}> has an attribute written as an expression in braces; write attributes as text, e.g. id="max-bokayev" (npm run check lists every such problem)`);
    }
    attributes[attribute.name] = attribute.value ?? '';
  }
  return attributes;
}

/**
 * Renders MDX content as static HTML: the archive's components (`<Case>`, `<Recommendations>`)
 * become the elements src/lib/content-components.ts describes, HTML elements stay what they are
 * (the sanitiser then removes what src/lib/html-policy.ts does not allow), comments disappear. Anything that would need JavaScript (another component, import/export, an
 * expression) stops the build with the file and line, as `npm run check` reports it. Runs after
 * remarkCaseMentions, which gives each `<Case>` its `anchor`.
 */
export function remarkContentComponents(options: { base: string }) {
  return (tree: Root, file?: VFile) => {
    visit(tree, (node, index, parent: Parent | undefined) => {
      const where = () => place(file, node);
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        const value = (node as { value?: string }).value ?? '';
        if (!isCommentExpression(value)) throw new Error(`${where()}: ${expressionMessage(value)} (npm run check lists every such problem)`);
        if (parent && index !== undefined) parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (node.type === 'mdxjsEsm') {
        throw new Error(`${where()}: ${importExportMessage}`);
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
      const element = node as JsxElement;
      const name = element.name;
      if (!name) {
        // A fragment (`<>…</>`) renders its children and nothing else.
        if (parent && index !== undefined) parent.children.splice(index, 1, ...(element.children as Parent['children']));
        return index;
      }
      const attributes = attributesOf(element, where);
      let rendered: { tagName: string; attributes: Record<string, string | undefined> };
      if (/^[a-z]/.test(name)) {
        rendered = { tagName: name, attributes };
      } else {
        const component = Object.hasOwn(contentComponents, name) ? contentComponents[name] : undefined;
        if (!component) throw new Error(`${where()}: ${unknownComponentMessage(name)}`);
        try {
          rendered = component({ attributes, base: options.base });
        } catch (error) {
          throw new Error(`${where()}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
      }
      // Attributes become hast properties however they are spelt (`class` and `className` alike),
      // so that the sanitiser judges them by the names src/lib/html-policy.ts gives them.
      const properties: Record<string, string | true> = {};
      for (const [key, value] of Object.entries(rendered.attributes)) {
        if (value !== undefined) properties[propertyName(key)] = value === '' && isBooleanAttribute(key) ? true : value;
      }
      const data: ElementData = { ...element.data, hName: rendered.tagName, hProperties: properties };
      element.data = data;
      return undefined;
    });
  };
}
