import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanText, importDraft } from '../../../src/lib/import/index.ts';
import { smallFixture, type ProjectFixture } from '../../helpers/project-fixture.ts';

let fixture: ProjectFixture;
beforeEach(async () => {
  fixture = await smallFixture();
});
afterEach(async () => {
  await fixture.dispose();
});

describe('importing a draft into a project', () => {
  it('lists what npm run check will say about the new files among the warnings', async () => {
    const draft = path.join(fixture.root, 'draft.txt');
    await writeFile(draft, 'A paper\n\nText without a mark.\n\n¹ A note nobody marks.\n');
    const { report, written } = await importDraft(draft, { root: fixture.root, organisations: ['kibhr'], linkCases: false, today: '2025-11-23' });
    expect(written).toBe(true);
    expect(report.warnings).toContain('line 5: note 1 is marked nowhere in the text; it was kept among the notes as [^1]. Add [^1] where it belongs in the text, or delete the note.');
    expect(report.warnings).toContain('npm run check will report: content/briefings/a-paper.mdx:17: footnote [^1] is defined but never cited; add [^1] where it belongs in the text, or delete the note');
  });

  it('reads text with Windows line breaks, a byte-order mark and stray control characters', () => {
    const warnings: string[] = [];
    expect(cleanText('\uFEFFTitle\r\nText\u0007 here.\r\n', warnings)).toBe('Title\nText  here.\n');
    expect(warnings).toEqual(['1 control character(s) in the draft were replaced by spaces.']);
  });
});
