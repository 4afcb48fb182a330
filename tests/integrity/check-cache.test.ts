import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFolder } from '../../src/check/check-cache.ts';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { contentFixture, type ContentFixture } from '../helpers/content-fixture.ts';
import { runScript } from '../helpers/run.ts';

const BRIEFING = 'content/briefings/2021-11-briefing.mdx';
const CASE = 'content/cases/max-bokayev.mdx';

let fixture: ContentFixture;
beforeEach(async () => {
  fixture = await contentFixture();
});
afterEach(async () => {
  await fixture.dispose();
});

const check = async (cache = true) => {
  const result = await checkContent(fixture.root, new Map(), { cache });
  return { problems: result.problems.map(formatProblem), cache: result.cache, fileCount: result.fileCount };
};

async function cacheFile(): Promise<string> {
  const files = await readdir(cacheFolder(fixture.root));
  expect(files).toHaveLength(1);
  return path.join(cacheFolder(fixture.root), files[0] ?? '');
}

/** Problems in every kind of rule, so that a warm check has something to get wrong. */
async function breakSomeRules(): Promise<void> {
  await fixture.edit(BRIEFING, (t) => t
    .replace('restrictions.[^57]', 'restrictions.[^57][^58]')
    .replace('See (in Russian): https://bureau.kz/', 'See (in Russian): http://ttps://bureau.kz/')
    .replace('<Recommendations>', '<Recomendations>').replace('</Recommendations>', '</Recomendations>'));
  await fixture.edit(CASE, (t) => t.replace('law: cc-174', 'law: cc-4055').replace('  - date: 2021-02\n', '  - date: 2021-02-30\n'));
  await fixture.write('content/topics/broken.yaml', 'name: Broken\ndescription: [unclosed\n');
}

describe('the check cache', () => {
  it('gives the same problems from the cache as a check without it', async () => {
    await breakSomeRules();
    const uncached = await check(false);
    expect(uncached.problems.length).toBeGreaterThanOrEqual(6);
    const cold = await check();
    expect(cold.cache).toEqual({ state: 'empty', hits: 0, unread: 0 });
    const warm = await check();
    expect(warm.cache).toMatchObject({ state: 'loaded', hits: warm.fileCount });
    expect(cold.problems).toEqual(uncached.problems);
    expect(warm.problems).toEqual(uncached.problems);
  });

  it('parses a changed file again and keeps the others', async () => {
    await check();
    await fixture.edit(BRIEFING, (t) => t.replace('restrictions.[^57]', 'restrictions.[^57][^99]'));
    const warm = await check();
    expect(warm.cache).toMatchObject({ state: 'loaded', hits: warm.fileCount - 1 });
    expect(warm.problems).toEqual([
      `${BRIEFING}:16: footnote [^99] is cited but has no note; add a line "[^99]: ..." below the text, or remove the mark`,
    ]);
  });

  it('runs the rules across files on every check, even when every file comes from the cache', async () => {
    await check();
    await fixture.remove('content/sources/bureau-kz-on-vyshel.yaml');
    const warm = await check();
    expect(warm.cache).toMatchObject({ state: 'loaded', hits: warm.fileCount });
    expect(warm.problems).toEqual([
      expect.stringMatching(/^content\/briefings\/2021-11-briefing\.mdx:27: footnote \[\^20\] cites https:\/\/bureau\.kz\/.*which is not the url of any source record; create content\/sources\/bureau-on-vyshel-chtoby-vernutsya\.yaml/),
    ]);
  });

  it('ignores a corrupt cache file, checks every file and writes a good one', async () => {
    await breakSomeRules();
    const expected = (await check(false)).problems;
    await check();
    const file = await cacheFile();
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.slice(0, text.length / 2));
    const afterCorruption = await check();
    expect(afterCorruption.cache).toEqual({ state: 'unreadable', hits: 0, unread: 0 });
    expect(afterCorruption.problems).toEqual(expected);
    expect((await check()).cache).toMatchObject({ state: 'loaded', hits: afterCorruption.fileCount });
  });

  it('does not use a cache written by another version of the checker', async () => {
    await check();
    const file = await cacheFile();
    const cache = JSON.parse(await readFile(file, 'utf8')) as { version: string };
    await writeFile(file, JSON.stringify({ ...cache, version: 'an older checker' }));
    expect((await check()).cache).toEqual({ state: 'unreadable', hits: 0, unread: 0 });
  });

  it('does not trust a cached entry that is not a parse result', async () => {
    await check();
    const file = await cacheFile();
    const cache = JSON.parse(await readFile(file, 'utf8')) as { files: Record<string, { parsed: unknown }> };
    const entry = cache.files[CASE];
    if (!entry) throw new Error(`the cache has no entry for ${CASE}`);
    entry.parsed = { path: CASE };
    await writeFile(file, JSON.stringify(cache));
    const warm = await check();
    expect(warm.cache).toMatchObject({ state: 'loaded', hits: warm.fileCount - 1 });
    expect(warm.problems).toEqual([]);
  });
});

