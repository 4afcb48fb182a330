import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus, writeArchiveProject } from '../../scripts/bench/project.ts';
import { joinFrontmatter, splitFrontmatter, type CorpusFiles } from '../../scripts/bench/corpus.ts';
import { repoRoot } from '../helpers/content-fixture.ts';
import { runAstro } from '../helpers/run.ts';

// The bundled corpus built once, edited as staff edit it (a sentence of a briefing, a new
// briefing, the name of a topic that briefing pages show), and built again: the rebuild, which
// takes unchanged pages, texts, citation files and search shards from the first build, must
// write exactly what a cold build of the edited corpus writes.
let work: string;
let rebuildLog: string;
let rebuilt: string;
let cold: string;

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

/** The corpus with the edits of the test applied. */
function edited(files: CorpusFiles): CorpusFiles {
  const out = new Map(files);
  const paper = 'briefings/2017-08-monitoring-update-expo-2017.mdx';
  const text = out.get(paper) ?? '';
  const sentence = /^[A-Z][^\n]*?\. /m.exec(splitFrontmatter(text).body)?.[0];
  if (!sentence) throw new Error(`${paper}: no sentence to edit`);
  out.set(paper, text.replace(sentence, sentence.replace(/\. $/, ', as the organisers confirmed later. ')));
  const { data, body } = splitFrontmatter(out.get('briefings/2015-11-eu-kazakhstan-talk-rights-social-media.mdx') ?? '');
  out.set('briefings/2026-01-follow-up.mdx', joinFrontmatter({ ...data, title: 'A follow-up on social media', published: '2026-01' }, body));
  out.set('topics/civil-society.yaml', (out.get('topics/civil-society.yaml') ?? '').replace('name: Civil society', 'name: Civil society and NGOs'));
  return out;
}

function build(root: string): string {
  const result = runAstro(['build', '--root', root, '--outDir', path.join(root, 'dist')], {}, root);
  if (result.status !== 0) throw new Error(`build of ${root} failed:\n${result.stdout}\n${result.stderr}`);
  return stripVTControlCharacters(result.stdout);
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'briefings-rebuild-'));
  const corpus = await readCorpus(path.join(repoRoot, 'content'));
  rebuilt = path.join(work, 'rebuilt');
  await writeArchiveProject(repoRoot, rebuilt, corpus);
  build(rebuilt);
  for (const [file, text] of edited(corpus)) if (corpus.get(file) !== text) await writeFile(path.join(rebuilt, 'content', file), text);
  rebuildLog = build(rebuilt);
  cold = path.join(work, 'cold');
  await writeArchiveProject(repoRoot, cold, edited(corpus));
  build(cold);
});

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
    const [incremental, fresh] = await Promise.all([filesOf(path.join(rebuilt, 'dist')), filesOf(path.join(cold, 'dist'))]);
    expect([...incremental.keys()].sort()).toEqual([...fresh.keys()].sort());
    const differing = [...fresh].filter(([file, bytes]) => !incremental.get(file)?.equals(bytes)).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
