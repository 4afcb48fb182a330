import { describe, expect, it } from 'vitest';
import { readMarkdownDraft } from '../../../src/import/markdown-draft.ts';
import { bodyOf, compiles, plan } from './helpers.ts';

describe('reading a Markdown draft', () => {
  it('takes the first heading as the title and moves the other headings up to ##', async () => {
    const draft = readMarkdownDraft('# The title\n\n## Section\n\n### Below\n\nText.[^a]\n\n[^a]: A note: https://example.org/x\n');
    expect(draft.title).toBe('The title');
    expect(draft.footnotesIn).toBe(1);
    const body = bodyOf(await plan(draft));
    expect(body).toContain('## Section\n\n### Below\n\nText.[^a]');
    expect(body).toContain('[^a]: A note: https://example.org/x');
  });

  it('takes the title from frontmatter when there is one', () => {
    expect(readMarkdownDraft('---\ntitle: From frontmatter\n---\n\nText.').title).toBe('From frontmatter');
  });

  it('keeps raw HTML and autolinks as text and links that MDX can read', async () => {
    const result = await plan(readMarkdownDraft('# T\n\nA <span>tag</span>, <https://example.org/a> and {x}.\n\n<div>block</div>\n'));
    const body = bodyOf(result);
    expect(body).toContain('A \\<span>tag\\</span>, https://example.org/a and \\{x}.');
    expect(body).toContain('\\<div>block\\</div>');
    await compiles(result.files[0]?.text ?? '');
  });
});
