import { stringify as stringifyYaml } from 'yaml';
import { collectionSchemas } from '../schemas/index.ts';
import { plainReference } from '../schemas/fields.ts';
import { collections } from '../lib/collections.ts';
import { describeSchema, typeLabel, type FieldDoc } from '../schemas/content-model.ts';
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

/** A new file: where it goes, its text, and what the author fills in next. */
export interface Scaffold {
  path: string;
  text: string;
  fillIn: string[];
}

const WIDTH = 100;

function wrapComment(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    if (line && indent.length + 2 + line.length + 1 + word.length > WIDTH) {
      lines.push(`${indent}# ${line}`);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(`${indent}# ${line}`);
  return lines;
}

function fieldComment(field: FieldDoc, indent: string): string[] {
  const need = field.required ? 'Required' : 'Optional';
  const fallback = field.defaultValue === undefined || (Array.isArray(field.defaultValue) && field.defaultValue.length === 0)
    ? '' : `; leave out for ${String(field.defaultValue)}`;
  const choice = field.type.kind === 'choice' ? field.type : field.type.kind === 'list' && field.type.of.kind === 'choice' ? field.type.of : undefined;
  // A description that already lists every allowed value need not list them again.
  const listed = choice?.values.every((v) => field.description.includes(v));
  const label = listed ? (field.type.kind === 'list' ? 'list of the values above' : 'one of the values above') : typeLabel(field.type);
  return wrapComment(`${field.description} [${need}: ${label}${fallback}.]`, indent);
}

function scalar(value: unknown): string {
  return stringifyYaml(value, { lineWidth: 0 }).trimEnd();
}

function itemFields(field: FieldDoc): FieldDoc[] | undefined {
  if (field.type.kind === 'list' && field.type.of.kind === 'group') return field.type.of.fields;
  return undefined;
}

function emitField(field: FieldDoc, values: Record<string, unknown>, keyIndent: string, commentIndent: string, comments: boolean): string[] {
  const lines = comments ? fieldComment(field, commentIndent) : [];
  const inner = `${commentIndent}  `;
  const has = Object.hasOwn(values, field.name);
  const value = has ? values[field.name] : field.defaultValue;
  if (!has && field.defaultValue === undefined) {
    lines.push(`${commentIndent}# ${field.name}:`);
    return lines;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) {
      lines.push(`${keyIndent}${field.name}: []`);
      const fields = itemFields(field);
      if (fields && comments) {
        lines.push(`${commentIndent}# To add one, replace [] with a list of items (each starting with "- ") with these fields:`);
        for (const item of fields) {
          lines.push(...fieldComment({ ...item, description: `${item.name}: ${item.description}` }, commentIndent).map((l) => l.replace('# ', '#   ')));
        }
      }
      return lines;
    }
    lines.push(`${keyIndent}${field.name}:`);
    const fields = itemFields(field);
    value.forEach((item, i) => {
      if (fields) lines.push(...emitObject(fields, item as Record<string, unknown>, inner, comments && i === 0, true));
      else lines.push(`${inner}- ${scalar(item)}`);
    });
    return lines;
  }
  if (field.type.kind === 'group') {
    lines.push(`${keyIndent}${field.name}:`);
    lines.push(...emitObject(field.type.fields, (value ?? {}) as Record<string, unknown>, inner, comments, false));
    return lines;
  }
  lines.push(`${keyIndent}${field.name}: ${scalar(value)}`);
  return lines;
}

/** Writes an object's fields; as a list item (`dash`), the first key carries the `- `. */
function emitObject(fields: FieldDoc[], values: Record<string, unknown>, indent: string, comments: boolean, dash: boolean): string[] {
  const lines: string[] = [];
  let first = true;
  for (const field of fields) {
    const present = Object.hasOwn(values, field.name) || field.defaultValue !== undefined;
    const keyIndent = dash ? (first && present ? `${indent}- ` : `${indent}  `) : indent;
    const commentIndent = dash && !(first && present) ? `${indent}  ` : indent;
    lines.push(...emitField(field, values, keyIndent, commentIndent, comments));
    if (present) first = false;
  }
  return lines;
}

/**
 * YAML for an entry with every field of its schema explained in a comment taken from the
 * schema's description, so the comments can never drift from the schema. Fields with a value
 * are written; other optional fields are shown commented out.
 */
export function scaffoldYaml(fields: FieldDoc[], values: Record<string, unknown>): string {
  return `${emitObject(fields, values, '', true, false).join('\n')}\n`;
}

