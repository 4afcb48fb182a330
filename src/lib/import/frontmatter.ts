import { briefingSchema, type Briefing } from '../../schemas/briefings.ts';
import { plainReference } from '../../schemas/fields.ts';
import { placeholder } from '../placeholders.ts';

/** The summary a new draft gets: `npm run check` accepts it, and the import lists it as a warning. */
export const SUMMARY_PLACEHOLDER = placeholder('two to four sentences saying what the paper finds and asks for. Shown in lists and search results.');

/** What the frontmatter of an imported briefing is made from. */
export interface FrontmatterInput {
  title: string;
  kind: Briefing['kind'];
  published: string;
  organisations: string[];
  /** The name of the first organisation, as the original publisher. */
  publisher: string;
  dialogue?: string | undefined;
  cases: string[];
  draftName: string;
  importedOn: string;
}

/**
 * The frontmatter of an imported briefing, in the order staff read it. It is checked against the
 * briefing schema here, so a draft the importer writes always passes the schema.
 */
export function briefingFrontmatter(input: FrontmatterInput): Record<string, unknown> {
  const data: Record<string, unknown> = {
    title: input.title,
    kind: input.kind,
    published: input.published,
    organisations: input.organisations,
    ...(input.dialogue ? { dialogue: input.dialogue } : {}),
    ...(input.cases.length ? { cases: input.cases } : {}),
    summary: SUMMARY_PLACEHOLDER,
    original: {
      publisher: input.publisher,
      note: `Imported from ${input.draftName} on ${input.importedOn} with npm run import.`,
    },
  };
  const result = briefingSchema(plainReference).safeParse(data);
  if (!result.success) {
    throw new Error(`The importer built frontmatter that fails the briefing schema: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return data;
}
