import { describe, expect, it } from 'vitest';
import { readTextDraft } from '../../../src/import/text-draft.ts';
import { bodyOf, compiles, plan } from './helpers.ts';

describe('reading a plain-text draft', () => {
  it('takes the first non-empty line as the title and keeps the rest as text', () => {
    const draft = readTextDraft('\n\nKey concerns in Kazakhstan\n\nThis paper was prepared by IPHR.\n');
    expect(draft.title).toBe('Key concerns in Kazakhstan');
    expect(draft.tree.children).toMatchObject([{ type: 'paragraph', children: [{ type: 'text', value: 'This paper was prepared by IPHR.' }] }]);
  });

  it('reads superscript marks of any length and notes written with superscripts or plain numbers', async () => {
    const draft = readTextDraft([
      'Title', '', 'Bokayev was released.¹ His restrictions remain.¹² Both notes count.', '',
      '¹ See (in Russian): <https://rus.azattyq.org/a/31115496.html>', '',
      '12 See: https://example.org/report.pdf',
    ].join('\n'));
    expect(draft.footnotesIn).toBe(2);
    const body = bodyOf(await plan(draft));
    expect(body).toContain('Bokayev was released.[^1] His restrictions remain.[^12] Both notes count.');
    expect(body).toContain('[^1]: See (in Russian): https://rus.azattyq.org/a/31115496.html');
    expect(body).toContain('[^12]: See: https://example.org/report.pdf');
  });

  it('reads [1]-style marks and notes', async () => {
    const draft = readTextDraft('Title\n\nA claim.[1] Another.[2]\n\n[1] First note.\n[2] Second note.');
    expect(draft.footnotesIn).toBe(2);
    const body = bodyOf(await plan(draft));
    expect(body).toContain('A claim.[^1] Another.[^2]');
    expect(body).toMatch(/\[\^1\]: First note\.\n\n\[\^2\]: Second note\./u);
  });

  it('keeps a line that starts with a number as text when no mark before it has that number and it does not stand among notes', () => {
    const draft = readTextDraft('Title\n\n2021 was a hard year.\n\n3 people were detained.¹\n\n¹ A note.\n\nMore text.\n\n3 more were fined.');
    expect(draft.footnotesIn).toBe(1);
    const texts = draft.tree.children.filter((n) => n.type === 'paragraph').map((n) => JSON.stringify(n));
    expect(texts.join()).toContain('2021 was a hard year.');
    expect(texts.join()).toContain('3 more were fined.');
  });

  it('reads •, ·, - and * bullets as one list, even when a block of notes interrupts it', async () => {
    const draft = readTextDraft('Title\n\nThe cases:\n\n• One.¹\n· Two.\n\n¹ A note.\n\n- Three.\n* Four.\n\nAfter the list.');
    const lists = draft.tree.children.filter((n) => n.type === 'list');
    expect(lists).toHaveLength(1);
    expect(bodyOf(await plan(draft))).toContain('- One.[^1]\n- Two.\n- Three.\n- Four.\n\nAfter the list.');
  });

  it('guesses headings: a pair opens a section, later headings sit below it until its recommendations end it', async () => {
    const text = [
      'Title', '', 'Summary', '', 'Text.', '',
      'Freedom of association', '', 'Opposition supporters', '', 'Text.', '', 'Trade unions', '', 'Text.', '',
      'Recommendations', '', 'The authorities should:', '', '- Stop.', '',
      'Freedom of expression', '', 'Text.', '', 'Online', '', 'Text.',
    ].join('\n');
    const body = bodyOf(await plan(readTextDraft(text)));
    expect(body.split('\n').filter((l) => l.startsWith('#'))).toEqual([
      '## Summary', '## Freedom of association', '### Opposition supporters', '### Trade unions', '### Recommendations',
      '## Freedom of expression', '### Online',
    ]);
    expect(body).toContain('### Recommendations\n\n<Recommendations>\n  The authorities should:\n\n  - Stop.\n</Recommendations>');
  });

  it('does not take a sentence, a list intro or the last line for a heading', () => {
    const draft = readTextDraft('Title\n\nA full sentence.\n\nThe authorities should:\n\n- Stop.\n\nThe end');
    expect(draft.tree.children.some((n) => n.type === 'heading')).toBe(false);
  });

  it('adds a paragraph standing between two notes to the first of them, and says so', () => {
    const draft = readTextDraft('Title\n\nText.¹ More.²\n\n¹ First note.\n\nIts second paragraph.\n\n² Second note.');
    const first = draft.tree.children.find((n) => n.type === 'footnoteDefinition');
    expect(first?.children).toHaveLength(2);
    expect(draft.warnings.join('\n')).toMatch(/stands between notes 1 and 2, so it was added to note 1/u);
  });

  it('joins a paragraph that a block of notes cut in two, and says so', () => {
    const draft = readTextDraft('Title\n\nThere have been many.¹ There have been\n\n¹ A note.\n\ncriminal cases too.');
    const paragraphs = draft.tree.children.filter((n) => n.type === 'paragraph');
    expect(paragraphs).toHaveLength(1);
    expect(JSON.stringify(paragraphs[0])).toContain('There have been criminal cases too.');
    expect(draft.warnings.join('\n')).toMatch(/the two were joined/u);
  });

  it('keeps a mark without a note as text and warns; warns about a note no mark points at', async () => {
    const draft = readTextDraft('Title\n\nText.³ More.\n\n¹ An unmarked note.');
    expect(draft.footnotesIn).toBe(1);
    const { report } = await plan(draft);
    expect(report.warnings).toContain('line 3: the mark ³ has no note numbered 3; it was kept as text. Add the note, or remove the mark.');
    expect(report.warnings).toContain('line 5: note 1 is marked nowhere in the text; it was kept among the notes as [^1]. Add [^1] where it belongs in the text, or delete the note.');
  });

  it('takes a line starting with a number right below a note wrapped by hand as more of that note, not as a note of its own', async () => {
    const draft = readTextDraft([
      'Title', '', 'A journalist was fined for a post about a local official in Uralsk.¹', '',
      '¹ Adil Soz, "Journalist fined for a post about an official",', '12 March 2021, https://adilsoz.kz/news/show/id/3284',
    ].join('\n'));
    expect(draft.footnotesIn).toBe(1);
    expect(bodyOf(await plan(draft))).toContain('[^1]: Adil Soz, "Journalist fined for a post about an official", 12 March 2021, https://adilsoz.kz/news/show/id/3284');
  });

  it('joins the lines of a hand-wrapped text into paragraphs', () => {
    const draft = readTextDraft('Title\n\nThis paragraph was wrapped by hand at a width of about sixty\ncharacters, as an email would be.\n\nShort.\nLines.');
    const paragraphs = draft.tree.children.filter((n) => n.type === 'paragraph').map((n) => JSON.stringify(n));
    expect(paragraphs[0]).toContain('about sixty characters, as an email');
    expect(paragraphs).toHaveLength(3);
  });

  it('keeps emphasis, links and quotations, and escapes what MDX would misread', async () => {
    const draft = readTextDraft('Title\n\nA **bold** and *italic* [link](https://example.org/) with {braces}, <tags> and a < b.\n\n> A quotation.\n\nimport x from "y"');
    const result = await plan(draft);
    const body = bodyOf(result);
    expect(body).toContain('A **bold** and *italic* [link](https://example.org/) with \\{braces}, \\<tags> and a \\< b.');
    expect(body).toContain('> A quotation.');
    expect(body).toContain('&#x69;mport x from "y"');
    await compiles(result.files[0]?.text ?? '');
  });
});
