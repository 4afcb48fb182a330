import { mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFixture, repoRoot, type ContentFixture } from '../helpers/content-fixture.ts';
import { runAstro, runScript } from '../helpers/run.ts';

/** A copy of the valid fixture that builds with the project's code, and an empty folder to build into. */
async function buildableFixture(): Promise<{ fixture: ContentFixture; outDir: string }> {
  const fixture = await contentFixture();
  for (const shared of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'node_modules']) {
    await symlink(path.join(repoRoot, shared), path.join(fixture.root, shared));
  }
  return { fixture, outDir: await mkdtemp(path.join(tmpdir(), 'briefings-refused-')) };
}

/** The problem lines `npm run check` prints for a project. */
function checkedProblems(root: string): string[] {
  return runScript('scripts/check.ts', ['--root', root]).stderr.split('\n').filter((line) => line.startsWith('content/'));
}

describe('astro build', () => {
  let fixture: ContentFixture;
  let outDir: string;

  beforeAll(async () => {
    ({ fixture, outDir } = await buildableFixture());
    await fixture.edit('content/cases/max-bokayev.mdx', (t) => t.replace('law: cc-174', 'law: cc-4055'));
    await fixture.edit('content/briefings/2021-11-briefing.mdx', (t) => t.replace('converted to a fine.[^20]', 'converted to a fine.[^20][^21]'));
  });

  afterAll(async () => {
    await fixture.dispose();
    await rm(outDir, { recursive: true, force: true });
  });

  it('refuses bad content with the same messages as npm run check, and writes no site', async () => {
    const build = runAstro(['build', '--root', fixture.root, '--outDir', outDir]);
    const output = `${build.stdout}\n${build.stderr}`;
    expect(build.status).not.toBe(0);
    expect(output).toContain('The content has problems, so the site was not built');
    const problemLines = checkedProblems(fixture.root);
    expect(problemLines).toEqual([
      'content/briefings/2021-11-briefing.mdx:17: footnote [^21] is cited but has no note; add a line "[^21]: ..." below the text, or remove the mark',
      'content/cases/max-bokayev.mdx:14: charges[0].law: "cc-4055" does not exist in content/laws/; known: cc-174, cc-274',
    ]);
    for (const line of problemLines) expect(output).toContain(line);
    expect(await readdir(outDir)).toEqual([]);
  });
});

describe('astro build of content with symbolic links', () => {
  let fixture: ContentFixture;
  let outDir: string;
  let outside: string;

  beforeAll(async () => {
    ({ fixture, outDir } = await buildableFixture());
    outside = await mkdtemp(path.join(tmpdir(), 'briefings-outside-'));
    await writeFile(path.join(outside, 'private.yaml'), 'name: Not for publication\ndescription: A file from elsewhere on the computer.\n');
    await symlink(path.join(outside, 'private.yaml'), path.join(fixture.root, 'content/topics/private.yaml'));
    await symlink(path.join(fixture.root, 'content/cases/talgat-ayan.mdx'), path.join(fixture.root, 'content/cases/ayan.mdx'));
  });

  afterAll(async () => {
    await fixture.dispose();
    await rm(outDir, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  it('stops before Astro reads any content, with the messages of npm run check, and publishes nothing', async () => {
    const build = runAstro(['build', '--root', fixture.root, '--outDir', outDir]);
    const output = `${build.stdout}\n${build.stderr}`;
    expect(build.status).not.toBe(0);
    expect(output).toContain('The content has problems, so the site was not built');
    expect(output).not.toContain('[content] Syncing content');
    const problemLines = checkedProblems(fixture.root);
    expect(problemLines).toEqual([
      `content/cases/ayan.mdx: is a symbolic link to ${fixture.root}/content/cases/talgat-ayan.mdx; the archive publishes only files that are really in content/ (a link could publish any file of the computer it is built on), so copy the file into content/ instead of linking to it`,
      `content/topics/private.yaml: is a symbolic link to ${outside}/private.yaml; the archive publishes only files that are really in content/ (a link could publish any file of the computer it is built on), so copy the file into content/ instead of linking to it`,
    ]);
    for (const line of problemLines) expect(output).toContain(line);
    expect(await readdir(outDir)).toEqual([]);
  });
});
