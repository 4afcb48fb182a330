import { Document, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, type ParagraphChild } from 'docx';

/** A Word footnote: its text, and an optional link inside it. */
export interface TestNote {
  text: string;
  link?: { words: string; url: string };
}

/** A paragraph of a test document: runs of text, with `{n}` where footnote n is marked. */
function paragraph(text: string, options: { bold?: string; italic?: string } = {}): Paragraph {
  const children: ParagraphChild[] = [];
  for (const part of text.split(/(\{\d+\})/u)) {
    const mark = /^\{(\d+)\}$/u.exec(part);
    if (mark) children.push(new FootnoteReferenceRun(Number(mark[1])));
    else if (part) children.push(new TextRun(part));
  }
  if (options.bold) children.push(new TextRun({ text: options.bold, bold: true }));
  if (options.italic) children.push(new TextRun({ text: options.italic, italics: true }));
  return new Paragraph({ children });
}

function note({ text, link }: TestNote): { children: Paragraph[] } {
  const children: ParagraphChild[] = [new TextRun(text)];
  if (link) children.push(new ExternalHyperlink({ link: link.url, children: [new TextRun({ text: link.words, style: 'Hyperlink' })] }));
  return { children: [new Paragraph({ children })] };
}

/**
 * A Word document like the ones staff write: a title in Word's Title style, headings, text with
 * footnotes, bold and italics, a link, a bulleted list, a table, a quotation and recommendations.
 */
export async function briefingDocx(notes: TestNote[], options: { title?: string; body?: string } = {}): Promise<Buffer> {
  const footnotes = Object.fromEntries(notes.map((n, i) => [i + 1, note(n)]));
  const marks = notes.map((_, i) => `{${i + 1}}`);
  const doc = new Document({
    styles: { paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { italics: true } }] },
    footnotes,
    sections: [{
      children: [
        new Paragraph({ text: options.title ?? 'Civil society under pressure in Kazakhstan', heading: HeadingLevel.TITLE }),
        new Paragraph({ text: 'Summary', heading: HeadingLevel.HEADING_1 }),
        paragraph(options.body ?? `Max Bokayev remains under restrictions.${marks.slice(0, 1).join('')} Braces {like this} and <angle> text stay as text.`, { bold: ' Read more', italic: ' below.' }),
        paragraph(`Further sources are cited here.${marks.slice(1).join('')}`),
        new Paragraph({ children: [new TextRun('The '), new ExternalHyperlink({ link: 'https://www.iphronline.org/', children: [new TextRun('IPHR website')] }), new TextRun(' has more.')] }),
        new Paragraph({ text: 'Cases', heading: HeadingLevel.HEADING_2 }),
        new Paragraph({ text: 'Talgat Ayan was released.', bullet: { level: 0 } }),
        new Paragraph({ text: 'Others remain in prison.', bullet: { level: 0 } }),
        new Table({
          rows: [
            new TableRow({ children: [new TableCell({ children: [new Paragraph('Name')] }), new TableCell({ children: [new Paragraph('Sentence')] })] }),
            new TableRow({ children: [new TableCell({ children: [new Paragraph('Max Bokayev')] }), new TableCell({ children: [new Paragraph('5 years | served')] })] }),
          ],
        }),
        new Paragraph({ text: 'Freedom is not a crime.', style: 'Quote' }),
        new Paragraph({ text: 'Recommendations', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ text: 'Lift the restrictions on Max Bokayev.', bullet: { level: 0 } }),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}
