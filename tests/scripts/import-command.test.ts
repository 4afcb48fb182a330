import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { collectFootnotes } from '../../src/lib/footnotes.ts';
import { parseMdx } from '../../src/lib/mdx-syntax.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { briefingDocx } from '../helpers/docx.ts';
import { corpusFixture, draftPath, smallFixture, type ProjectFixture } from '../helpers/project-fixture.ts';
import { runScript } from '../helpers/run.ts';

const PAPER = draftPath('2021-11-key-concerns.txt');
const TYPO = 'http://ttps://bureau.kz/novosti/sobstvennaya_informaciya/on_vyshel_chtoby_vernutsya/';
const FIXED = 'https://bureau.kz/novosti/sobstvennaya_informaciya/on_vyshel_chtoby_vernutsya/';

let fixture: ProjectFixture | undefined;
afterEach(async () => {
  await fixture?.dispose();
  fixture = undefined;
});

async function newFiles(project: ProjectFixture, before: Map<string, string>): Promise<string[]> {
  const after = await project.snapshot();
  for (const [file, hash] of before) expect(after.get(file), `${file} changed`).toBe(hash);
  return [...after.keys()].filter((f) => !before.has(f)).sort();
}

describe('npm run import', () => {
  it('imports the 2021 paper with all 59 notes, corrects and reports the footnote-20 address, and the draft passes the check', async () => {
    fixture = await corpusFixture();
    const before = await fixture.snapshot();
    const result = runScript('scripts/import.ts', [PAPER, '--org', 'iphr', '--org', 'kibhr', '--date', '2021-11', '--dialogue', '2021-11', '--id', '2021-11-imported', '--root', fixture.root]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(/^Imported 2021-11-key-concerns\.txt into content\/briefings\/2021-11-imported\.mdx$/mu);
    expect(out).toContain('Footnotes: 59 in the draft, 59 in the briefing (all kept).');
    expect(out).toContain('Sources: 0 new records, 65 existing records reused.');
    expect(out).toContain(`in footnote 20: the address ${TYPO} is mistyped (it has a second scheme inside it) and was written as ${FIXED}; open it to check that it works.`);
    expect(out).toMatch(/max-bokayev: \d+ mentions/u);
    expect(await newFiles(fixture, before)).toEqual([path.normalize('content/briefings/2021-11-imported.mdx')]);

    const text = await fixture.read('content/briefings/2021-11-imported.mdx');
    expect(collectFootnotes(parseMdx(text)).notes).toHaveLength(59);
    expect(text).toContain(`[^20]: See (in Russian): ${FIXED}`);
    expect(text).not.toContain('http://ttps://');
    expect((await checkContent(fixture.root)).problems.map(formatProblem)).toEqual([]);
  }, 60_000);

  it('links the known cases it names with --link-cases, lists them in cases, and still passes the check', async () => {
    fixture = await corpusFixture();
    const result = runScript('scripts/import.ts', [PAPER, '--org', 'iphr', '--link-cases', '--id', 'linked', '--root', fixture.root]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('(linked with <Case> and listed in cases)');
    const text = await fixture.read('content/briefings/linked.mdx');
    expect(text).toMatch(/^cases:\n(?: {2}- [a-z-]+\n)*? {2}- max-bokayev\n/mu);
    expect(text).toContain('<Case id="max-bokayev">Max Bokayev</Case>');
    expect((await checkContent(fixture.root)).problems.map(formatProblem)).toEqual([]);
  }, 60_000);

  it('imports a Word document with footnotes, a table and links, creating a source record for each new address', async () => {
    fixture = await smallFixture();
    const docx = path.join(fixture.root, 'paper.docx');
    await writeFile(docx, await briefingDocx([
      { text: 'See (in Russian): https://rus.azattyq.org/a/kazakhstan-sud-nalozhil-noviye-ogranicheniya-na-maksa-bokaeva/31110144.html' },
      { text: 'See ', link: { words: 'the statement', url: 'https://www.iphronline.org/kazakhstan-statement.html' } },
    ]));
    const before = await fixture.snapshot();
    const result = runScript('scripts/import.ts', [docx, '--org', 'kibhr', '--link-cases', '--root', fixture.root]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Footnotes: 2 in the draft, 2 in the briefing (all kept).');
    expect(result.stdout).toContain('new: content/sources/iphronline-kazakhstan-statement.yaml for https://www.iphronline.org/kazakhstan-statement.html (footnote 2; no title in the note)');
    expect(result.stdout).toContain('reused: azattyq-31110144 (1)');
    expect(await newFiles(fixture, before)).toEqual([
      'content/briefings/civil-society-under-pressure-in-kazakhstan.mdx', 'content/sources/iphronline-kazakhstan-statement.yaml',
    ].map((f) => path.normalize(f)));
    const text = await fixture.read('content/briefings/civil-society-under-pressure-in-kazakhstan.mdx');
    expect(text).toContain('| <Case id="max-bokayev">Max Bokayev</Case> | 5 years \\| served |');
    expect((await checkContent(fixture.root)).problems.map(formatProblem)).toEqual([]);
  }, 60_000);

  it('writes a draft whose publication date is left to fill in when --date is not given, never today\'s, and keeps the import note from readers', async () => {
    fixture = await corpusFixture();
    const result = runScript('scripts/import.ts', [PAPER, '--org', 'iphr', '--id', 'undated', '--root', fixture.root]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('published is left to fill in: write the publication date as the paper gives it (YYYY-MM-DD, or YYYY-MM), or import again with --date.');
    const text = await fixture.read('content/briefings/undated.mdx');
    const frontmatter = text.split(/^---$/mu)[1] ?? '';
    expect(frontmatter).toMatch(/^draft: true$/mu);
    expect(frontmatter).toMatch(/^published: "TO FILL IN: the publication date as the paper gives it: YYYY-MM-DD, or YYYY-MM when it gives only the month"$/mu);
    expect(frontmatter).toMatch(/^original:\n {2}publisher: International Partnership for Human Rights\n(?!\s+note:)/mu);
    // When it was imported is said only in a YAML comment, which no page shows.
    expect(frontmatter.split('\n').filter((line) => line.includes('Imported from')).every((line) => line.startsWith('# '))).toBe(true);
    const check = runScript('scripts/check.ts', ['--root', fixture.root, '--no-cache']);
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/^ {2}content\/briefings\/undated\.mdx — still to fill in: published \(line \d+\), summary \(line \d+\)$/mu);
  }, 60_000);

  it('keeps the month of --date 2025-11 without adding a day', async () => {
    fixture = await smallFixture();
    const result = runScript('scripts/import.ts', [PAPER, '--org', 'kibhr', '--date', '2025-11', '--id', 'monthly', '--root', fixture.root]);
    expect(result.status).toBe(0);
    expect(await fixture.read('content/briefings/monthly.mdx')).toMatch(/^published: 2025-11$/mu);
  }, 60_000);

  it('gives each new source record the title, publisher and date its note gives, as a draft, and leaves what a note does not say to fill in', async () => {
    fixture = await smallFixture();
    const draft = path.join(fixture.root, 'fined.txt');
    // The seed papers' style: superscript marks, notes as lines at the end starting with the same mark.
    await writeFile(draft, [
      'Journalists fined for their posts', '',
      'A journalist in Uralsk was fined for a post about a local official.¹ Another was fined in Almaty.²', '',
      '¹ Adil Soz, "Journalist fined for post", 12 March 2021, https://adilsoz.kz/news/show/id/3284',
      '² See (in Russian): https://rus.azattyq.org/a/31229285.html', '',
    ].join('\n'));
    const result = runScript('scripts/import.ts', [draft, '--org', 'kibhr', '--date', '2021-03', '--root', fixture.root]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('new: content/sources/adilsoz-3284.yaml for https://adilsoz.kz/news/show/id/3284 (footnote 1; title quoted in the note: "Journalist fined for post")');
    expect(result.stdout).toContain('new: content/sources/azattyq-31229285.yaml for https://rus.azattyq.org/a/31229285.html (footnote 2; no title in the note)');
    const quoted = await fixture.read('content/sources/adilsoz-3284.yaml');
    expect(quoted.split('\n').filter((line) => !line.startsWith('#'))).toEqual([
      'draft: true', 'title: Journalist fined for post', 'publisher: Adil Soz', 'date: 2021-03-12',
      'url: https://adilsoz.kz/news/show/id/3284', 'language: en', 'kind: news', '',
    ]);
    expect(quoted).not.toContain('Document at');
    const unsaid = await fixture.read('content/sources/azattyq-31229285.yaml');
    expect(unsaid).toMatch(/^title: "TO FILL IN: the title of the document at rus\.azattyq\.org, in English"$/mu);
    expect(unsaid).toMatch(/^publisher: Radio Azattyq$/mu);
    expect(unsaid).not.toMatch(/^date:/mu);
    const check = runScript('scripts/check.ts', ['--root', fixture.root, '--no-cache']);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('  content/sources/adilsoz-3284.yaml — nothing left to fill in; check it, then remove draft: true (line 3) to publish it');
    expect(check.stdout).toContain('  content/sources/azattyq-31229285.yaml — still to fill in: title (line 4)');
  }, 60_000);

  it('writes nothing with --dry-run', async () => {
    fixture = await smallFixture();
    const before = await fixture.snapshot();
    const result = runScript('scripts/import.ts', [PAPER, '--org', 'kibhr', '--dry-run', '--root', fixture.root]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Would import 2021-11-key-concerns\.txt into content\/briefings\/.* \(--dry-run: nothing was written\)$/mu);
    expect(await fixture.snapshot()).toEqual(before);
  }, 60_000);
});

describe('npm run import refuses, exits 1 and leaves content/ as it was', () => {
  async function refused(args: string[], message: string | RegExp): Promise<void> {
    fixture = await smallFixture();
    const before = await fixture.snapshot();
    const result = runScript('scripts/import.ts', [...args, '--root', fixture.root]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    if (typeof message === 'string') expect(result.stderr.trim()).toBe(message);
    else expect(result.stderr).toMatch(message);
    expect(await fixture.snapshot()).toEqual(before);
  }

  const slow = { timeout: 30_000 };

  it('when the briefing file exists', slow, async () => {
    await refused([PAPER, '--org', 'kibhr', '--id', '2021-11-briefing'],
      'content/briefings/2021-11-briefing.mdx already exists, so nothing was written. Choose another id with --id <new-id>.');
  });

  it('when an organisation does not exist', slow, async () => {
    await refused([PAPER, '--org', 'kibrh'],
      '--org "kibrh" is not a file in content/organisations/; did you mean "kibhr"? known organisations: kibhr. Create content/organisations/kibrh.yaml first if it is new (npm run check explains its fields).');
  });

  it('when no organisation is named', slow, async () => {
    await refused([PAPER], 'Name the organisation(s) that wrote the briefing with --org <id> (repeat --org for several). Known organisations: kibhr.');
  });

  it('when the draft is not a kind of file it reads', slow, async () => {
    await refused([path.join(path.dirname(PAPER), 'paper.pdf'), '--org', 'kibhr'], /^paper\.pdf: the importer reads \.docx, \.txt, \.md, \.markdown files; save the draft/u);
  });

  it('when a .docx is not a Word document, saying so plainly and printing none of its bytes', slow, async () => {
    fixture = await smallFixture();
    const before = await fixture.snapshot();
    const garbage = path.join(fixture.root, 'paper.docx');
    await writeFile(garbage, Buffer.from([0x1b, 0x5b, 0x32, 0x4a, 0x00, 0x07, 0xff, 0x9b, 0x1b, 0x5d, 0x30, 0x3b, 0x07, 0x85, 0x0d, 0x08]));
    const result = runScript('scripts/import.ts', [garbage, '--org', 'kibhr', '--root', fixture.root]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe('paper.docx is not a Word document (.docx): its bytes are not in any format the importer knows. Open it in Word and save it with File > Save As > Word Document (.docx), or save it as plain text (.txt) or Markdown (.md) and import that.');
    expect(result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
    expect(await fixture.snapshot()).toEqual(before);
  });

  it('when --id is not a file name, suggesting one that then works', slow, async () => {
    fixture = await smallFixture();
    for (const id of ['../../x', 'sub/x']) {
      const before = await fixture.snapshot();
      const result = runScript('scripts/import.ts', [PAPER, '--org', 'kibhr', '--id', id, '--root', fixture.root]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^--id ".*" cannot be a file name in content\/briefings\/: it has a slash, which would make a folder.*\. Use lower-case letters a-z, digits and single hyphens, e\.g\. --id [a-z-]+\.$/mu);
      expect(await fixture.snapshot()).toEqual(before);
      const suggestion = /e\.g\. --id ([a-z-]+)\.$/mu.exec(result.stderr)?.[1] ?? '';
      const again = runScript('scripts/import.ts', [PAPER, '--org', 'kibhr', '--id', suggestion, '--root', fixture.root]);
      expect(again.stderr).toBe('');
      expect(again.status).toBe(0);
      expect(again.stdout).toContain(`into content/briefings/${suggestion}.mdx`);
    }
  });

  it('when the date is not a date', slow, async () => {
    await refused([PAPER, '--org', 'kibhr', '--date', '2021-13'], /^--date "2021-13": .*Write it as YYYY-MM-DD, YYYY-MM or YYYY\.$/mu);
  });
});
