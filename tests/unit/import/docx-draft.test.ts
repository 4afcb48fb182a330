import AdmZip from 'adm-zip';
import { describe, expect, it } from 'vitest';
import { readDocxDraft } from '../../../src/import/docx-draft.ts';
import { readHtmlDraft } from '../../../src/import/html-draft.ts';
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

  describe('refuses a file that is not a Word document, saying plainly what it is and what to do, with no raw bytes', () => {
    const save = 'Open it in Word and save it with File > Save As > Word Document (.docx), or save it as plain text (.txt) or Markdown (.md) and import that.';
    const zip = (entries: Record<string, string>) => {
      const archive = new AdmZip();
      for (const [name, text] of Object.entries(entries)) archive.addFile(name, Buffer.from(text));
      return archive.toBuffer();
    };
    const garbage = Buffer.from([0x1b, 0x5b, 0x33, 0x31, 0x6d, 0x00, 0x07, 0xff, 0xfe, 0x9b, 0x08, 0x50, 0x4b, 0x0d, 0x0a, 0x7f, 0x85, 0xe2]);
    const damaged = zip({ 'word/document.xml': '\u001b[2J\u0000 not xml', '[Content_Types].xml': '<Types/>' });
    it.each([
      ['random bytes', garbage, `paper.docx is not a Word document (.docx): its bytes are not in any format the importer knows. ${save}`],
      ['an empty file', Buffer.alloc(0), `paper.docx is empty (0 bytes), so it is not a Word document (.docx). ${save}`],
      ['a zip archive of other files', zip({ 'notes.txt': 'hello\u001b[31m' }), `paper.docx is a zip archive, not a Word document (.docx): it has no word/document.xml inside. ${save}`],
      ['an Excel workbook', zip({ 'xl/workbook.xml': '<workbook/>' }), `paper.docx is an Excel workbook, not a Word document (.docx). ${save}`],
      ['a PDF', Buffer.from('%PDF-1.7\n\u0001\u0002'), `paper.docx is a PDF, not a Word document (.docx); the importer cannot read PDFs. ${save}`],
      ['an old Word file', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), `paper.docx is an older Word document (.doc) or one protected with a password, not a .docx. ${save}`],
      ['plain text', Buffer.from('A paper\n\nSome text.\n'), 'paper.docx holds plain text, not a Word document (.docx): rename it to paper.txt and import that.'],
      ['a zip whose file name holds terminal codes', Buffer.from('UEsDBBQAAAhjAI01h10DimKsBgAAADIAAAAZAAAAd29yZC9kb2N1bWVudBtbMzFtUkVELnhtbKuoIBUAAFBLAQIUAxQAAAhjAI01h10DimKsBgAAADIAAAAZAAAAAAAAAAAAAACkgQAAAAB3b3JkL2RvY3VtZW50G1szMW1SRUQueG1sUEsFBgAAAAABAAEARwAAAD0AAAAAAA==', 'base64'),
        `paper.docx looks like a Word document (.docx) but cannot be read: it may be damaged or incomplete. ${save}`],
      ['a damaged Word document', damaged, `paper.docx looks like a Word document (.docx) but cannot be read: it may be damaged or incomplete. ${save}`],
    ])('%s', async (_what, buffer, message) => {
      const read = readDocxDraft(buffer, 'paper.docx');
      await expect(read).rejects.toThrow(Refusal);
      const error = await read.then(() => undefined, (e: Error) => e);
      expect(error?.message).toBe(message);
      expect(error?.message).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
    });
  });

  it('reads endnotes as notes too', () => {
    const draft = readHtmlDraft('<h1>T</h1><p>Text<sup><a href="#endnote-1" id="endnote-ref-1">[1]</a></sup></p><ol><li id="endnote-1"><p>An endnote. <a href="#endnote-ref-1">↑</a></p></li></ol>');
    expect(draft.title).toBe('T');
    expect(draft.footnotesIn).toBe(1);
    expect(draft.tree.children.map((n) => n.type)).toEqual(['paragraph', 'footnoteDefinition']);
  });
});
