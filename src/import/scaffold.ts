/**
 * A new entry for `npm run new`: the kind's template (scaffold-templates.ts) written as YAML with
 * every field explained (scaffold-yaml.ts), as a draft whose placeholders `npm run check` lists.
 */
import { collectionSchemas } from '../schemas/index.ts';
import { plainReference } from '../schemas/fields.ts';
import { describeSchema } from '../schemas/content-model.ts';
import { collections } from '../lib/collections.ts';
import { scaffoldTemplates, type FillInLine, type ScaffoldInput } from './scaffold-templates.ts';
import { scaffoldYaml } from './scaffold-yaml.ts';

/** What `npm run new` takes: the kinds of file it creates and what each is made from. */
export { scaffoldCollections, type ScaffoldCollection, type ScaffoldInput } from './scaffold-templates.ts';

/** A new file: where it goes, its text, and what the author fills in next. */
export interface Scaffold {
  path: string;
  text: string;
  fillIn: string[];
}

/** What every new file's list of things to fill in ends with. */
const PUBLISH = 'draft: true keeps the file off the public site; remove that line once npm run check lists nothing left to fill in';

/** A line of the list to fill in as printed, or undefined when the author already gave its value. */
function fillInLine(line: FillInLine, input: ScaffoldInput, values: Record<string, unknown>): string | undefined {
  if (typeof line === 'string') return line;
  if (typeof line === 'function') return line(values);
  return input[line.unless] ? undefined : line.line;
}

/**
 * A new entry with every field explained: a draft (`draft: true`) whose placeholders `npm run check`
 * lists, so it passes the check as it is and stays off the public site until it is filled in.
 */
export function scaffoldEntry(input: ScaffoldInput): Scaffold {
  const template = scaffoldTemplates[input.collection];
  const values = { draft: true, ...template.values(input) };
  const schema = collectionSchemas(plainReference)[input.collection];
  const yaml = scaffoldYaml(describeSchema(schema), values);
  const { directory, format } = collections[input.collection];
  const text = format === 'mdx' ? `---\n${yaml}---\n\n${template.body ?? ''}` : yaml;
  const fillIn = template.fillIn.flatMap((line) => fillInLine(line, input, values) ?? []);
  return { path: `content/${directory}/${input.id}.${format}`, text, fillIn: [...fillIn, PUBLISH] };
}
