/**
 * Synthetic corpora for `npm run bench`: the bundled corpus plus generated briefings, cases and
 * source records, so that every generated archive passes `npm run check`. Pure functions of the
 * bundled files and a seed; reading and writing files is left to the caller.
 */
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

/** How the generated briefings are made. */
export type CorpusMix = 'copies' | 'realistic';

/** What to generate. */
export interface CorpusOptions {
  /** Briefings in the archive, bundled ones included; cases are half as many. */
  size: number;
  mix: CorpusMix;
  /** Seed of the pseudo-random choices: the same seed gives the same corpus. */
  seed?: number;
}

/** The bundled `content/` folder as text: path inside content/ (e.g. `briefings/x.mdx`) → file text. */
export type CorpusFiles = Map<string, string>;

/** The 2021 paper that `--mix copies` copies: 45 KB and 59 footnotes. */
export const COPIED_BRIEFING = 'briefings/2021-11-key-concerns-and-recommendations.mdx';

/** A small, fast, seedable generator of numbers in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits an MDX file into its frontmatter (as data) and its body. */
export function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!match) throw new Error('The file has no frontmatter block');
  return { data: parseYaml(match[1] ?? '') as Record<string, unknown>, body: text.slice(match[0].length) };
}

/** Joins frontmatter data and a body into an MDX file. */
export function joinFrontmatter(data: Record<string, unknown>, body: string): string {
  return `---\n${stringifyYaml(data, { lineWidth: 0 }).trimEnd()}\n---\n\n${body.trim()}\n`;
}

/** The building blocks of generated text, cut from the bundled briefings. */
export interface TextPool {
  /** Paragraphs, lists, tables and `<Recommendations>` blocks, without footnote marks or case mentions. */
  blocks: string[];
  /** Heading texts (without the `#` marks). */
  headings: string[];
  /** Footnote texts without their addresses. */
  notes: string[];
}

const FOOTNOTE_DEFINITION = /^\[\^[^\]]+\]:/;
const URL_PATTERN = /https?:\/\/[^\s)>\]]+/g;

/** Cuts the bundled briefings' bodies into reusable blocks, headings and footnote texts. */
export function textPool(bodies: string[]): TextPool {
  const pool: TextPool = { blocks: [], headings: [], notes: [] };
  for (const body of bodies) {
    const lines = body.split('\n');
    const text = lines.filter((line) => !FOOTNOTE_DEFINITION.test(line)).join('\n');
    for (const line of lines.filter((l) => FOOTNOTE_DEFINITION.test(l))) {
      const note = line.replace(FOOTNOTE_DEFINITION, '').replace(URL_PATTERN, '').replace(/\s+([.,;:])/g, '$1').trim();
      if (note.length > 12) pool.notes.push(note);
    }
    let open: string[] | undefined;
    for (const raw of text.split(/\n{2,}/)) {
      const block = raw.replace(/\[\^[^\]]+\]/g, '').replace(/<Case id="[^"]*">([\s\S]*?)<\/Case>/g, '$1').trim();
      if (!block) continue;
      if (open) {
        open.push(block);
        if (block.includes('</Recommendations>')) {
          pool.blocks.push(open.join('\n\n'));
          open = undefined;
        }
      } else if (block.startsWith('<Recommendations>')) {
        if (block.includes('</Recommendations>')) pool.blocks.push(block);
        else open = [block];
      } else if (/^#{1,6} /.test(block)) {
        pool.headings.push(block.replace(/^#+ /, ''));
      } else {
        pool.blocks.push(block);
      }
    }
  }
  if (pool.notes.length === 0) pool.notes.push('See the source for details.');
  return pool;
}

const CYRILLIC_TITLES = [
  'Суд вынес приговор по делу', 'Правозащитники требуют освободить', 'Заявление о преследовании',
  'Обзор нарушений свободы собраний', 'Мониторинг судебного процесса', 'Задержание активиста в',
];

interface GeneratedCase {
  id: string;
  name: string;
}

/** Picks one item of a non-empty list. */
function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}

/** Picks `count` distinct items of a list (fewer when the list is shorter). */
function pickDistinct<T>(random: () => number, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  for (let tries = 0; chosen.size < Math.min(count, items.length) && tries < count * 20; tries++) chosen.add(pick(random, items));
  return [...chosen];
}

function idsIn(files: CorpusFiles, folder: string): string[] {
  return [...files.keys()]
    .filter((file) => file.startsWith(`${folder}/`))
    .map((file) => file.slice(folder.length + 1).replace(/\.(mdx|ya?ml)$/, ''))
    .sort();
}

