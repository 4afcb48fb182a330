import AdmZip from 'adm-zip';
import mammoth from 'mammoth';
import { Refusal } from '../lib/refusal.ts';
import type { Draft } from './draft.ts';
import { readHtmlDraft, TITLE_CLASS } from './html-draft.ts';

/** How Word's own styles map to HTML, beyond mammoth's defaults (headings, lists, emphasis). */
export const docxStyleMap = [
  `p[style-name='Title'] => h1.${TITLE_CLASS}:fresh`,
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

const SAVE_AS = 'Open it in Word and save it with File > Save As > Word Document (.docx), or save it as plain text (.txt) or Markdown (.md) and import that.';

function startsWith(buffer: Buffer, ...bytes: number[]): boolean {
  return bytes.every((byte, i) => buffer[i] === byte);
}

/** True for text that a person could read: UTF-8 with no control characters but tab, line breaks and form feed. */
function isPlainText(buffer: Buffer): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/u.test(text);
  } catch {
    return false;
  }
}

/** What is inside a zip archive that is not a Word document, for the message. */
function zipKind(names: string[]): string {
  if (names.some((n) => n.startsWith('xl/'))) return 'an Excel workbook';
  if (names.some((n) => n.startsWith('ppt/'))) return 'a PowerPoint presentation';
  if (names.includes('content.xml') && names.includes('mimetype')) return 'an OpenDocument file (LibreOffice or Google Docs)';
  return 'a zip archive';
}

/**
 * Why a file meant to be a Word document (`.docx`) cannot be one, said plainly, or undefined when
 * it looks like one. Word documents are zip archives with their text under `word/`; the message
 * names what the file is instead and never quotes its bytes.
 */
export function notWordDocument(buffer: Buffer, name: string): string | undefined {
  if (buffer.length === 0) return `${name} is empty (0 bytes), so it is not a Word document (.docx). ${SAVE_AS}`;
  if (startsWith(buffer, 0x50, 0x4b)) {
    let names: string[];
    try {
      names = new AdmZip(buffer).getEntries().map((entry) => entry.entryName);
    } catch {
      return `${name} looks like a Word document (.docx) but cannot be read: it may be damaged or incomplete. ${SAVE_AS}`;
    }
    if (names.some((n) => n.startsWith('word/'))) return undefined;
    const kind = zipKind(names);
    return kind === 'a zip archive'
      ? `${name} is a zip archive, not a Word document (.docx): it has no word/document.xml inside. ${SAVE_AS}`
      : `${name} is ${kind}, not a Word document (.docx). ${SAVE_AS}`;
  }
  if (startsWith(buffer, 0x25, 0x50, 0x44, 0x46, 0x2d)) return `${name} is a PDF, not a Word document (.docx); the importer cannot read PDFs. ${SAVE_AS}`;
  if (startsWith(buffer, 0xd0, 0xcf, 0x11, 0xe0)) return `${name} is an older Word document (.doc) or one protected with a password, not a .docx. ${SAVE_AS}`;
  if (startsWith(buffer, 0x7b, 0x5c, 0x72, 0x74, 0x66)) return `${name} is a Rich Text (RTF) document, not a Word document (.docx). ${SAVE_AS}`;
  if (isPlainText(buffer)) return `${name} holds plain text, not a Word document (.docx): rename it to ${name.replace(/\.docx$/iu, '')}.txt and import that.`;
  return `${name} is not a Word document (.docx): its bytes are not in any format the importer knows. ${SAVE_AS}`;
}

/**
 * Reads a Word document (`.docx`) through mammoth, which turns it into clean HTML (Word's footnotes
 * and endnotes included), then as HTML. Styles mammoth does not know are reported. A file that is
 * not a Word document is refused with a plain message, never with the library's.
 */
export async function readDocxDraft(buffer: Buffer, name: string): Promise<Draft> {
  const problem = notWordDocument(buffer, name);
  if (problem) throw new Refusal(problem);
  let result: { value: string; messages: Array<{ type: string; message: string }> };
  try {
    result = await mammoth.convertToHtml({ buffer }, { styleMap: docxStyleMap });
  } catch (error) {
    throw new Refusal(`${name} looks like a Word document (.docx) but cannot be read: it may be damaged or incomplete. ${SAVE_AS}`, { cause: error });
  }
  const styles = [...new Set(result.messages.map((m) => /Unrecognised (?:paragraph|run) style: '([^']*)'/u.exec(m.message)?.[1]).filter((s): s is string => !!s && s !== 'null'))];
  const other = result.messages.filter((m) => !/Unrecognised (?:paragraph|run) style/u.test(m.message) && m.type !== 'info');
  const warnings = [
    ...(styles.length ? [`Word styles the importer does not know were read as plain text: ${styles.join(', ')}; check the headings and quotations that used them.`] : []),
    ...other.map((m) => `Word document: ${m.message}`),
  ];
  return readHtmlDraft(result.value, warnings);
}
