import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadPage } from '../helpers/built-site.ts';
import { runAstro } from '../helpers/run.ts';

const siteDir = inject('siteDir');

describe('the public build and the browser editor', () => {
  it('contains no editor: no admin route, no editor endpoint and no "keystatic" anywhere in dist/', async () => {
    const files = (await readdir(siteDir, { recursive: true })).map(String);
    expect(files.filter((f) => /(^|\/)(keystatic|_editor|api)(\/|$)/i.test(f))).toEqual([]);
    const offending: string[] = [];
    for (const file of files.filter((f) => /\.(html|js|css|json|xml|txt|csv|bib|webmanifest)$/.test(f))) {
      const text = await readFile(path.join(siteDir, file), 'utf8');
      if (/keystatic|\/_editor\//i.test(text)) offending.push(file);
    }
    expect(offending).toEqual([]);
  });

  it('refuses to build with the editor turned on, saying what to do', () => {
    const result = runAstro(['build', '--outDir', path.join(siteDir, '../refused-editor-build')], { BRIEFINGS_EDIT: '1' });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('BRIEFINGS_EDIT=1 is for the editor (npm run edit) only: unset it to build the site, which never contains the editor.');
  });

  it('start the staff guide from the browser editor, keeping the command line for developers', async () => {
    const $ = await loadPage(siteDir, 'publishing/index.html');
    const sections = $('main h2').toArray().map((h) => $(h).attr('id'));
    expect(sections.slice(0, 3)).toEqual(['steps-heading', 'editor', 'command-line']);
    expect($('section[aria-labelledby="editor"] code').first().text()).toBe('npm run edit');
  });
});
