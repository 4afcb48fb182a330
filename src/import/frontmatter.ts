import { briefingSchema, type Briefing } from '../schemas/briefings.ts';
import { plainReference } from '../schemas/fields.ts';
import { placeholder } from '../lib/placeholders.ts';

/** The summary a new draft gets: `npm run check` lists it among what the draft still needs. */
export const SUMMARY_PLACEHOLDER = placeholder('two to four sentences saying what the paper finds and asks for. Shown in lists and search results.');

/** The publication date of a draft imported without `--date`: the importer never guesses one. */
export const PUBLISHED_PLACEHOLDER = placeholder('the publication date as the paper gives it: YYYY-MM-DD, or YYYY-MM when it gives only the month');

/** What the frontmatter of an imported briefing is made from. */
export interface FrontmatterInput {
  title: string;
  kind: Briefing['kind'];
  /** The publication date given with `--date`; without it, the date is left to fill in. */
  published?: string | undefined;
  organisations: string[];
  /** The name of the first organisation, as the original publisher. */
  publisher: string;
  dialogue?: string | undefined;
  cases: string[];
}

/**
 * The frontmatter of an imported briefing, in the order staff read it: a draft (`draft: true`)
 * until staff have filled in what the importer could not know. It is checked against the briefing
 * schema here, so a draft the importer writes always passes the schema.
 */
export function briefingFrontmatter(input: FrontmatterInput): Record<string, unknown> {
  const data: Record<string, unknown> = {
    draft: true,
    title: input.title,
    kind: input.kind,
    published: input.published ?? PUBLISHED_PLACEHOLDER,
    organisations: input.organisations,
    ...(input.dialogue ? { dialogue: input.dialogue } : {}),
    ...(input.cases.length ? { cases: input.cases } : {}),
    summary: SUMMARY_PLACEHOLDER,
    original: { publisher: input.publisher },
  };
  const result = briefingSchema(plainReference).safeParse(data);
  if (!result.success) {
    throw new Error(`The importer built frontmatter that fails the briefing schema: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return data;
}
