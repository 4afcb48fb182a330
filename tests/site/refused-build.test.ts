import { mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFixture, repoRoot, type ContentFixture } from '../helpers/content-fixture.ts';
import { runAstro, runScript } from '../helpers/run.ts';

let fixture: ContentFixture;
let outDir: string;

beforeAll(async () => {
  fixture = await contentFixture();
  for (const shared of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'node_modules']) {
    await symlink(path.join(repoRoot, shared), path.join(fixture.root, shared));
  }
  outDir = await mkdtemp(path.join(tmpdir(), 'briefings-refused-'));
  await fixture.edit('content/cases/max-bokayev.mdx', (t) => t.replace('law: cc-174', 'law: cc-4055'));
  await fixture.edit('content/briefings/2021-11-briefing.mdx', (t) => t.replace('converted to a fine.[^20]', 'converted to a fine.[^20][^21]'));
});

afterAll(async () => {
  await fixture.dispose();
  await rm(outDir, { recursive: true, force: true });
});

describe('astro build', () => {
  it('refuses bad content with the same messages as npm run check, and writes no site', async () => {
    const build = runAstro(['build', '--root', fixture.root, '--outDir', outDir]);
    const check = runScript('scripts/check.ts', ['--root', fixture.root]);
    const output = `${build.stdout}\n${build.stderr}`;
    expect(build.status).not.toBe(0);
    expect(output).toContain('The content has problems, so the site was not built');
    const problemLines = check.stderr.split('\n').filter((line) => line.startsWith('content/'));
    expect(problemLines).toEqual([
      'content/briefings/2021-11-briefing.mdx:17: footnote [^21] is cited but has no note; add a line "[^21]: ..." below the text, or remove the mark',
      'content/cases/max-bokayev.mdx:14: charges[0].law: "cc-4055" does not exist in content/laws/; known: cc-174, cc-274',
    ]);
    for (const line of problemLines) expect(output).toContain(line);
    expect(await readdir(outDir)).toEqual([]);
  });
});
