import { stringify as stringifyYaml } from 'yaml';
import { briefingKinds, type Briefing } from '../schemas/briefings.ts';
import { sourceSchema } from '../schemas/sources.ts';
import { parsePartialDate } from '../lib/dates.ts';
import { idProblem, suggestId } from '../lib/entry-ids.ts';
import { listIds } from '../check/rules/references.ts';
import { Refusal } from '../lib/refusal.ts';
import { didYouMean } from '../lib/suggest.ts';
import type { NewFile } from './write-new-files.ts';
import { fixAddresses } from './addresses.ts';
import { findCaseNames, linkCaseNames, type CaseNameCount } from './case-names.ts';
import type { ContentSnapshot } from './content-snapshot.ts';
import type { Draft } from './draft.ts';
import { briefingFrontmatter, SUMMARY_PLACEHOLDER } from './frontmatter.ts';
import { OutputError, toMdx, verifyMdx, yamlComment } from './mdx-output.ts';
import { citedSources, type CitedSources, type NewSource } from './sources.ts';
import { tidyTree } from './structure.ts';
import { unmatchedNotes, type UnmatchedNotes } from './unmatched-notes.ts';

/** How the author asked for the draft to be imported. */
export interface ImportOptions {
  /** The draft's file name, for notes in the files written. */
  draftName: string;
  id?: string | undefined;
  title?: string | undefined;
  kind?: string | undefined;
  /** Publication date, as the paper gives it; when not given, it is left to fill in (never guessed). */
  date?: string | undefined;
  organisations: string[];
  dialogue?: string | undefined;
  linkCases: boolean;
  /** Today's date (YYYY-MM-DD), for the comment saying when the draft was imported (readers never see it). */
  today: string;
}

/** What an import did, for the summary it prints. */
export interface ImportReport {
  /** Path of the briefing from the project root. */
  briefing: string;
  title: string;
  footnotesIn: number;
  footnotesOut: number;
  /** Notes no mark points at, and marks that point at no note: kept as they were, and listed among the warnings. */
  unmatched: Pick<UnmatchedNotes, 'notes' | 'marks'>;
  sources: CitedSources;
  cases: CaseNameCount[];
  /** Ids of the cases linked with `<Case>` (only with `--link-cases`). */
  linkedCases: string[];
  warnings: string[];
}

/** The files an import will write and its report, computed and verified before anything is written. */
export interface ImportPlan {
  files: NewFile[];
  report: ImportReport;
}

/** Longest id made from a title; longer titles are cut at a word. */
const ID_MAX = 60;

function knownList(ids: Iterable<string>): string {
  return listIds([...ids], 40);
}

function checkOptions(options: ImportOptions, snapshot: ContentSnapshot): { kind: Briefing['kind']; published: string | undefined } {
  const organisations = snapshot.ids.get('organisations') ?? new Set<string>();
  if (options.organisations.length === 0) {
    throw new Refusal(`Name the organisation(s) that wrote the briefing with --org <id> (repeat --org for several). Known organisations: ${knownList(organisations)}.`);
  }
  for (const org of options.organisations) {
    if (!organisations.has(org)) {
      throw new Refusal(`--org "${org}" is not a file in content/organisations/; ${didYouMean(org, [...organisations])}known organisations: ${knownList(organisations)}. Create content/organisations/${org}.yaml first if it is new (npm run check explains its fields).`);
    }
  }
  const kind = options.kind ?? 'briefing-paper';
  if (!(briefingKinds as readonly string[]).includes(kind)) {
    throw new Refusal(`--kind "${kind}" is not a kind of briefing; ${didYouMean(kind, briefingKinds)}use one of: ${briefingKinds.join(', ')}.`);
  }
  const published = options.date;
  if (published !== undefined) {
    const parsed = parsePartialDate(published);
    if ('error' in parsed) throw new Refusal(`--date "${published}": ${parsed.error}. Write it as YYYY-MM-DD, YYYY-MM or YYYY.`);
  }
  const dialogues = snapshot.ids.get('dialogues') ?? new Set<string>();
  if (options.dialogue !== undefined && !dialogues.has(options.dialogue)) {
    throw new Refusal(`--dialogue "${options.dialogue}" is not a file in content/dialogues/; ${didYouMean(options.dialogue, [...dialogues])}known rounds: ${knownList(dialogues)}.`);
  }
  return { kind: kind as Briefing['kind'], published };
}

