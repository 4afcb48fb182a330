/**
 * `npm run new -- briefing|case|source|dialogue|translation <id> [options]`: creates a draft in
 * content/ (`draft: true`, off the public site) that passes `npm run check` as it is, with every
 * field explained in a comment taken from the schemas, and says what to fill in next. Never
 * replaces an existing file.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { collections } from '../src/lib/collections.ts';
import { readContent } from '../src/check/content-files.ts';
import { parsePartialDate } from '../src/lib/dates.ts';
import { idProblem, suggestId } from '../src/lib/entry-ids.ts';
import { interfaceLanguages } from '../src/lib/i18n/locales.ts';
import { siteLanguageProblem } from '../src/lib/language-codes.ts';
import { indexContent } from '../src/check/rules/content-index.ts';
import { listIds } from '../src/check/rules/references.ts';
import { Refusal } from '../src/lib/refusal.ts';
import { scaffoldEntry, type ScaffoldCollection, type ScaffoldInput } from '../src/import/scaffold.ts';
import { didYouMean } from '../src/lib/suggest.ts';
import { urlProblem } from '../src/lib/urls.ts';
import { writeNewFiles } from '../src/import/write-new-files.ts';

const kinds: Record<string, ScaffoldCollection> = { briefing: 'briefings', case: 'cases', source: 'sources', dialogue: 'dialogues', translation: 'translations' };

const usage = `Usage: npm run new -- <briefing | case | source | dialogue | translation> <id> [options]

  <id>              the file name: lowercase words joined by hyphens, e.g. 2025-11-my-paper;
                    for a translation, the file name of the briefing it translates
  --title <text>    title (briefing, source, dialogue) or name (case)
  --org <id>        briefing: organisation that wrote it (a file in content/organisations/); required, repeatable
  --date <date>     briefing: publication date; dialogue: date of the round (default: left to fill in)
  --source <id>     case: a source record that documents it (for the first timeline event)
  --briefing <id>   case: a briefing that documents it (instead of, or as well as, --source)
  --url <address>   source: the document's address
  --language <tag>  translation: its language, e.g. ru or kk (required)
  --root <folder>   the project to write into (default: this one)`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        title: { type: 'string' }, org: { type: 'string', multiple: true, default: [] }, date: { type: 'string' },
        source: { type: 'string', multiple: true, default: [] }, briefing: { type: 'string', multiple: true, default: [] },
        url: { type: 'string' }, language: { type: 'string' }, root: { type: 'string' }, help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const [kind = '', id = ''] = positionals;
  const collection = kinds[kind];
  if (!collection || !id || positionals.length > 2) {
    console.error(`${collection ? 'Give the new file\'s id.' : `"${kind}" is not something npm run new creates; use one of: ${Object.keys(kinds).join(', ')}.`}\n\n${usage}`);
    return 1;
  }
  const root = values.root ? path.resolve(values.root) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  try {
    const input = await inputFor(collection, id, values, root);
    const scaffold = scaffoldEntry(input);
    await writeNewFiles(root, [{ path: scaffold.path, text: scaffold.text }], () => 'Choose another id, or edit the existing file.');
    console.log(`Created ${scaffold.path}. Every field is explained in the comments above it.\n\nFill in next:`);
    for (const item of scaffold.fillIn) console.log(`  - ${item}`);
    console.log('\nThen run npm run check: it lists what the draft still needs.');
    return 0;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    console.error(error.message);
    return 1;
  }
}

async function inputFor(collection: ScaffoldCollection, given: string, values: { title?: string | undefined; org: string[]; date?: string | undefined; source: string[]; briefing: string[]; url?: string | undefined; language?: string | undefined }, root: string): Promise<ScaffoldInput> {
  const folder = `content/${collections[collection].directory}/`;
  const problem = idProblem(given);
  if (problem) {
    throw new Refusal(`"${given}" cannot be a file name in ${folder}: ${problem}. Use lower-case letters a-z, digits and single hyphens, e.g. ${suggestId(given) || 'my-new-entry'}.`);
  }
  const { files } = await readContent(path.join(root, 'content'), root);
  const index = indexContent(files, []);
  let id = given;
  let translation: ScaffoldInput['translation'];
  if (collection === 'translations') {
    const briefings = [...(index.ids.get('briefings') ?? [])];
    if (!briefings.includes(given)) {
      throw new Refusal(`"${given}" is not a briefing; give the file name of the briefing to translate (in content/briefings/). ${didYouMean(given, briefings)}known: ${listIds(briefings, 40)}.`);
    }
    const language = values.language ?? '';
    if (!language) throw new Refusal('Name the translation\'s language with --language, e.g. --language ru or --language kk.');
    const languageProblem = siteLanguageProblem(language, interfaceLanguages);
    if (languageProblem) throw new Refusal(`--language ${languageProblem}.`);
    const data = files.find((f) => f.collection === 'briefings' && f.id === given)?.data as { title?: unknown; language?: unknown } | undefined;
    const own = typeof data?.language === 'string' ? data.language : 'en';
    if (language === own) throw new Refusal(`content/briefings/${given}.mdx is itself in "${own}"; a translation must be in another language.`);
    id = `${language}/${given}`;
    translation = { language, briefing: given, briefingTitle: String(data?.title ?? given) };
  }
  const known = (c: 'organisations' | 'sources' | 'briefings') => [...(index.ids.get(c) ?? [])];
  if (index.ids.get(collection)?.has(id)) {
    const existing = files.find((f) => f.collection === collection && f.id === id)?.path ?? `${folder}${id}.${collections[collection].format}`;
    throw new Refusal(`${existing} already exists, so nothing was written. Choose another id, or edit the existing file.`);
  }
  const requireKnown = (option: string, c: 'organisations' | 'sources' | 'briefings', ids: string[]) => {
    for (const value of ids) {
      if (!known(c).includes(value)) {
        throw new Refusal(`--${option} "${value}" is not a file in content/${c}/; ${didYouMean(value, known(c))}known: ${listIds(known(c), 40)}.`);
      }
    }
  };
  if (values.date !== undefined) {
    const parsed = parsePartialDate(values.date);
    if ('error' in parsed) throw new Refusal(`--date "${values.date}": ${parsed.error}. Write it as YYYY-MM-DD, YYYY-MM or YYYY.`);
  }
  const input: ScaffoldInput = { collection, id, title: values.title, date: values.date, translation };
  if (collection === 'briefings') {
    if (values.org.length === 0) {
      throw new Refusal(`Name the organisation(s) that wrote the briefing with --org <id> (repeat for several). Known organisations: ${listIds(known('organisations'), 40)}.`);
    }
    requireKnown('org', 'organisations', values.org);
    const names = new Map(files.filter((f) => f.collection === 'organisations').map((f) => [f.id, String((f.data as { name?: unknown }).name ?? f.id)]));
    input.organisations = values.org.map((org) => ({ id: org, name: names.get(org) ?? org }));
  }
  if (collection === 'cases') {
    if (values.source.length + values.briefing.length === 0) {
      throw new Refusal('A case\'s timeline must cite where each event is documented: name a source record with --source <id> or a briefing with --briefing <id> for the first event (file names in content/sources/ and content/briefings/; npm run new -- source <id> creates a source record).');
    }
    requireKnown('source', 'sources', values.source);
    requireKnown('briefing', 'briefings', values.briefing);
    input.cites = { sources: values.source, briefings: values.briefing };
  }
  if (collection === 'sources' && values.url !== undefined) {
    const problem = urlProblem(values.url);
    if (problem) throw new Refusal(`--url: ${problem}.`);
    const existing = index.sourceIdsByUrl.get(values.url);
    if (existing) throw new Refusal(`${values.url} is already the address of content/sources/${existing}.yaml; cite that record instead of creating another.`);
    input.url = values.url;
  }
  return input;
}

process.exitCode = await main();
