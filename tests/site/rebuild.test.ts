import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus, writeArchiveProject } from '../../scripts/bench/project.ts';
import { joinFrontmatter, splitFrontmatter, type CorpusFiles } from '../../scripts/bench/corpus.ts';
import { repoRoot } from '../helpers/content-fixture.ts';
import { runAstro } from '../helpers/run.ts';

// The bundled corpus built once, edited as staff edit it (a sentence of a briefing, a new
// briefing, the name of a topic that briefing pages show), built again, then edited once more (a
// sentence of another briefing, a source record's title) and built a third time: each rebuild, which takes unchanged
// pages, texts, citation files and search shards from the build before, must write exactly what
// a cold build of the same corpus writes.
let work: string;
let rebuildLog: string;
let secondRebuildLog: string;
/** The project built, edited and built again twice, its dist/ copied after the first rebuild. */
let rebuilt: string;
let firstRebuild: string;
/** Cold builds of the corpus as each rebuild saw it. */
let cold: string;
let coldAgain: string;

/** Every file under `dir`, by its path inside it. */
async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file).split(path.sep).join('/'), await readFile(file));
  }
  return files;
}

/** `text` with its first plain sentence lengthened, as staff edit a sentence. */
function editSentence(file: string, text: string): string {
  const sentence = /^[A-Z][^\n]*?\. /m.exec(splitFrontmatter(text).body)?.[0];
  if (!sentence) throw new Error(`${file}: no sentence to edit`);
  return text.replace(sentence, sentence.replace(/\. $/, ', as the organisers confirmed later. '));
}

/** The corpus with the edits of the first rebuild applied: a sentence, a new briefing, a topic's name. */
function edited(files: CorpusFiles): CorpusFiles {
  const out = new Map(files);
  const paper = 'briefings/2017-08-monitoring-update-expo-2017.mdx';
  out.set(paper, editSentence(paper, out.get(paper) ?? ''));
  const { data, body } = splitFrontmatter(out.get('briefings/2015-11-eu-kazakhstan-talk-rights-social-media.mdx') ?? '');
  out.set('briefings/2026-01-follow-up.mdx', joinFrontmatter({ ...data, title: 'A follow-up on social media', published: '2026-01' }, body));
  out.set('topics/civil-society.yaml', (out.get('topics/civil-society.yaml') ?? '').replace('name: Civil society', 'name: Civil society and NGOs'));
  return out;
}

/** A source record that one footnote of the 2021 paper cites. */
const CITED_SOURCE = 'sources/avaaz-petition-against-social-media-amendments.yaml';

/** The corpus after the second rebuild's edits: one sentence of one more briefing, and the title of a source record a footnote shows. */
function editedAgain(files: CorpusFiles): CorpusFiles {
  const out = edited(files);
  const paper = 'briefings/2013-11-eu-should-focus-on-free-speech-crackdown.mdx';
  out.set(paper, editSentence(paper, out.get(paper) ?? ''));
  out.set(CITED_SOURCE, (out.get(CITED_SOURCE) ?? '').replace('title: "Petition', 'title: "Community petition'));
  return out;
}

/** Writes into the project at `root` the files of `next` that differ from `previous`. */
async function writeEdits(root: string, previous: CorpusFiles, next: CorpusFiles): Promise<void> {
  for (const [file, text] of next) if (previous.get(file) !== text) await writeFile(path.join(root, 'content', file), text);
}

// Small shards, so that the corpus's index has several and a rebuild can keep some of them; and
// every citation a rebuild asks for written in child processes, as a rebuild of a large archive
// writes most of them (src/site/citations/texts.ts).
const SHARDS = { BRIEFINGS_SEARCH_SHARD_CHARACTERS: '100000', BRIEFINGS_REBUILD_CITATIONS_HERE: '0' };

