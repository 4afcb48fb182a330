import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFootnotes } from '../../src/lib/footnotes.ts';
import { parseMdx } from '../../src/lib/mdx-syntax.ts';
import { loadPage } from '../helpers/built-site.ts';
import { repoRoot } from '../helpers/content-fixture.ts';
import { runScript } from '../helpers/run.ts';

let siteDir: string;

/** The text of a PDF, with every space and line break removed so wrapped addresses read whole. */
async function pdfText(file: string): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: new Uint8Array(await readFile(file)), useSystemFonts: true }).promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
  }
  return { pages: pdf.numPages, text: text.replace(/\s+/g, '') };
}

beforeAll(async () => {
  siteDir = await mkdtemp(path.join(tmpdir(), 'briefings-pdf-'));
  const result = runScript('scripts/pdf.ts', ['--outDir', siteDir]);
  if (result.status !== 0) throw new Error(`npm run pdf failed:\n${result.stdout}\n${result.stderr}`);
});

afterAll(async () => {
  await rm(siteDir, { recursive: true, force: true });
});

describe('npm run pdf', () => {
  it('prints the 2021 paper with its title, page numbers and every footnote address', async () => {
    const { pages, text } = await pdfText(path.join(siteDir, 'pdf/2021-11-key-concerns-and-recommendations.pdf'));
    expect(pages).toBeGreaterThan(5);
    expect(text).toContain('Keyconcernsandrecommendationsontheprotectionoffundamentalrightsin'.replace(/\s/g, ''));
    expect(text).toContain(`Page1of${pages}`);
    const source = await readFile(path.join(repoRoot, 'content/briefings/2021-11-key-concerns-and-recommendations.mdx'), 'utf8');
    const urls = collectFootnotes(parseMdx(source)).notes.flatMap((note) => note.cites.map((c) => c.url)).filter((url) => url.startsWith('http'));
    expect(urls.length).toBeGreaterThan(60);
    const missing = urls.filter((url) => !text.includes(decodeURI(url).replace(/\s+/g, '')) && !text.includes(url));
    expect(missing).toEqual([]);
  });

  it('prints every briefing, and each page links to its PDF and announces it to citation tools', async () => {
    const briefings = (await readdir(path.join(siteDir, 'briefings'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
    for (const id of briefings) {
      const file = path.join(siteDir, `pdf/${id}.pdf`);
      expect(existsSync(file), id).toBe(true);
      const { pages, text } = await pdfText(file);
      expect(pages, id).toBeGreaterThan(0);
      const $ = await loadPage(siteDir, `briefings/${id}/index.html`);
      expect(text, id).toContain($('h1').text().replace(/\s+/g, ''));
      expect($('a.pdf-edition').attr('href'), id).toBe(`/pdf/${id}.pdf`);
      expect($('meta[name="citation_pdf_url"]').attr('content'), id).toBe(`https://archive.test/pdf/${id}.pdf`);
    }
  });
});