function padded(n: number, size: number): string {
  return String(n).padStart(String(size).length, '0');
}

/** Unique two-part names from the bundled cases' first and last names, with a middle initial when needed. */
function caseNames(bundledNames: string[], count: number, random: () => number): string[] {
  const parts = bundledNames.map((name) => name.split(' ')).filter((p) => p.length === 2) as Array<[string, string]>;
  const first = [...new Set(parts.map((p) => p[0]))];
  const last = [...new Set(parts.map((p) => p[1]))];
  const taken = new Set(bundledNames.map((n) => n.toLowerCase()));
  const names: string[] = [];
  const initials = 'ABDEGKMNORSTZ';
  for (let i = 0; names.length < count; i++) {
    const middle = i < first.length * last.length ? '' : ` ${initials[Math.floor(i / (first.length * last.length)) % initials.length]}.${Math.floor(i / (first.length * last.length * initials.length)) || ''}`;
    const name = `${pick(random, first)}${middle} ${pick(random, last)}`;
    if (taken.has(name.toLowerCase())) continue;
    taken.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

/** The case files: copies of bundled profiles with a new name, so that every reference in them stays valid. */
function generateCases(files: CorpusFiles, count: number, random: () => number): { files: CorpusFiles; cases: GeneratedCase[] } {
  const templates = idsIn(files, 'cases').map((id) => splitFrontmatter(files.get(`cases/${id}.mdx`) ?? ''));
  const bundledNames = templates.flatMap(({ data }) => [String(data.name), ...((data.aliases as string[] | undefined) ?? [])]);
  const names = caseNames(bundledNames.filter((n) => /^[A-Za-z' -]+$/.test(n)), count, random);
  const out: CorpusFiles = new Map();
  const cases = names.map((name, i) => {
    const template = pick(random, templates);
    const id = `bench-case-${padded(i + 1, count)}`;
    // A person, whatever the template was: a group's members would need spellings of their own.
    const data: Record<string, unknown> = { ...template.data, name, kind: 'person', aliases: [], members: [] };
    const body = template.body.replaceAll(String(template.data.name), name);
    out.set(`cases/${id}.mdx`, joinFrontmatter(data, body));
    return { id, name };
  });
  return { files: out, cases };
}

interface SourceRecord {
  id: string;
  url: string;
}

/** Source records with addresses on the hosts the bundled sources use; every fourth has a Cyrillic title. */
function generateSources(files: CorpusFiles, count: number, random: () => number): { files: CorpusFiles; sources: SourceRecord[] } {
  const hosts = [...new Set(idsIn(files, 'sources').map((id) => /url: "?https?:\/\/([^/"\s]+)/.exec(files.get(`sources/${id}.yaml`) ?? '')?.[1]).filter((h): h is string => Boolean(h)))];
  const out: CorpusFiles = new Map();
  const sources: SourceRecord[] = [];
  for (let i = 1; i <= count; i++) {
    const id = `bench-source-${padded(i, count)}`;
    const year = 2005 + Math.floor(random() * 20);
    const url = `https://${pick(random, hosts)}/${year}/${id}/`;
    const cyrillic = i % 4 === 0;
    const record: Record<string, string> = {
      title: `Report ${i} on ${pick(random, ['a court hearing', 'a detention', 'a protest', 'new legislation', 'a trial', 'an appeal'])} (${year})`,
      ...(cyrillic ? { titleOriginal: `${pick(random, CYRILLIC_TITLES)} № ${i}` } : {}),
      publisher: pick(random, ['Radio Azattyq', 'Adil Soz', 'KIBHR', 'Vlast.kz', 'Eurasianet', 'Human Rights Watch']),
      date: `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`,
      url,
      language: cyrillic ? 'ru' : 'en',
      kind: pick(random, ['news', 'ngo', 'court', 'government']),
    };
    out.set(`sources/${id}.yaml`, stringifyYaml(record, { lineWidth: 0 }));
    sources.push({ id, url });
  }
  return { files: out, sources };
}

/** One generated briefing's body: sampled sections, `noteCount` footnotes citing sources, and case mentions. */
function briefingBody(pool: TextPool, random: () => number, noteCount: number, blockCount: number, mentions: GeneratedCase[], sources: SourceRecord[], near: number): string {
  const blocks: string[] = [];
  let notes = 0;
  const definitions: string[] = [];
  const sectionEvery = 3 + Math.floor(random() * 5);
  for (let b = 0; b < blockCount; b++) {
    if (b > 0 && b % sectionEvery === 0) blocks.push(`## ${pick(random, pool.headings)}`);
    let block = pick(random, pool.blocks);
    const mention = mentions[b];
    if (mention) block = `In the case of <Case id="${mention.id}">${mention.name}</Case>: ${block.startsWith('<Recommendations>') || /^[-|*]/.test(block) ? 'see below.' : block}`;
    // Marks go after prose only; lists, tables and recommendation blocks keep their shape.
    const wanted = Math.round(((b + 1) * noteCount) / blockCount) - notes;
    if (!/^[-|*<]/.test(block) && wanted > 0) {
      for (let n = 0; n < wanted; n++) {
        notes++;
        block += `[^${notes}]`;
        const source = sources[(near + Math.floor(random() * 40) + (random() < 0.2 ? Math.floor(random() * sources.length) : 0)) % sources.length];
        definitions.push(`[^${notes}]: ${pick(random, pool.notes)}${source ? ` ${source.url}` : ''}`);
      }
    }
    blocks.push(block);
  }
  return `${blocks.join('\n\n')}\n\n${definitions.join('\n')}`;
}

/** Paragraph counts with a long tail: most briefings are short, a few are as long as the 2021 paper or longer. */
function blockCountFor(random: () => number): number {
  return Math.max(4, Math.min(220, Math.round(Math.exp(2.2 + random() * 1.8))));
}

/**
 * The archive to benchmark: the bundled corpus, plus generated briefings up to `size` and cases
 * up to `size / 2`. `copies` repeats the 2021 paper under new ids; `realistic` recombines the
 * bundled briefings' sections with ~40 footnotes each, citing generated source records (some with
 * Cyrillic titles), mentioning generated cases and reusing the bundled topics, organisations,
 * laws and dialogue rounds.
 */
export function generateCorpus(bundled: CorpusFiles, options: CorpusOptions): CorpusFiles {
  const random = seededRandom(options.seed ?? 2021);
  const files: CorpusFiles = new Map(bundled);
  const briefingIds = idsIn(bundled, 'briefings');
  const briefingCount = Math.max(0, options.size - briefingIds.length);
  const caseCount = Math.max(0, Math.floor(options.size / 2) - idsIn(bundled, 'cases').length);
  const generatedCases = generateCases(bundled, caseCount, random);
  for (const [file, text] of generatedCases.files) files.set(file, text);
  if (options.mix === 'copies') {
    const copied = splitFrontmatter(bundled.get(COPIED_BRIEFING) ?? '');
    for (let i = 1; i <= briefingCount; i++) {
      files.set(`briefings/bench-copy-${padded(i, briefingCount)}.mdx`, joinFrontmatter({ ...copied.data, title: `${String(copied.data.title)} (copy ${i})` }, copied.body));
    }
    return files;
  }
  const pool = textPool(briefingIds.map((id) => splitFrontmatter(bundled.get(`briefings/${id}.mdx`) ?? '').body));
  const generatedSources = generateSources(bundled, Math.max(1, Math.floor(options.size / 2)), random);
  for (const [file, text] of generatedSources.files) files.set(file, text);
  const templates = briefingIds.map((id) => splitFrontmatter(bundled.get(`briefings/${id}.mdx`) ?? '').data);
  const organisations = idsIn(bundled, 'organisations');
  const topics = idsIn(bundled, 'topics');
  const dialogues = idsIn(bundled, 'dialogues');
  const kinds = ['briefing-paper', 'monitoring-update', 'statement', 'news-report', 'report', 'open-letter'];
  for (let i = 1; i <= briefingCount; i++) {
    const template = pick(random, templates);
    const cases = generatedCases.cases.length > 0 ? pickDistinct(random, generatedCases.cases, Math.floor(random() * 5)) : [];
    const year = 2000 + Math.floor(random() * 26);
    const dialogue = random() < 0.3 ? pick(random, dialogues) : undefined;
    const data: Record<string, unknown> = {
      title: `${pick(random, pool.headings)}: ${pick(random, topics).replaceAll('-', ' ')} in ${pick(random, ['Almaty', 'Astana', 'Aktau', 'Zhanaozen', 'Uralsk', 'Karaganda', 'Shymkent'])}, ${year} (no. ${i})`,
      kind: pick(random, kinds),
      published: `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`,
      organisations: pickDistinct(random, organisations, 1 + Math.floor(random() * 2)),
      ...(dialogue ? { dialogue } : {}),
      topics: pickDistinct(random, topics, 1 + Math.floor(random() * 5)),
      cases: cases.map((c) => c.id),
      summary: String(template.summary),
      language: 'en',
      original: { publisher: 'International Partnership for Human Rights' },
    };
    const body = briefingBody(pool, random, 20 + Math.floor(random() * 41), blockCountFor(random), cases, generatedSources.sources, Math.floor((i / briefingCount) * generatedSources.sources.length));
    files.set(`briefings/bench-${padded(i, briefingCount)}.mdx`, joinFrontmatter(data, body));
  }
  return files;
}

/** A briefing as the peers (Starlight, Hugo) take it: a title, a description and plain GFM. */
export interface PeerDocument {
  id: string;
  title: string;
  description: string;
  /** The text with the archive's components unwrapped: `<Case>` mentions become their text. */
  body: string;
}

/**
 * The briefings of a corpus and their translations (`translations/ru/<id>.mdx` → `ru-<id>`) as
 * plain Markdown documents, for the peers to build and search the same text.
 */
export function peerDocuments(files: CorpusFiles): PeerDocument[] {
  const translations = [...files.keys()].filter((file) => /^translations\/[a-z]{2}\/[^/]+\.mdx$/.test(file)).sort();
  const texts = [...idsIn(files, 'briefings').map((id) => ({ id, file: `briefings/${id}.mdx` })), ...translations.map((file) => ({ id: file.slice('translations/'.length, -'.mdx'.length).replace('/', '-'), file }))];
  return texts.map(({ id, file }) => {
    const { data, body } = splitFrontmatter(files.get(file) ?? '');
    const plain = body
      .replace(/<Case id="[^"]*">([\s\S]*?)<\/Case>/g, '$1')
      .replace(/^<\/?Recommendations>\n/gm, '');
    return { id, title: String(data.title), description: String(data.summary ?? ''), body: plain };
  });
}

/** The generated briefing that the rebuild rows of the benchmark edit and copy: the first (`bench-0…1.mdx`). */
function firstGenerated(files: CorpusFiles): [string, string] {
  const file = [...files.keys()].filter((f) => /^briefings\/bench-\d+\.mdx$/.test(f)).sort()[0];
  const text = file === undefined ? undefined : files.get(file);
  if (file === undefined || text === undefined) throw new Error('The corpus has no generated briefing (briefings/bench-*.mdx) to edit; generate it with --mix realistic');
  return [file, text];
}

/**
 * One sentence of one briefing edited, as staff correct a published paper: the first sentence of
 * prose in the first generated briefing gets words added. Returns the file and its new text.
 */
export function editedBriefing(files: CorpusFiles): [string, string] {
  const [file, text] = firstGenerated(files);
  const { data, body } = splitFrontmatter(text);
  const lines = body.split('\n');
  const at = lines.findIndex((line) => /^[A-Z][^|]*\.(\[\^\d+\])*$/.test(line) || /^[A-Z].*\. /.test(line));
  if (at < 0) throw new Error(`${file}: no sentence of prose to edit`);
  lines[at] = (lines[at] as string).replace(/\./, ', as the authorities confirmed in a later statement.');
  return [file, joinFrontmatter(data, lines.join('\n'))];
}

/**
 * A new briefing, as staff publish one: the first generated briefing's text under a new id and
 * title, discussing the same cases and citing the same sources (so their pages change too).
 */
export function newBriefing(files: CorpusFiles): [string, string] {
  const [, text] = firstGenerated(files);
  const { data, body } = splitFrontmatter(text);
  return ['briefings/bench-new.mdx', joinFrontmatter({ ...data, title: `${String(data.title)}: an update`, published: '2026-01' }, body)];
}

/**
 * One source record corrected, as staff fix a title: the first generated source record
 * (`sources/bench-source-0…1.yaml`) gets words added to its title. Footnotes show the title, so
 * the texts and pages that cite it change too.
 */
export function editedSource(files: CorpusFiles): [string, string] {
  const file = [...files.keys()].filter((f) => /^sources\/bench-source-\d+\.yaml$/.test(f)).sort()[0];
  const text = file === undefined ? undefined : files.get(file);
  if (file === undefined || text === undefined) throw new Error('The corpus has no generated source record (sources/bench-source-*.yaml) to edit; generate it with --mix realistic');
  const edited = text.replace(/^title: (.*)$/m, (_, title: string) => `title: ${title.replace(/"?$/, (quote) => ` (corrected)${quote}`)}`);
  if (edited === text) throw new Error(`${file}: no title to edit`);
  return [file, edited];
}
