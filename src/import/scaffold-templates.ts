/**
 * The words of the files `npm run new` creates, one template per kind: the values a new file starts
 * with, what the author fills in next, and the text under an .mdx file's frontmatter. The YAML itself
 * (field order, comments from the schemas) is written by scaffold-yaml.ts; `draft: true` and the
 * last line of the list to fill in, which every kind shares, are added by scaffold.ts.
 */
import { placeholder } from '../lib/placeholders.ts';

/** The collections `npm run new` creates files for. */
export const scaffoldCollections = ['briefings', 'cases', 'sources', 'dialogues', 'translations'] as const;

/** A collection `npm run new` creates files for. */
export type ScaffoldCollection = (typeof scaffoldCollections)[number];

/** What a new file is made from; each collection uses the parts it needs. */
export interface ScaffoldInput {
  collection: ScaffoldCollection;
  id: string;
  title?: string | undefined;
  /** A date given by the author: a briefing's publication, a dialogue round's meeting. Without it, the date is left to fill in: no date is ever guessed. */
  date?: string | undefined;
  /** The organisations that wrote a briefing, with their names. */
  organisations?: Array<{ id: string; name: string }> | undefined;
  /** What a case's first timeline event cites. */
  cites?: { sources: string[]; briefings: string[] } | undefined;
  /** A source's address. */
  url?: string | undefined;
  /** A translation's language and the briefing it translates (the id is then `<language>/<briefing id>`). */
  translation?: { language: string; briefing: string; briefingTitle: string } | undefined;
}

/** An option of `npm run new` whose value, when given, needs no filling in. */
type Given = 'title' | 'date' | 'url';

/** One line of what the author fills in next: fixed words, words left out when `unless` was given, or words naming a value the file was written with. */
export type FillInLine = string | { line: string; unless: Given } | ((values: Record<string, unknown>) => string);

/** What one kind of new file starts with. */
export interface ScaffoldTemplate {
  /** The field values the file is written with (every other field is shown commented out). */
  values: (input: ScaffoldInput) => Record<string, unknown>;
  /** What the author fills in next, one item a line, as `npm run new` prints it. */
  fillIn: FillInLine[];
  /** The text under the frontmatter of an .mdx file. */
  body?: string;
}

/** A date the author did not give, left to fill in. */
const dateToFillIn = (what: string) => placeholder(`${what}: YYYY-MM-DD, or YYYY-MM or YYYY when the documents give no day`);

/** A case's name made from its file name when none is given: `max-bokayev` → `Max Bokayev`. */
function titleFromId(id: string): string {
  return id.split(/[-/]/u).filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

const briefing: ScaffoldTemplate = {
  values: ({ title, date, organisations = [] }) => ({
    title: title ?? placeholder('the title as published'),
    kind: 'briefing-paper',
    published: date ?? dateToFillIn('the publication date as the paper gives it'),
    organisations: organisations.map((o) => o.id),
    summary: placeholder('two to four sentences saying what the paper finds and asks for'),
    original: { publisher: organisations[0]?.name ?? placeholder('who first published it') },
  }),
  fillIn: [
    { line: 'title: the title as published', unless: 'title' },
    'kind: the file says briefing-paper; change it if it is a statement, report, ...',
    { line: 'published: the publication date as the paper gives it (never a guessed day)', unless: 'date' },
    'summary: two to four sentences',
    'dialogue, topics, cases: uncomment and fill in those that apply',
    'the text below the frontmatter: ## headings, [^1] marks and [^1]: notes (or use npm run import for a Word draft)',
  ],
  body: `{/* Write the text in Markdown. ## for a heading, [^1] after a sentence and "[^1]: ..." below for its note.
    A note that cites a document writes its address, which must be the url of a file in content/sources/. */}

## Summary

${placeholder('the text of the paper.')}
`,
};

const caseProfile: ScaffoldTemplate = {
  values: ({ title, id, cites }) => ({
    name: title ?? titleFromId(id),
    kind: 'person',
    roles: ['human-rights-defender'],
    summary: placeholder('one or two sentences: who they are and what happened to them'),
    status: [{ status: 'under-investigation', since: dateToFillIn('when this status began (and correct the status itself)') }],
    timeline: [{ date: dateToFillIn('when it happened'), event: placeholder('what happened, in one sentence'), ...cites }],
  }),
  fillIn: [
    ({ name }) => `name: the file says "${String(name)}"; use the Latin spelling the briefings use most`,
    'aliases: every other spelling (transliterations, Cyrillic)',
    'kind and roles: the file says person, human-rights-defender; correct them',
    'summary: one or two sentences',
    'status: the file says under-investigation, with no date; write the real history, oldest first',
    'timeline: the first event cites what you named; date and describe it, and add the others, oldest first',
    'charges and politicalPrisoner: uncomment and fill in if they apply',
    'the text below the frontmatter: the story in a few paragraphs',
  ],
  body: `${placeholder('the story of the case in a few paragraphs.')}\n`,
};

const source: ScaffoldTemplate = {
  values: ({ title, url }) => ({
    title: title ?? placeholder('the title in English'),
    publisher: placeholder('who published it'),
    ...(url ? { url } : {}),
    language: 'en',
    kind: 'news',
  }),
  fillIn: [
    { line: 'title: the title in English (translate it if needed)', unless: 'title' },
    'publisher: who published it',
    'language and kind: the file says en and news; correct them',
    { line: 'url: the address footnotes write, if the document has one', unless: 'url' },
    'titleOriginal, date, author, archived: uncomment those you know',
  ],
};

const dialogue: ScaffoldTemplate = {
  values: ({ title, date }) => ({
    title: title ?? placeholder('how the round is known'),
    date: date ?? dateToFillIn('the date of the meeting'),
    summary: placeholder('two or three sentences on what the round was about'),
  }),
  fillIn: [
    { line: 'title: how the round is known, e.g. "EU–Kazakhstan Human Rights Dialogue, Astana, November 2013"', unless: 'title' },
    { line: 'date: the date of the meeting', unless: 'date' },
    'summary: two or three sentences',
    'place, round, delegations, outcomes: uncomment those you know',
  ],
};

const translation: ScaffoldTemplate = {
  values: ({ id, title, translation: of = { language: 'ru', briefing: id, briefingTitle: id } }) => ({
    briefing: of.briefing,
    language: of.language,
    title: title ?? placeholder(`the title in this language (original: ${of.briefingTitle})`),
    summary: placeholder('the summary in this language'),
    translator: placeholder('who translated it, in this language'),
  }),
  fillIn: [
    { line: 'title: the title in this language', unless: 'title' },
    'summary: the briefing\'s summary in this language',
    'translator: who translated it (written in this language)',
    'translated, subtitle, url, note: uncomment those that apply',
    'the text below the frontmatter: the translated text, or nothing if only the title and summary are translated',
  ],
  body: '{/* The translated text, with its own [^1] footnotes, as in the original. Leave it empty if only the title and summary are translated: the page then links to the original. */}\n',
};

/** The template of each kind of file `npm run new` creates. */
export const scaffoldTemplates: Record<ScaffoldCollection, ScaffoldTemplate> = {
  briefings: briefing,
  cases: caseProfile,
  sources: source,
  dialogues: dialogue,
  translations: translation,
};
