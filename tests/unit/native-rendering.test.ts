import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownConfigDefaults, parseFrontmatter, unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { describe, expect, it, vi } from 'vitest';
import { readSourceSummaries } from '../../src/loaders/source-summaries.ts';
import { contentProcessor, markdownProcessor, type ContentParser } from '../../src/markdown/pipeline.ts';
import { smartPunctuationFor } from '../../src/markdown/remark-native-parse.ts';
import { takeBriefingText } from '../../src/markdown/remark-briefing-text.ts';
import { repoRoot } from '../helpers/content-fixture.ts';

const sources = await readSourceSummaries(path.join(repoRoot, 'content'));

/** The site's content renderer, parsing with Sätteri or remark, with or without smart punctuation. */
async function renderer(parser: ContentParser, smartypants = true): Promise<MarkdownRenderer> {
  const markdown = markdownProcessor({ base: '/', sources });
  const processor = smartypants ? markdown : unified({ ...markdown.options, smartypants: false });
  return contentProcessor(processor, '/', parser).createRenderer(markdownConfigDefaults);
}

/** What rendering a file gives pages: its HTML, headings, footnotes and case mentions, or the error. */
async function rendering(render: MarkdownRenderer, file: string) {
  const parsed = parseFrontmatter(await readFile(file, 'utf8'), { frontmatter: 'empty-with-spaces' });
  try {
    const result = await render.render(parsed.content, { frontmatter: parsed.frontmatter, fileURL: pathToFileURL(file) });
    return { html: result.code, headings: result.metadata.headings, text: takeBriefingText(file) };
  } catch (error) {
    return { error: String(error).split('\n')[0] };
  }
}

async function mdxFiles(folder: string): Promise<string[]> {
  const names = (await readdir(path.join(repoRoot, folder), { recursive: true })).filter((name) => name.endsWith('.mdx')).sort();
  return names.map((name) => path.join(repoRoot, folder, name));
}

const html = async (render: MarkdownRenderer, body: string) => (await render.render(body)).code;

describe('rendering briefings and cases with Sätteri', () => {
  it('gives the HTML, headings, footnotes and case mentions that remark gives, for every bundled and fixture text', async () => {
    // Astro's renderer prints every syntax error before throwing it; the tricky fixtures have some.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const [native, remark] = [await renderer('native', false), await renderer('remark', false)];
    const files = [...(await mdxFiles('content')), ...(await mdxFiles('tests/fixtures'))];
    expect(files.length).toBeGreaterThan(50);
    let rendered = 0;
    for (const file of files) {
      const expected = await rendering(remark, file);
      expect({ file, ...(await rendering(native, file)) }).toEqual({ file, ...expected });
      if ('html' in expected) rendered++;
    }
    // Most files render; the tricky fixtures that do not must fail the same way.
    expect(rendered).toBeGreaterThan(files.length - 5);
  });

  it('records footnotes with what they cite and case mentions with their sections', async () => {
    const native = await renderer('native');
    const file = path.join(repoRoot, 'content/briefings/2021-11-key-concerns-and-recommendations.mdx');
    const { text } = await rendering(native, file) as { text: { notes: Array<{ label: string; cites: unknown[] }>; mentions: Array<{ caseId: string; anchor: string; section?: { slug: string } }> } };
    expect(text.notes).toHaveLength(59);
    expect(text.notes.filter((note) => note.cites.length > 0).length).toBeGreaterThan(50);
    expect(text.mentions.length).toBeGreaterThan(10);
    expect(text.mentions.every((m) => m.anchor.startsWith(`mention-${m.caseId}-`) && m.section?.slug)).toBe(true);
  });

  it('sets quotes, dashes and ellipses as typographers do, and leaves addresses and code alone', async () => {
    const native = await renderer('native');
    expect(await html(native, '"Free" speech -- 2013--2021 --- isn\'t... `"code"`')).toBe('<p>“Free” speech – 2013–2021 — isn’t… <code>"code"</code></p>');
    expect(await html(native, 'See https://www.ilo.org/wcmsp5/groups/public/---ed_norm/---relconf/x.pdf.')).toContain('>https://www.ilo.org/wcmsp5/groups/public/---ed_norm/---relconf/x.pdf</a>');
  });

  it('refuses SmartyPants settings that Sätteri cannot reproduce, saying what to write instead', () => {
    expect(smartPunctuationFor({ dashes: 'oldschool', backticks: false })).toEqual({ quotes: true, dashes: true, ellipses: true });
    expect(smartPunctuationFor(false)).toBe(false);
    expect(() => smartPunctuationFor(true)).toThrow(/dashes: true, backticks: true\) have no equivalent .*use \{ dashes: 'oldschool', backticks: false \}/);
  });
});
