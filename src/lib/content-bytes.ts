/**
 * Turns the bytes of a content file into its text, or says why they are not text: a Word
 * document or a PDF renamed to `.mdx`, a file saved as UTF-16 or in an old Cyrillic encoding.
 * A byte-order mark is kept, as `Buffer#toString` keeps it, so the parsers see what they always saw.
 */

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const IMPORT = 'for a Word draft of a briefing, run `npm run import -- <the .docx file> --org <organisation>`, which writes the .mdx file for you';
const SAVE_AS_DOCX = 'for a Word draft of a briefing, save it as .docx in Word, then run `npm run import -- <the .docx file> --org <organisation>`, which writes the .mdx file for you';
const EDITOR = 'write the file in a text editor (`npm run new` starts one with every field explained)';

/** Files staff may rename by mistake, by the bytes they start with, and what to do instead. */
const SIGNATURES: Array<{ bytes: number[]; what: string; instead: string }> = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a Word document (.docx), or another zipped file', instead: IMPORT },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Word document (.doc), or another old Office file', instead: SAVE_AS_DOCX },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'a Rich Text document (.rtf), as Word saves it', instead: SAVE_AS_DOCX },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF', instead: EDITOR },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image', instead: EDITOR },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image', instead: EDITOR },
];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** The 1-based line of the first bytes that are not UTF-8. */
function firstBadLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      utf8.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return line;
}

/** Why a file's bytes are not a text the archive can read, and what to do. */
export interface NotText {
  line?: number;
  message: string;
}

/**
 * The text of a content file from its bytes, or why it is not text (UTF-8). `extension` is the
 * file's (`.mdx`, `.yaml`, `.yml`), for the message: a Word draft of a briefing is turned into an
 * `.mdx` file by `npm run import`, not renamed.
 */
export function decodeContentBytes(bytes: Uint8Array, extension: string): { text: string } | NotText {
  const isText = extension === '.mdx' ? 'Markdown text with a frontmatter of fields' : 'text, one `field: value` a line';
  const signature = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) {
    return { line: 1, message: `is not text: it is ${signature.what}, renamed to ${extension}, and a ${extension} file is ${isText}. Delete it; ${signature.instead}` };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { line: 1, message: 'is saved as UTF-16 text ("Unicode" in some editors), which the archive does not read; save it again as UTF-8 (in most editors: Save As… → Encoding: UTF-8)' };
  }
  if (bytes.includes(0)) {
    return { line: 1, message: `is not text (it holds bytes that no text has, like a program's file or an image), and a ${extension} file is ${isText}. Delete it; ${IMPORT}, otherwise ${EDITOR}` };
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const line = firstBadLine(bytes);
    return { line, message: `is not UTF-8 text: line ${line} has bytes of another encoding (such as Windows-1251 or KOI8-R), which would show as garbage; open the file in a text editor and save it as UTF-8 (in most editors: Save As… → Encoding: UTF-8)` };
  }
}
