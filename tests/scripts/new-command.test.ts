import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { smallFixture, type ProjectFixture } from '../helpers/project-fixture.ts';
import { runScript } from '../helpers/run.ts';

let fixture: ProjectFixture | undefined;
afterEach(async () => {
  await fixture?.dispose();
  fixture = undefined;
});

describe('npm run new', () => {
  it('creates a briefing, a case, a source, a dialogue round and a translation that pass the check as they are', async () => {
    fixture = await smallFixture();
    const runs: Array<[string[], string]> = [
      [['briefing', '2025-11-new-paper', '--org', 'kibhr', '--title', 'A new paper'], 'content/briefings/2025-11-new-paper.mdx'],
      [['case', 'new-person', '--source', 'azattyq-31110144'], 'content/cases/new-person.mdx'],
      [['source', 'example-report', '--url', 'https://example.org/report.pdf'], 'content/sources/example-report.yaml'],
      [['dialogue', '2025-11', '--date', '2025-11-20'], 'content/dialogues/2025-11.yaml'],
      [['translation', '2025-11-new-paper', '--language', 'ru'], 'content/translations/ru/2025-11-new-paper.mdx'],
    ];
    for (const [args, file] of runs) {
      const result = runScript('scripts/new.ts', [...args, '--root', fixture.root]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`Created ${file}.`);
      expect(result.stdout).toContain('Fill in next:');
      expect(await fixture.read(file)).toMatch(/^(?:---\n)?# /u);
    }
    expect((await checkContent(fixture.root)).problems.map(formatProblem)).toEqual([]);
    expect(await fixture.read('content/briefings/2025-11-new-paper.mdx')).toContain('title: A new paper\n');
    expect(await fixture.read('content/translations/ru/2025-11-new-paper.mdx')).toMatch(/^briefing: 2025-11-new-paper\n[\s\S]*^language: ru\n/mu);
  }, 60_000);

  it('creates drafts that claim no date: a new case is not "under investigation since" today, and check lists what each still needs', async () => {
    fixture = await smallFixture();
    expect(runScript('scripts/new.ts', ['case', 'new-person', '--source', 'azattyq-31110144', '--root', fixture.root]).status).toBe(0);
    expect(runScript('scripts/new.ts', ['briefing', '2025-11-new-paper', '--org', 'kibhr', '--title', 'A new paper', '--root', fixture.root]).status).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    for (const file of ['content/cases/new-person.mdx', 'content/briefings/2025-11-new-paper.mdx']) {
      const text = await fixture.read(file);
      expect(text).toMatch(/^draft: true$/mu);
      expect(text).not.toContain(today);
    }
    const check = runScript('scripts/check.ts', ['--root', fixture.root, '--no-cache']);
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/^ {2}content\/briefings\/2025-11-new-paper\.mdx — still to fill in: published \(line \d+\), summary \(line \d+\), text \(line \d+\)$/mu);
    expect(check.stdout).toMatch(/^ {2}content\/cases\/new-person\.mdx — still to fill in: summary \(line \d+\), status\[0\]\.since \(line \d+\), timeline\[0\]\.date \(line \d+\), timeline\[0\]\.event \(line \d+\), text \(line \d+\)$/mu);
  }, 60_000);

  it('refuses to replace an existing file, exits 1 and changes nothing', { timeout: 30_000 }, async () => {
    fixture = await smallFixture();
    const before = await fixture.snapshot();
    const result = runScript('scripts/new.ts', ['case', 'max-bokayev', '--source', 'azattyq-31110144', '--root', fixture.root]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('content/cases/max-bokayev.mdx already exists, so nothing was written. Choose another id, or edit the existing file.');
    expect(await fixture.snapshot()).toEqual(before);
  });

  it('refuses an id that is not lower-case words joined by hyphens, suggesting one that is', { timeout: 30_000 }, async () => {
    fixture = await smallFixture();
    const before = await fixture.snapshot();
    const nested = runScript('scripts/new.ts', ['source', 'sub/x', '--root', fixture.root]);
    expect(nested.status).toBe(1);
    expect(nested.stderr.trim()).toBe('"sub/x" cannot be a file name in content/sources/: it has a slash, which would make a folder. Use lower-case letters a-z, digits and single hyphens, e.g. sub-x.');
    expect(await fixture.snapshot()).toEqual(before);
  });

  it('asks for what a file cannot pass the check without', { timeout: 30_000 }, async () => {
    fixture = await smallFixture();
    const before = await fixture.snapshot();
    const briefing = runScript('scripts/new.ts', ['briefing', 'x', '--root', fixture.root]);
    expect(briefing.status).toBe(1);
    expect(briefing.stderr).toContain('Name the organisation(s) that wrote the briefing with --org <id> (repeat for several). Known organisations: kibhr.');
    const person = runScript('scripts/new.ts', ['case', 'someone', '--root', fixture.root]);
    expect(person.status).toBe(1);
    expect(person.stderr).toContain('name a source record with --source <id> or a briefing with --briefing <id>');
    const kind = runScript('scripts/new.ts', ['law', 'cc-1', '--root', fixture.root]);
    expect(kind.status).toBe(1);
    expect(kind.stderr).toContain('"law" is not something npm run new creates; use one of: briefing, case, source, dialogue, translation.');
    expect(await fixture.snapshot()).toEqual(before);
  });

  it('refuses a translation into a language the site has no pages in, and a file name the check would refuse', { timeout: 30_000 }, async () => {
    fixture = await smallFixture();
    const before = await fixture.snapshot();
    const language = runScript('scripts/new.ts', ['translation', '2021-11-briefing', '--language', 'kz', '--root', fixture.root]);
    expect(language.status).toBe(1);
    expect(language.stderr.trim()).toBe('--language "kz" is not one of the site\'s languages; did you mean "kk"? write en (English), ru (Russian) or kk (Kazakh), the languages the site has pages in.');
    const name = runScript('scripts/new.ts', ['source', 'азаттык_2021', '--url', 'https://rus.azattyq.org/a/1.html', '--root', fixture.root]);
    expect(name.status).toBe(1);
    expect(name.stderr.trim()).toBe('"азаттык_2021" cannot be a file name in content/sources/: it has letters outside a–z ("а", "з", "т", "ы", "к") and underscores. Use lower-case letters a-z, digits and single hyphens, e.g. azattyk-2021.');
    expect(await fixture.snapshot()).toEqual(before);
  });

  it('refuses a translation of an unknown briefing, or into the briefing\'s own language', { timeout: 30_000 }, async () => {
    fixture = await smallFixture();
    const before = await fixture.snapshot();
    const unknown = runScript('scripts/new.ts', ['translation', '2021-11-brefing', '--language', 'ru', '--root', fixture.root]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^"2021-11-brefing" is not a briefing; .*did you mean "2021-11-briefing"/);
    const own = runScript('scripts/new.ts', ['translation', '2021-11-briefing', '--language', 'en', '--root', fixture.root]);
    expect(own.status).toBe(1);
    expect(own.stderr.trim()).toBe('content/briefings/2021-11-briefing.mdx is itself in "en"; a translation must be in another language.');
    expect(runScript('scripts/new.ts', ['translation', '2021-11-briefing', '--root', fixture.root]).stderr).toMatch(/--language/);
    expect(await fixture.snapshot()).toEqual(before);
  });
});
