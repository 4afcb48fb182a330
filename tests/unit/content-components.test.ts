import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownConfigDefaults } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { contentProcessor, markdownProcessor } from '../../src/markdown/pipeline.ts';
import { repoRoot } from '../helpers/content-fixture.ts';

/** Renders an `.mdx` body as the build does (src/loaders/mdx-html.ts), as if it were `file` in the project. */
async function render(body: string, options: { base?: string; file?: string; frontmatter?: Record<string, unknown> } = {}): Promise<string> {
  const base = options.base ?? '/';
  const renderer = await contentProcessor(markdownProcessor({ base, sources: [] }), base).createRenderer(markdownConfigDefaults);
  const fileURL = pathToFileURL(path.join(repoRoot, options.file ?? 'content/briefings/2021-test.mdx'));
  return (await renderer.render(body, { fileURL, frontmatter: options.frontmatter ?? {} })).code;
}

describe('content components rendered to HTML', () => {
  it('renders a <Case> mention as the same link the Case component rendered', async () => {
    expect(await render('He met <Case id="max-bokayev">Max Bokayev</Case> in prison.')).toBe(
      '<p>He met <a class="case-mention" id="mention-max-bokayev-1" href="/cases/max-bokayev/">Max Bokayev</a> in prison.</p>',
    );
  });

  it('numbers a second mention of the same case and links under a mirror’s base path', async () => {
    const html = await render('<Case id="max-bokayev">Bokayev</Case> and <Case id="max-bokayev">him</Case>', { base: '/mirror/kz/' });
    expect(html).toContain('<a class="case-mention" id="mention-max-bokayev-2" href="/mirror/kz/cases/max-bokayev/">him</a>');
  });

  it('wraps recommendations in the block the Recommendations component rendered', async () => {
    const html = await render('<Recommendations>\n\nThe authorities should:\n\n- release him\n\n</Recommendations>');
    expect(html.replace(/\n/g, '')).toBe('<div class="recommendations"><p>The authorities should:</p><ul><li>release him</li></ul></div>');
  });

  it('drops comments for editors', async () => {
    expect(await render('Before.\n\n{/* check the date with KIBHR */}\n\nAfter {/* inline */}text.')).toBe('<p>Before.</p>\n<p>After text.</p>');
  });

  it('labels footnotes in the language of the document', async () => {
    const html = await render('Text.[^1]\n\n[^1]: Note.', { frontmatter: { language: 'ru' } });
    expect(html).toContain('Примечания');
  });

  it('stops at an unknown component, naming the file, the line and the components there are', async () => {
    await expect(render('# Title\n\nText.\n\n<Chart data="x" />', { file: 'content/briefings/2021-chart.mdx' })).rejects.toThrow(
      'content/briefings/2021-chart.mdx:5: <Chart> is not a component of the archive; use one of: <Case>, <Recommendations>',
    );
  });

  it('stops at a <Case> without an id and at an expression', async () => {
    await expect(render('<Case>Max</Case>')).rejects.toThrow('content/briefings/2021-test.mdx:1: <Case> needs an id written as text');
    await expect(render('Sentenced to {years} years.')).rejects.toThrow('content/briefings/2021-test.mdx:1: {years} is an expression');
    await expect(render('import Chart from "./chart.astro"\n\nText.')).rejects.toThrow('import and export statements are not allowed');
  });
});
