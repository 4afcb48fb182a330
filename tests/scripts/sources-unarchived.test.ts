import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readArchiveEntries } from '../../src/site/archive-entries.ts';
import { citationsBySource } from '../../src/site/citations/cited-sources.ts';
import { contentFixture, repoRoot, type ContentFixture } from '../helpers/content-fixture.ts';
import { runScript } from '../helpers/run.ts';

let fixture: ContentFixture | undefined;
afterEach(async () => {
  await fixture?.dispose();
  fixture = undefined;
});

// Each test starts the command (and reads the corpus), which takes seconds on a busy machine.
describe('npm run sources:unarchived', { timeout: 60_000 }, () => {
  it('lists each source without an archived copy and where it is cited, and exits 0', () => {
    const result = runScript('scripts/sources-unarchived.ts', ['--root', path.join(repoRoot, 'tests/fixtures/citing')]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('1 of 2 sources have a web address but no archived copy.');
    expect(result.stdout).toContain([
      'content/sources/kibhr-monitoring-note.yaml',
      '  https://bureau.kz/novosti/priznat-i-otrechsya/',
      '  publisher: KIBHR',
      '  cited in: briefings/2021-03-nurmaganov-update (note 2)',
    ].join('\n'));
    expect(result.stdout).not.toContain('azattyq-nurmaganov-sentence');
  });

  it('prints the same list as JSON with --json', () => {
    const result = runScript('scripts/sources-unarchived.ts', ['--root', path.join(repoRoot, 'tests/fixtures/citing'), '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      total: 2,
      unarchived: [{
        id: 'kibhr-monitoring-note',
        file: 'content/sources/kibhr-monitoring-note.yaml',
        url: 'https://bureau.kz/novosti/priznat-i-otrechsya/',
        publisher: 'KIBHR',
        title: 'KIBHR monitoring note on the trial',
        citedIn: [{ collection: 'briefings', id: '2021-03-nurmaganov-update', places: ['2'] }],
      }],
      withoutAddress: [],
    });
  });

  it('finds the same places for the bundled corpus as the sources pages show', async () => {
    const result = runScript('scripts/sources-unarchived.ts', ['--json']);
    expect(result.status).toBe(0);
    const listed = JSON.parse(result.stdout) as { total: number; unarchived: Array<{ id: string; citedIn: unknown }> };
    const entries = await readArchiveEntries(repoRoot);
    const pages = citationsBySource(entries);
    expect(listed.total).toBe(66);
    expect(listed.unarchived.length).toBeGreaterThan(0);
    for (const source of listed.unarchived) expect(source.citedIn, source.id).toEqual(pages.get(source.id) ?? []);
  });

  it('still lists, and says which files it left out, when a file does not pass the check', async () => {
    fixture = await contentFixture('citing');
    await fixture.edit('content/sources/kibhr-monitoring-note.yaml', (t) => t.replace('kind: ngo', 'kind: blog'));
    const result = runScript('scripts/sources-unarchived.ts', ['--root', fixture.root]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Every one of the 1 sources with a web address has an archived copy.');
    expect(result.stderr).toContain('Left out 1 file(s) that do not pass `npm run check`: content/sources/kibhr-monitoring-note.yaml');
  });
});