function titleFromId(id: string): string {
  return id.split(/[-/]/u).filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

/** What every new file's list of things to fill in ends with. */
const PUBLISH = 'draft: true keeps the file off the public site; remove that line once npm run check lists nothing left to fill in';

/** A date the author did not give, left to fill in. */
const dateToFillIn = (what: string) => placeholder(`${what}: YYYY-MM-DD, or YYYY-MM or YYYY when the documents give no day`);

function valuesFor(input: ScaffoldInput): { values: Record<string, unknown>; fillIn: string[]; body?: string } {
  switch (input.collection) {
    case 'briefings': {
      const orgs = input.organisations ?? [];
      return {
        values: {
          draft: true, title: input.title ?? placeholder('the title as published'), kind: 'briefing-paper',
          published: input.date ?? dateToFillIn('the publication date as the paper gives it'),
          organisations: orgs.map((o) => o.id), summary: placeholder('two to four sentences saying what the paper finds and asks for'),
          original: { publisher: orgs[0]?.name ?? placeholder('who first published it') },
        },
        fillIn: [
          ...(input.title ? [] : ['title: the title as published']),
          `kind: the file says briefing-paper; change it if it is a statement, report, ...`,
          ...(input.date ? [] : ['published: the publication date as the paper gives it (never a guessed day)']),
          'summary: two to four sentences', 'dialogue, topics, cases: uncomment and fill in those that apply',
          'the text below the frontmatter: ## headings, [^1] marks and [^1]: notes (or use npm run import for a Word draft)',
          PUBLISH,
        ],
        body: `{/* Write the text in Markdown. ## for a heading, [^1] after a sentence and "[^1]: ..." below for its note.\n    A note that cites a document writes its address, which must be the url of a file in content/sources/. */}\n\n## Summary\n\n${placeholder('the text of the paper.')}\n`,
      };
    }
    case 'cases': {
      const name = input.title ?? titleFromId(input.id);
      return {
        values: {
          draft: true, name, kind: 'person', roles: ['human-rights-defender'], summary: placeholder('one or two sentences: who they are and what happened to them'),
          status: [{ status: 'under-investigation', since: dateToFillIn('when this status began (and correct the status itself)') }],
          timeline: [{ date: dateToFillIn('when it happened'), event: placeholder('what happened, in one sentence'), ...input.cites }],
        },
        fillIn: [
          `name: the file says "${name}"; use the Latin spelling the briefings use most`,
          'aliases: every other spelling (transliterations, Cyrillic)',
          'kind and roles: the file says person, human-rights-defender; correct them',
          'summary: one or two sentences',
          'status: the file says under-investigation, with no date; write the real history, oldest first',
          'timeline: the first event cites what you named; date and describe it, and add the others, oldest first',
          'charges and politicalPrisoner: uncomment and fill in if they apply',
          'the text below the frontmatter: the story in a few paragraphs',
          PUBLISH,
        ],
        body: `${placeholder('the story of the case in a few paragraphs.')}\n`,
      };
    }
    case 'sources':
      return {
        values: {
          draft: true, title: input.title ?? placeholder('the title in English'), publisher: placeholder('who published it'),
          ...(input.url ? { url: input.url } : {}), language: 'en', kind: 'news',
        },
        fillIn: [
          ...(input.title ? [] : ['title: the title in English (translate it if needed)']),
          'publisher: who published it', 'language and kind: the file says en and news; correct them',
          ...(input.url ? [] : ['url: the address footnotes write, if the document has one']),
          'titleOriginal, date, author, archived: uncomment those you know',
          PUBLISH,
        ],
      };
    case 'translations': {
      const { language, briefing, briefingTitle } = input.translation ?? { language: 'ru', briefing: input.id, briefingTitle: input.id };
      return {
        values: {
          draft: true, briefing, language, title: input.title ?? placeholder(`the title in this language (original: ${briefingTitle})`),
          summary: placeholder('the summary in this language'), translator: placeholder('who translated it, in this language'),
        },
        fillIn: [
          ...(input.title ? [] : ['title: the title in this language']),
          'summary: the briefing\'s summary in this language', 'translator: who translated it (written in this language)',
          'translated, subtitle, url, note: uncomment those that apply',
          'the text below the frontmatter: the translated text, or nothing if only the title and summary are translated',
          PUBLISH,
        ],
        body: '{/* The translated text, with its own [^1] footnotes, as in the original. Leave it empty if only the title and summary are translated: the page then links to the original. */}\n',
      };
    }
    case 'dialogues':
      return {
        values: {
          draft: true, title: input.title ?? placeholder('how the round is known'), date: input.date ?? dateToFillIn('the date of the meeting'),
          summary: placeholder('two or three sentences on what the round was about'),
        },
        fillIn: [
          ...(input.title ? [] : ['title: how the round is known, e.g. "EU–Kazakhstan Human Rights Dialogue, Astana, November 2013"']),
          ...(input.date ? [] : ['date: the date of the meeting']), 'summary: two or three sentences',
          'place, round, delegations, outcomes: uncomment those you know',
          PUBLISH,
        ],
      };
  }
}

/**
 * A new entry with every field explained: a draft (`draft: true`) whose placeholders `npm run check`
 * lists, so it passes the check as it is and stays off the public site until it is filled in.
 */
export function scaffoldEntry(input: ScaffoldInput): Scaffold {
  const schema = collectionSchemas(plainReference)[input.collection];
  const { values, fillIn, body } = valuesFor(input);
  const yaml = scaffoldYaml(describeSchema(schema), values);
  const { directory, format } = collections[input.collection];
  const text = format === 'mdx' ? `---\n${yaml}---\n\n${body ?? ''}` : yaml;
  return { path: `content/${directory}/${input.id}.${format}`, text, fillIn };
}
