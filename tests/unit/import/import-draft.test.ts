import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import { cleanText, importDraft } from '../../../src/import/index.ts';
import { formatProblem } from '../../../src/lib/problems.ts';
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

  it('writes one source record for a document its notes cite over http:// and https://, keeps each note as written, and passes the check', async () => {
    const draft = path.join(fixture.root, 'draft.txt');
    await writeFile(draft, 'A paper\n\nA claim.¹ Another.² An existing one.³\n\n¹ See http://example.org/report/\n² See https://example.org/report\n³ See http://rus.azattyq.org/a/kazakhstan-sud-nalozhil-noviye-ogranicheniya-na-maksa-bokaeva/31110144.html\n');
    const { report } = await importDraft(draft, { root: fixture.root, organisations: ['kibhr'], linkCases: false, today: '2025-11-23' });
    expect(report.sources.created.map((s) => [s.id, s.record.url, s.notes])).toEqual([['example-report', 'https://example.org/report', ['1', '2']]]);
    expect(report.sources.reused.map((s) => [s.id, s.notes])).toEqual([['azattyq-31110144', ['3']]]);
    expect((await readdir(path.join(fixture.root, 'content/sources'))).filter((f) => f.startsWith('example'))).toEqual(['example-report.yaml']);
    const text = await fixture.read('content/briefings/a-paper.mdx');
    expect(text).toContain('[^1]: See http://example.org/report/');
    expect(text).toContain('[^3]: See http://rus.azattyq.org/a/');
    expect(report.warnings.filter((w) => w.includes('(the same document)'))).toHaveLength(2);
    expect((await checkContent(fixture.root)).problems.filter((p) => p.rule === 'citations').map(formatProblem)).toEqual([]);
  });

  it('reads text with Windows line breaks, a byte-order mark and stray control characters', () => {
    const warnings: string[] = [];
    expect(cleanText('\uFEFFTitle\r\nText\u0007 here.\r\n', warnings)).toBe('Title\nText  here.\n');
    expect(warnings).toEqual(['1 control character(s) in the draft were replaced by spaces.']);
  });
});
