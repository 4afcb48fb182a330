import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentFixture, type ContentFixture } from '../helpers/content-fixture.ts';
import { runScript } from '../helpers/run.ts';

let fixture: ContentFixture;
beforeEach(async () => {
  fixture = await contentFixture();
});
afterEach(async () => {
  await fixture.dispose();
});

describe('npm run check', () => {
  it('exits 0 and says so when the content is valid', () => {
    const result = runScript('scripts/check.ts', ['--root', fixture.root]);
    expect(result.stdout).toMatch(/^Checked 10 content files: no problems\.$/m);
    expect(result.status).toBe(0);
  });

  it('reports every problem of every file in one run and exits 1', async () => {
    await fixture.edit('content/cases/max-bokayev.mdx', (t) => t.replace('law: cc-174', 'law: cc-4055').replace('  - date: 2021-02\n', '  - date: 2021-02-30\n'));
    await fixture.edit('content/briefings/2021-11-briefing.mdx', (t) => t.replace('See (in Russian): https://bureau.kz/', 'See (in Russian): http://ttps://bureau.kz/'));
    const result = runScript('scripts/check.ts', ['--root', fixture.root]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'content/briefings/2021-11-briefing.mdx:27: "http://ttps://bureau.kz/novosti/sobstvennaya_informaciya/on_vyshel_chtoby_vernutsya/" has a second scheme inside it (a copy-and-paste typo); keep one, e.g. https://bureau.kz/novosti/sobstvennaya_informaciya/on_vyshel_chtoby_vernutsya/',
      'content/cases/max-bokayev.mdx:14: charges[0].law: "cc-4055" does not exist in content/laws/; known: cc-174, cc-274',
      'content/cases/max-bokayev.mdx:22: timeline[1].date: "2021-02-30" is not a real date: February 2021 has 28 days',
      '',
      '3 problems in 2 of 10 content files. Fix them and run `npm run check` again.',
    ]);
  });

  it('reports a field error together with the text\'s problems, a symbolic link, a file that is not text, a made-up language and a bad file name, and exits 1', async () => {
    await fixture.edit('content/briefings/2021-11-briefing.mdx', (t) => t.replace('published: 2021-11', 'published: 2021-13').replace('converted to a fine.[^20]', 'converted to a fine.[^20][^21]').replace('<Recommendations>', '<Recomendations>').replace('</Recommendations>', '</Recomendations>'));
    await fixture.edit('content/sources/azattyq-31110144.yaml', (t) => t.replace('language: ru', 'language: xx'));
    await fixture.write('content/cases/new_case.mdx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    await symlink(path.join(fixture.root, 'content/topics/freedom-of-expression.yaml'), path.join(fixture.root, 'content/topics/free-speech.yaml'));
    const result = runScript('scripts/check.ts', ['--root', fixture.root]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'content/briefings/2021-11-briefing.mdx:4: published: "2021-13" has no month 13; months run from 01 to 12',
      'content/briefings/2021-11-briefing.mdx:17: footnote [^21] is cited but has no note; add a line "[^21]: ..." below the text, or remove the mark',
      'content/briefings/2021-11-briefing.mdx:19: <Recomendations> is not a component of the archive; use one of: <Case>, <Recommendations>',
      'content/cases/new_case.mdx: the file name "new_case" has underscores; the name is the id other files use and the last part of the page\'s address, written in lowercase a–z, digits and hyphens, so rename the file to new-case.mdx',
      'content/cases/new_case.mdx:1: is not text: it is an old Word document (.doc), or another old Office file, renamed to .mdx, and a .mdx file is Markdown text with a frontmatter of fields. Delete it; for a Word draft of a briefing, save it as .docx in Word, then run `npm run import -- <the .docx file> --org <organisation>`, which writes the .mdx file for you',
      'content/sources/azattyq-31110144.yaml:4: language: "xx" is not the code of any language; write the two-letter code (ISO 639) of the document\'s language, e.g. en (English), ru (Russian), kk (Kazakh) or de (German)',
      `content/topics/free-speech.yaml: is a symbolic link to ${fixture.root}/content/topics/freedom-of-expression.yaml; the archive publishes only files that are really in content/ (a link could publish any file of the computer it is built on), so copy the file into content/ instead of linking to it`,
      '',
      '7 problems in 4 of 11 content files. Fix them and run `npm run check` again.',
    ]);
  });

  it('lists each draft with what it still needs, by field and line, as information, and exits 0', async () => {
    await fixture.write('content/briefings/2025-11-draft.mdx', [
      '---', 'draft: true', 'title: A paper still being written', 'kind: briefing-paper',
      'published: "TO FILL IN: the publication date"', 'organisations: [kibhr]',
      'summary: "TO FILL IN: two to four sentences"', 'original:', '  publisher: KIBHR', '---', '',
      '## Summary', '', 'TO FILL IN: the text of the paper.[^1]', '',
      '[^1]: See https://adilsoz.kz/news/show/id/3284', '',
    ].join('\n'));
    await fixture.write('content/sources/adilsoz-3284.yaml', 'draft: true\ntitle: "TO FILL IN: the title in English"\npublisher: Adil Soz\nurl: https://adilsoz.kz/news/show/id/3284\nlanguage: ru\nkind: news\n');
    const result = runScript('scripts/check.ts', ['--root', fixture.root]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([
      'Checked 12 content files: no problems.',
      '',
      'Drafts (not published; a build for publication leaves them out): 2 files',
      '  content/briefings/2025-11-draft.mdx — still to fill in: published (line 5), summary (line 7), text (line 14); publish it together with the draft it refers to: content/sources/adilsoz-3284.yaml',
      '  content/sources/adilsoz-3284.yaml — still to fill in: title (line 2)',
    ]);
  });

  it('refuses a placeholder in a file that is not a draft, in its fields and in its text, saying what to do', async () => {
    await fixture.edit('content/cases/talgat-ayan.mdx', (t) => t.replace('summary: Civil society activist sentenced with Max Bokayev in 2016.', 'summary: "TO FILL IN: one or two sentences: who they are and what happened to them"')
      .replace('Talgat Ayan is a civil society activist.', 'TO FILL IN: the story of the case in a few paragraphs.'));
    await fixture.edit('content/laws/cc-274.yaml', (t) => t.replace(/^description: .*$/mu, 'description: "TO FILL IN: what the article punishes"'));
    const result = runScript('scripts/check.ts', ['--root', fixture.root]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'content/cases/talgat-ayan.mdx:6: summary: still says "TO FILL IN: one or two sentences: who they are and what…"; write what it asks for, or add draft: true at the top of the file to keep it off the public site until it is ready',
      'content/cases/talgat-ayan.mdx:19: the text still says "TO FILL IN: the story of the case in a few paragraphs."; write what it asks for, or add draft: true at the top of the file to keep it off the public site until it is ready',
      expect.stringMatching(/^content\/laws\/cc-274\.yaml:\d+: description: still says "TO FILL IN: what the article punishes"; write what it asks for$/u),
      '',
      '3 problems in 2 of 10 content files. Fix them and run `npm run check` again.',
    ]);
  });

  it('refuses a published briefing that cites a draft source or lists a draft case, naming both files and what to do', async () => {
    await fixture.edit('content/sources/azattyq-31110144.yaml', (t) => `draft: true\n${t}`);
    await fixture.edit('content/cases/max-bokayev.mdx', (t) => t.replace('---\n', '---\ndraft: true\n'));
    const result = runScript('scripts/check.ts', ['--root', fixture.root]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toContain('content/briefings/2021-11-briefing.mdx:8: cases[0]: "max-bokayev" is content/cases/max-bokayev.mdx, a draft (draft: true) that the public site leaves out, so the link would lead nowhere; publish it too (fill it in and remove draft: true) or remove the reference');
    expect(lines).toContain('content/briefings/2021-11-briefing.mdx:16: <Case id="max-bokayev"> names content/cases/max-bokayev.mdx, a draft (draft: true) that the public site leaves out, so the link would lead nowhere; publish it too (fill it in and remove draft: true) or remove the reference');
    expect(lines).toContain('content/briefings/2021-11-briefing.mdx:25: footnote [^57] cites https://rus.azattyq.org/a/kazakhstan-sud-nalozhil-noviye-ogranicheniya-na-maksa-bokaeva/31110144.html, the address of content/sources/azattyq-31110144.yaml, a draft (draft: true) that the public site leaves out, so the link would lead nowhere; publish it too (fill it in and remove draft: true) or remove the reference');
    expect(lines.filter((line) => line.startsWith('content/')).every((line) => line.includes('a draft (draft: true)'))).toBe(true);
    expect(lines).toContain('Drafts (not published; a build for publication leaves them out): 2 files');
  });
});
