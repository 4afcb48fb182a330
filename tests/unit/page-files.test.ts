import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageFiles } from '../../src/site/citations/page-files.ts';

let siteDir: string;
beforeEach(async () => {
  siteDir = await mkdtemp(path.join(tmpdir(), 'briefings-page-files-'));
});
afterEach(async () => {
  await rm(siteDir, { recursive: true, force: true });
});

describe('PageFiles', () => {
  it('writes a file into the folder of its page, creating the folder, and leaves the page alone', async () => {
    await mkdir(path.join(siteDir, 'sources/rferl-1'), { recursive: true });
    await writeFile(path.join(siteDir, 'sources/rferl-1/index.html'), '<p>page</p>');
    const files = new PageFiles(siteDir);
    files.write('sources/rferl-1/', 'cite.ris', 'TY  - NEWS\nTI  - Суд\nER  - \n');
    files.write('briefings/2021-11-key-concerns/', 'cite.bib', '@report{x}');
    expect(await readFile(path.join(siteDir, 'sources/rferl-1/cite.ris'), 'utf8')).toBe('TY  - NEWS\nTI  - Суд\nER  - \n');
    expect(await readFile(path.join(siteDir, 'sources/rferl-1/index.html'), 'utf8')).toBe('<p>page</p>');
    expect(await readdir(path.join(siteDir, 'briefings/2021-11-key-concerns'))).toEqual(['cite.bib']);
  });

  it('reads a page path as an address, percent-escapes and all', async () => {
    new PageFiles(siteDir).write('sources/%D1%81%D1%83%D0%B4/', 'cite.json', '[]');
    expect(await readFile(path.join(siteDir, 'sources/суд/cite.json'), 'utf8')).toBe('[]');
  });

  it('refuses to write outside the page folder, saying which page and file', () => {
    const files = new PageFiles(siteDir);
    expect(() => files.write('../elsewhere/', 'cite.bib', '')).toThrow(/"cite\.bib" for the page "\.\.\/elsewhere\/"/);
    expect(() => files.write('sources/x/', '../../escape.bib', '')).toThrow(/outside the page's folder/);
    expect(() => files.write('sources/x/', 'nested/cite.bib', '')).toThrow(/outside the page's folder/);
  });

  it("writes the home page's files at the top of the site", async () => {
    new PageFiles(siteDir).write('', 'bibliography.bib', '@misc{x}');
    expect(await readFile(path.join(siteDir, 'bibliography.bib'), 'utf8')).toBe('@misc{x}');
  });
});