describe('files the check does not read again', () => {
  /** Files written less than two seconds before a check are read again by the next (see RACY_MS). */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 2100));

  it('skips reading files whose size, times and inode are unchanged since an earlier check, and reads a changed one', async () => {
    await settle();
    const cold = await check();
    expect(cold.cache).toEqual({ state: 'empty', hits: 0, unread: 0 });
    const warm = await check();
    expect(warm.cache).toEqual({ state: 'loaded', hits: warm.fileCount, unread: warm.fileCount });
    await fixture.edit(BRIEFING, (t) => t.replace('restrictions.[^57]', 'restrictions.[^57][^99]'));
    const edited = await check();
    expect(edited.cache).toEqual({ state: 'loaded', hits: edited.fileCount - 1, unread: edited.fileCount - 1 });
    expect(edited.problems).toEqual([expect.stringMatching(/^content\/briefings\/2021-11-briefing\.mdx:16: footnote \[\^99\] is cited but has no note/)]);
  }, 20_000);

  it('reads a file again when its text changed but its size and modification time were put back', async () => {
    const file = path.join(fixture.root, CASE);
    // A whole second, so that putting it back restores it exactly.
    const anHourAgo = new Date(Math.floor(Date.now() / 1000) * 1000 - 3_600_000);
    await utimes(file, anHourAgo, anHourAgo);
    const before = await stat(file);
    await settle();
    await check();
    await fixture.edit(CASE, (t) => t.replace('law: cc-174', 'law: cc-999'));
    await utimes(file, anHourAgo, anHourAgo);
    const after = await stat(file);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
    const warm = await check();
    expect(warm.cache).toEqual({ state: 'loaded', hits: warm.fileCount - 1, unread: warm.fileCount - 1 });
    expect(warm.problems).toEqual([expect.stringMatching(/^content\/cases\/max-bokayev\.mdx:\d+: charges\[0\]\.law: "cc-999" does not exist/)]);
  }, 20_000);
});

describe('npm run check and its cache', { timeout: 60_000 }, () => {
  it('keeps the cache under node_modules/.cache/briefings-check/, and --no-cache neither reads nor writes it', async () => {
    const uncached = runScript('scripts/check.ts', ['--root', fixture.root, '--no-cache']);
    expect(uncached.status).toBe(0);
    await expect(readdir(cacheFolder(fixture.root))).rejects.toMatchObject({ code: 'ENOENT' });
    const cached = runScript('scripts/check.ts', ['--root', fixture.root]);
    expect(cached.status).toBe(0);
    expect(cached.stdout).toMatch(/^Checked 10 content files: no problems\.$/m);
    expect(await readdir(cacheFolder(fixture.root))).toEqual([expect.stringMatching(/^files-.*\.json$/)]);
  });

  it('refuses an option it does not know, naming the ones it takes', () => {
    const result = runScript('scripts/check.ts', ['--root', fixture.root, '--no-cahce']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--no-cahce.*npm run check takes --root <folder>, --watch, --no-cache and --threads <n>/s);
  });
});
