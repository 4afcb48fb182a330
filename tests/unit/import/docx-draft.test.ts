import { describe, expect, it } from 'vitest';
import { readDocxDraft } from '../../../src/lib/import/docx-draft.ts';
import { readHtmlDraft } from '../../../src/lib/import/html-draft.ts';
import { Refusal } from '../../../src/lib/refusal.ts';
import { briefingDocx } from '../../helpers/docx.ts';
import { bodyOf, compiles, plan } from './helpers.ts';

const notes = [
  { text: 'See (in Russian): https://rus.azattyq.org/a/31115496.html' },
  { text: 'The report: ', link: { words: 'Amnesty International', url: 'https://www.amnesty.org/en/documents/eur57/3375/2020/en/' } },
  { text: 'Mistyped in the original: http://ttps://bureau.kz/novosti/new-report/' },
];

describe('reading a Word draft', () => {
  it('turns Word footnotes into GFM footnotes, as many out as in', async () => {
    const draft = await readDocxDraft(await briefingDocx(notes), 'draft.docx');
    expect(draft.footnotesIn).toBe(3);
    const result = await plan(draft, { draftName: 'draft.docx' });
    expect(result.report.footnotesOut).toBe(3);
    const body = bodyOf(result);
    expect(body).toContain('Max Bokayev remains under restrictions.[^1]');
    expect(body).toContain('Further sources are cited here.[^2][^3]');
    expect(body).toContain('[^1]: See (in Russian): https://rus.azattyq.org/a/31115496.html');
    expect(body).toContain('[^2]: The report: [Amnesty International](https://www.amnesty.org/en/documents/eur57/3375/2020/en/)');
    expect(body).toContain('[^3]: Mistyped in the original: https://bureau.kz/novosti/new-report/');
    expect(body).not.toContain('↑');
  });

  it('keeps the title, headings, emphasis, links, lists, tables and quotations', async () => {
    const draft = await readDocxDraft(await briefingDocx(notes), 'draft.docx');
    expect(draft.title).toBe('Civil society under pressure in Kazakhstan');
    const result = await plan(draft, { draftName: 'draft.docx' });
    const body = bodyOf(result);
    expect(body).toMatch(/^## Summary$/mu);
    expect(body).toMatch(/^### Cases$/mu);
    expect(body).toContain('Max Bokayev remains under restrictions.[^1] Braces \\{like this} and \\<angle> text stay as text. **Read more** *below.*');
    expect(body).toContain('The [IPHR website](https://www.iphronline.org/) has more.');
    expect(body).toContain('- Talgat Ayan was released.\n- Others remain in prison.');
    expect(body).toMatch(/\| Name +\| Sentence +\|\n\| -+ \| -+ \|\n\| Max Bokayev \| 5 years \\\| served \|/u);
    expect(body).toContain('> Freedom is not a crime.');
    expect(body).toContain('## Recommendations\n\n<Recommendations>\n  - Lift the restrictions on Max Bokayev.\n</Recommendations>');
    expect(result.report.warnings.join('\n')).toMatch(/1 table\(s\) had no header row/u);
    await compiles(result.files[0]?.text ?? '');
  });

  it('escapes braces and angle brackets of the Word text so the briefing compiles', async () => {
    const result = await plan(await readDocxDraft(await briefingDocx(notes), 'draft.docx'));
    expect(bodyOf(result)).toContain('Braces \\{like this} and \\<angle> text stay as text.');
  });

  it('reuses the source record of a known address and prepares one for each new address', async () => {
    const result = await plan(await readDocxDraft(await briefingDocx(notes), 'draft.docx'), { draftName: 'draft.docx' });
    expect(result.report.sources.reused).toEqual([{ id: 'azattyq-31115496', url: 'https://rus.azattyq.org/a/31115496.html', notes: ['1'] }]);
    expect(result.files.map((f) => f.path)).toEqual([
      'content/briefings/civil-society-under-pressure-in-kazakhstan.mdx',
      'content/sources/amnesty-en.yaml',
      'content/sources/bureau-new-report.yaml',
    ]);
    expect(result.files[2]?.text).toBe([
      '# Made by npm run import from draft.docx (footnote 3). The note gives no title:',
      '# check it, the publisher and the date against the document, fill in each TO FILL IN, then remove draft: true.',
      'draft: true', 'title: "TO FILL IN: the title of the document at bureau.kz, in English"',
      'publisher: "TO FILL IN: who published it (the address is on bureau.kz)"', 'url: https://bureau.kz/novosti/new-report/', 'language: en', 'kind: news',
      'note: The briefing\'s note gave this address mistyped, as http://ttps://bureau.kz/novosti/new-report/; it is corrected here.',
      '',
    ].join('\n'));
  });

  it('refuses a file that is not a Word document, saying what to do', async () => {
    await expect(readDocxDraft(Buffer.from('not a zip'), 'paper.docx')).rejects.toThrow(Refusal);
    await expect(readDocxDraft(Buffer.from('not a zip'), 'paper.docx')).rejects.toThrow(/paper\.docx cannot be read as a Word document .*save it again as \.docx/u);
  });

  it('reads endnotes as notes too', () => {
    const draft = readHtmlDraft('<h1>T</h1><p>Text<sup><a href="#endnote-1" id="endnote-ref-1">[1]</a></sup></p><ol><li id="endnote-1"><p>An endnote. <a href="#endnote-ref-1">↑</a></p></li></ol>');
    expect(draft.title).toBe('T');
    expect(draft.footnotesIn).toBe(1);
    expect(draft.tree.children.map((n) => n.type)).toEqual(['paragraph', 'footnoteDefinition']);
  });
});
