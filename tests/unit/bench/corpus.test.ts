import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, peerDocuments, seededRandom, splitFrontmatter, textPool, type CorpusFiles } from '../../../scripts/bench/corpus.ts';
import { readCorpus, writeCorpus } from '../../../scripts/bench/project.ts';
import { checkContent } from '../../../src/check/check-content.ts';
import { collectFootnotes } from '../../../src/lib/footnotes.ts';
import { formatProblem } from '../../../src/lib/problems.ts';
import { parseMdx } from '../../../src/lib/mdx-syntax.ts';
import { repoRoot } from '../../helpers/content-fixture.ts';

let bundled: CorpusFiles;

beforeAll(async () => {
  bundled = await readCorpus(path.join(repoRoot, 'content'));
});

/** Writes a corpus to a temporary project and returns what `npm run check` reports. */
async function check(files: CorpusFiles): Promise<string[]> {
  const root = await mkdtemp(path.join(tmpdir(), 'briefings-bench-test-'));
  try {
    await writeCorpus(path.join(root, 'content'), files);
    return (await checkContent(root)).problems.map(formatProblem);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const briefings = (files: CorpusFiles) => [...files.keys()].filter((f) => f.startsWith('briefings/'));
const cases = (files: CorpusFiles) => [...files.keys()].filter((f) => f.startsWith('cases/'));

describe('the benchmark corpus', () => {
  it('gives the same corpus for the same seed and another for another seed', () => {
    const a = generateCorpus(bundled, { size: 40, mix: 'realistic', seed: 7 });
    const b = generateCorpus(bundled, { size: 40, mix: 'realistic', seed: 7 });
    const c = generateCorpus(bundled, { size: 40, mix: 'realistic', seed: 8 });
    expect([...a]).toEqual([...b]);
    expect([...a]).not.toEqual([...c]);
    expect(seededRandom(1)()).toBe(seededRandom(1)());
  });

  it('makes as many briefings as asked and half as many cases, bundled ones included', () => {
    for (const mix of ['realistic', 'copies'] as const) {
      const files = generateCorpus(bundled, { size: 120, mix });
      expect(briefings(files)).toHaveLength(120);
      expect(cases(files)).toHaveLength(60);
    }
  });

  it('writes realistic briefings that pass npm run check, with about 40 footnotes citing source records', async () => {
    const files = generateCorpus(bundled, { size: 120, mix: 'realistic' });
    expect(await check(files)).toEqual([]);
    const generated = briefings(files).filter((f) => f.includes('/bench-')).map((f) => files.get(f) ?? '');
    const noteCounts = generated.map((text) => collectFootnotes(parseMdx(text)).notes.length);
    const mean = noteCounts.reduce((a, b) => a + b, 0) / noteCounts.length;
    expect(mean).toBeGreaterThan(25);
    expect(mean).toBeLessThan(55);
    expect(generated.some((text) => text.includes('<Case id="bench-case-'))).toBe(true);
    const sizes = generated.map((text) => text.length);
    expect(Math.max(...sizes)).toBeGreaterThan(3 * Math.min(...sizes));
    const sources = [...files.keys()].filter((f) => f.startsWith('sources/bench-source-')).map((f) => files.get(f) ?? '');
    expect(sources.some((text) => /titleOriginal: .*[А-Яа-я]/.test(text))).toBe(true);
  }, 120_000);

  it('writes copies of the 2021 paper that pass npm run check, each with its 59 footnotes', async () => {
    const files = generateCorpus(bundled, { size: 12, mix: 'copies' });
    expect(await check(files)).toEqual([]);
    const copy = files.get('briefings/bench-copy-1.mdx') ?? '';
    expect(collectFootnotes(parseMdx(copy)).notes).toHaveLength(59);
    expect(splitFrontmatter(copy).data.title).toMatch(/\(copy 1\)$/);
  }, 120_000);

  it('cuts the bundled texts into blocks without footnote marks or case mentions', () => {
    const pool = textPool(briefings(bundled).map((f) => splitFrontmatter(bundled.get(f) ?? '').body));
    expect(pool.blocks.length).toBeGreaterThan(100);
    expect(pool.blocks.some((b) => /\[\^|<Case/.test(b))).toBe(false);
    expect(pool.blocks.filter((b) => b.startsWith('<Recommendations>')).every((b) => b.endsWith('</Recommendations>'))).toBe(true);
    expect(pool.notes.some((n) => /https?:/.test(n))).toBe(false);
  });

  it('gives the peers plain Markdown with the same text and footnotes, translations included', () => {
    const files = generateCorpus(bundled, { size: 8, mix: 'copies' });
    const docs = peerDocuments(files);
    expect(docs).toHaveLength(10);
    expect(docs.find((d) => d.id === 'ru-2021-11-key-concerns-and-recommendations')?.description).toContain('оцеплении');
    const paper = docs.find((d) => d.id === '2021-11-key-concerns-and-recommendations');
    expect(paper?.body).not.toMatch(/<Case|<\/?Recommendations>/);
    expect(paper?.body).toContain('Askar Nurmaganov');
    expect(collectFootnotes(parseMdx(paper?.body ?? '')).notes).toHaveLength(59);
  });
});
