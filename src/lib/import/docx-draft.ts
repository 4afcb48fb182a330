import mammoth from 'mammoth';
import { Refusal } from '../refusal.ts';
import type { Draft } from './draft.ts';
import { readHtmlDraft, TITLE_CLASS } from './html-draft.ts';

/** How Word's own styles map to HTML, beyond mammoth's defaults (headings, lists, emphasis). */
export const docxStyleMap = [
  `p[style-name='Title'] => h1.${TITLE_CLASS}:fresh`,
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

/**
 * Reads a Word document (`.docx`) through mammoth, which turns it into clean HTML (Word's footnotes
 * and endnotes included), then as HTML. Styles mammoth does not know are reported.
 */
export async function readDocxDraft(buffer: Buffer, name: string): Promise<Draft> {
  let result: { value: string; messages: Array<{ type: string; message: string }> };
  try {
    result = await mammoth.convertToHtml({ buffer }, { styleMap: docxStyleMap });
  } catch (error) {
    throw new Refusal(`${name} cannot be read as a Word document (${error instanceof Error ? error.message : String(error)}); open it in Word and save it again as .docx, or save it as plain text (.txt) and import that.`, { cause: error });
  }
  const styles = [...new Set(result.messages.map((m) => /Unrecognised (?:paragraph|run) style: '([^']*)'/u.exec(m.message)?.[1]).filter((s): s is string => !!s && s !== 'null'))];
  const other = result.messages.filter((m) => !/Unrecognised (?:paragraph|run) style/u.test(m.message) && m.type !== 'info');
  const warnings = [
    ...(styles.length ? [`Word styles the importer does not know were read as plain text: ${styles.join(', ')}; check the headings and quotations that used them.`] : []),
    ...other.map((m) => `Word document: ${m.message}`),
  ];
  return readHtmlDraft(result.value, warnings);
}