function build(root: string): string {
  const result = runAstro(['build', '--root', root, '--outDir', path.join(root, 'dist')], SHARDS, root);
  if (result.status !== 0) throw new Error(`build of ${root} failed:\n${result.stdout}\n${result.stderr}`);
  return stripVTControlCharacters(result.stdout);
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'briefings-rebuild-'));
  const corpus = await readCorpus(path.join(repoRoot, 'content'));
  rebuilt = path.join(work, 'rebuilt');
  await writeArchiveProject(repoRoot, rebuilt, corpus);
  build(rebuilt);
  await writeEdits(rebuilt, corpus, edited(corpus));
  rebuildLog = build(rebuilt);
  firstRebuild = path.join(work, 'first-rebuild');
  await cp(path.join(rebuilt, 'dist'), firstRebuild, { recursive: true });
  await writeEdits(rebuilt, edited(corpus), editedAgain(corpus));
  // A page the last build published and this one does not (a paper withdrawn): it must not survive.
  await mkdir(path.join(rebuilt, 'dist/briefings/withdrawn-paper'), { recursive: true });
  await writeFile(path.join(rebuilt, 'dist/briefings/withdrawn-paper/index.html'), '<p>Withdrawn</p>');
  secondRebuildLog = build(rebuilt);
  cold = path.join(work, 'cold');
  await writeArchiveProject(repoRoot, cold, edited(corpus));
  build(cold);
  coldAgain = path.join(work, 'cold-again');
  await writeArchiveProject(repoRoot, coldAgain, editedAgain(corpus));
  build(coldAgain);
});

/** The files of two built sites that differ, or that one has and the other has not. */
async function differences(a: string, b: string): Promise<string[]> {
  const [left, right] = await Promise.all([filesOf(a), filesOf(b)]);
  const names = new Set([...left.keys(), ...right.keys()]);
  return [...names].filter((name) => !left.get(name)?.equals(right.get(name) ?? Buffer.alloc(0)) || !right.has(name)).sort();
}

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('a rebuild after staff edit a few entries', () => {
  it('takes unchanged pages and their citation files from the first build instead of rendering them', () => {
    const restored = rebuildLog.split('\n').filter((line) => line.includes('(restored)'));
    const rendered = rebuildLog.split('\n').filter((line) => line.includes('├─') && !line.includes('(restored)'));
    expect(restored.length).toBeGreaterThan(100);
    expect(rendered.some((line) => line.includes('/briefings/2017-08-monitoring-update-expo-2017/'))).toBe(true);
    expect(rendered.some((line) => line.includes('/briefings/2026-01-follow-up/'))).toBe(true);
    expect(rebuildLog).toMatch(/Kept \d+ citation files of pages taken from the last build/);
  });

  it('writes exactly what a cold build of the edited corpus writes, file for file', async () => {
    expect(await differences(firstRebuild, path.join(cold, 'dist'))).toEqual([]);
  });

  it('renders again the pages that show an edited source record, not every page', () => {
    const restored = secondRebuildLog.split('\n').filter((line) => line.includes('(restored)'));
    const rendered = secondRebuildLog.split('\n').filter((line) => line.includes('├─') && !line.includes('(restored)'));
    // The 2021 paper cites most source records and shares cases and topics with most pages, so
    // many pages show a changed entry; a round it is not part of shows none.
    expect(restored.length).toBeGreaterThan(40);
    expect(restored.some((line) => line.includes('/dialogues/2008-10-astana/'))).toBe(true);
    expect(rendered.some((line) => line.includes('/sources/avaaz-petition-against-social-media-amendments/'))).toBe(true);
    expect(rendered.some((line) => line.includes('/briefings/2021-11-key-concerns-and-recommendations/'))).toBe(true);
  });

  it('keeps the search shards that hold no changed page, leaves no file of the last build behind, and writes what a cold build writes', async () => {
    const shards = /Indexed \d+ pages for search in (\d+) shards, (\d+) of them kept from the last build/.exec(secondRebuildLog);
    expect(shards, secondRebuildLog.split('\n').filter((line) => line.includes('Indexed')).join('\n')).not.toBeNull();
    const [, total, kept] = shards ?? [];
    expect(Number(total)).toBeGreaterThan(2);
    expect(Number(kept)).toBeGreaterThan(0);
    expect(Number(kept)).toBeLessThan(Number(total));
    expect(await differences(path.join(rebuilt, 'dist'), path.join(coldAgain, 'dist'))).toEqual([]);
  });
});