/** The id of the new briefing: `--id`, or the title in Latin letters, cut at a word. */
function briefingId(options: ImportOptions, title: string, snapshot: ContentSnapshot): string {
  const id = options.id ?? suggestId(title, ID_MAX);
  if (options.id !== undefined) {
    const problem = idProblem(id);
    if (problem) {
      const suggestion = suggestId(id, ID_MAX) || suggestId(title, ID_MAX) || 'my-briefing';
      throw new Refusal(`--id "${id}" cannot be a file name in content/briefings/: ${problem}. Use lower-case letters a-z, digits and single hyphens, e.g. --id ${suggestion}.`);
    }
  } else if (!id) {
    throw new Refusal(`No id can be made from the title "${title}"; give one with --id <lower-case-words-with-hyphens>.`);
  }
  if (snapshot.ids.get('briefings')?.has(id)) {
    throw new Refusal(`content/briefings/${id}.mdx already exists, so nothing was written. Choose another id with --id <new-id>.`);
  }
  return id;
}

/** What the comment at the top of a new source record tells staff: where it came from and what to check. */
function sourceComment(source: NewSource, draftName: string): string {
  const title = { quote: 'The title is the one the note quotes', words: 'The title is a guess from the note\'s words', none: 'The note gives no title' }[source.titleFrom];
  return `Made by npm run import from ${draftName} (footnote ${source.notes.join(', ')}). ${title}:\ncheck it, the publisher and the date against the document, fill in each TO FILL IN, then remove draft: true.`;
}

function sourceYaml(source: NewSource, draftName: string): string {
  const result = sourceSchema.safeParse(source.record);
  if (!result.success) throw new OutputError(`a new source record fails the schema: ${result.error.issues.map((i) => i.message).join('; ')}`);
  return `${yamlComment(sourceComment(source, draftName))}${stringifyYaml(source.record, { lineWidth: 0 })}`;
}

/**
 * Turns a draft into the files of a briefing and its new source records, verifying the briefing
 * (it must read back as MDX, compile, and keep every note) before anything is written. Throws a
 * Refusal for a problem the author can fix, an OutputError for a fault of the importer.
 */
export async function planImport(draft: Draft, snapshot: ContentSnapshot, options: ImportOptions): Promise<ImportPlan> {
  const { kind, published } = checkOptions(options, snapshot);
  const title = (options.title ?? draft.title).trim();
  if (!title) throw new Refusal(`${options.draftName} has no text to import: its first line (the title) is empty or missing.`);
  const id = briefingId(options, title, snapshot);
  const warnings = [...draft.warnings];
  const tree = draft.tree;
  tidyTree(tree, warnings);
  const repairs = fixAddresses(tree, warnings);
  const cases = findCaseNames(tree, snapshot);
  const linkedCases = options.linkCases ? linkCaseNames(tree, snapshot) : [];
  const sources = citedSources(tree, snapshot, repairs, warnings);
  const unmatched = unmatchedNotes(tree);
  warnings.push(...unmatched.warnings);
  const publisher = snapshot.organisations.get(options.organisations[0] ?? '') ?? options.organisations[0] ?? '';
  const frontmatter = briefingFrontmatter({
    title, kind, published, organisations: options.organisations, publisher, dialogue: options.dialogue, cases: linkedCases,
  });
  const text = toMdx(frontmatter, tree, `Imported from ${options.draftName} on ${options.today} with npm run import. A draft until you remove draft: true;\nnpm run check lists what it still needs.`);
  const { footnotes } = await verifyMdx(text, tree);
  if (footnotes !== draft.footnotesIn) {
    throw new OutputError(`the draft has ${draft.footnotesIn} notes but the briefing would have ${footnotes}`);
  }
  if (published === undefined) {
    warnings.push('published is left to fill in: write the publication date as the paper gives it (YYYY-MM-DD, or YYYY-MM), or import again with --date.');
  }
  warnings.push(`summary in the frontmatter is a placeholder ("${SUMMARY_PLACEHOLDER.slice(0, 40)}..."); replace it with two to four sentences on what the paper finds and asks for.`);
  if (sources.created.length > 0) {
    const count = (from: NewSource['titleFrom']) => sources.created.filter((s) => s.titleFrom === from).length;
    const titles = [
      [count('quote'), 'the title its note quotes'], [count('words'), 'a title guessed from its note\'s words'], [count('none'), 'the title left to fill in'],
    ].filter(([n]) => Number(n) > 0).map(([n, what]) => `${String(n)} with ${String(what)}`).join(', ');
    warnings.push(`${sources.created.length} new source record(s) are drafts made from what their notes say (${titles}): open each file listed above, check its title, publisher and date (and titleOriginal for Russian or Kazakh documents), fill in what is left, then remove draft: true.`);
  }
  const briefing = `content/briefings/${id}.mdx`;
  const files: NewFile[] = [
    { path: briefing, text },
    ...sources.created.map((s) => ({ path: `content/sources/${s.id}.yaml`, text: sourceYaml(s, options.draftName) })),
  ];
  return { files, report: { briefing, title, footnotesIn: draft.footnotesIn, footnotesOut: footnotes, unmatched: { notes: unmatched.notes, marks: unmatched.marks }, sources, cases, linkedCases, warnings } };
}
