import { describe, expect, it } from 'vitest';
import { readHtmlDraft } from '../../../src/import/html-draft.ts';
import { readMarkdownDraft } from '../../../src/import/markdown-draft.ts';
import { formatImportReport } from '../../../src/import/report.ts';
import { readTextDraft } from '../../../src/import/text-draft.ts';
import { bodyOf, compiles, plan } from './helpers.ts';

/** The summary's line about footnotes. */
function footnoteLine(summary: string): string {
  return summary.split('\n').find((line) => line.startsWith('  Footnotes:')) ?? '';
}

describe('marks and notes that do not match', () => {
  const draft = [
    'Paper title', '',
    'Intro text with a mark.¹ And a bracket [5] mark.', '',
    'Recommendations', '',
    'The authorities should:', '',
    '- Stop.', '',
    '¹ First note.', '',
    '² A note nobody marks.', '',
    '7 A plain note line with no mark.', '',
  ].join('\n');

  it('keeps a note line without a mark among the notes, never inside <Recommendations>, and lists it with its line', async () => {
    const result = await plan(readTextDraft(draft));
    const body = bodyOf(result);
    expect(body).toContain('## Recommendations\n\n<Recommendations>\n  The authorities should:\n\n  - Stop.\n</Recommendations>\n\n[^1]: First note.\n\n[^2]: A note nobody marks.\n\n[^7]: A plain note line with no mark.');
    expect(result.report.footnotesIn).toBe(3);
    expect(result.report.footnotesOut).toBe(3);
    expect(result.report.warnings).toContain('line 13: note 2 is marked nowhere in the text; it was kept among the notes as [^2]. Add [^2] where it belongs in the text, or delete the note.');
    expect(result.report.warnings).toContain('line 15: note 7 is marked nowhere in the text; it was kept among the notes as [^7]. Add [^7] where it belongs in the text, or delete the note.');
    await compiles(result.files[0]?.text ?? '');
  });

  it('lists a [5] mark with no note, with its line, and keeps it as text', async () => {
    const result = await plan(readTextDraft(draft));
    expect(bodyOf(result)).toContain('Intro text with a mark.[^1] And a bracket \\[5] mark.');
    expect(result.report.warnings).toContain('line 3: the mark [5] has no note numbered 5; it was kept as text (written \\[5] in the briefing). Add the note, or remove the mark.');
  });

  it('says in the footnote line of the summary how many notes and marks do not match, and where', async () => {
    const result = await plan(readTextDraft(draft));
    expect(footnoteLine(formatImportReport(result.report, 'draft.txt', true))).toBe(
      '  Footnotes: 3 in the draft, 3 in the briefing (all kept); 2 notes are marked nowhere in the text (lines 13, 15) and 1 mark has no note (line 3): see the warnings.',
    );
    const clean = await plan(readTextDraft('T\n\nText.¹\n\n¹ A note.'));
    expect(footnoteLine(formatImportReport(clean.report, 'draft.txt', true))).toBe('  Footnotes: 1 in the draft, 1 in the briefing (all kept).');
  });

  it('keeps a second note with the same number as text where it stands, outside <Recommendations>, and says so', async () => {
    const result = await plan(readTextDraft([
      'T', '', 'Text.¹ More.²', '', 'Recommendations', '', '- Stop.', '',
      '¹ First.', '', '² Second.', '', '² Second again.', '', '2 And again.', '',
    ].join('\n')));
    const body = bodyOf(result);
    expect(body).toContain('<Recommendations>\n  - Stop.\n</Recommendations>\n\n² Second again.\n\n2 And again.\n\n[^1]: First.');
    expect(result.report.warnings).toContain('line 13: a second note numbered 2 (the first is on line 11); it was kept as a paragraph of text where it stands. Renumber one of the notes and its mark.');
    expect(result.report.warnings).toContain('line 15: a second note numbered 2 (the first is on line 11); it was kept as a paragraph of text where it stands. Renumber one of the notes and its mark.');
  });

  it('lists the unmatched marks and notes of a Markdown draft with their lines', async () => {
    const result = await plan(readMarkdownDraft('# T\n\nText.[^a] More.[^b] And [3].\n\n[^a]: A note.\n\n[^c]: Nobody cites this.\n'));
    expect(result.report.warnings).toContain('line 3: the mark [^b] has no note [^b]; it was kept as text (written \\[^b] in the briefing). Add the note, or remove the mark.');
    expect(result.report.warnings).toContain('line 3: the mark [3] has no note numbered 3; it was kept as text (written \\[3] in the briefing). Add the note, or remove the mark.');
    expect(result.report.warnings).toContain('line 7: note c is marked nowhere in the text; it was kept among the notes as [^c]. Add [^c] where it belongs in the text, or delete the note.');
  });

  it('lists those of a Word document by the words around them, having no lines', async () => {
    const result = await plan(readHtmlDraft('<h1>T</h1><p>Text with a typed mark [3].</p><ol><li id="footnote-1"><p>A note nobody marks.</p></li></ol>'));
    expect(result.report.warnings).toContain('in the paragraph "Text with a typed mark [3].": the mark [3] has no note numbered 3; it was kept as text (written \\[3] in the briefing). Add the note, or remove the mark.');
    expect(result.report.warnings).toContain('note 1 is marked nowhere in the text; it was kept among the notes as [^1]. Add [^1] where it belongs in the text, or delete the note.');
  });
});
