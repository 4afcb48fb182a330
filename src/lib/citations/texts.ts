import type { CslItem } from './csl.ts';
import { citationFiles, type CitationFileType } from './files.ts';
import { citationStyles, formatCitation, type CitationStyle } from './formats.ts';

/** Everything a record is cited as: its citation in each style pages show (HTML) and each citation file offered. */
export interface CitationTexts {
  styles: Record<CitationStyle, string>;
  files: Record<CitationFileType, string>;
}

/** Writes every citation of one record. */
export function citationTextsOf(record: CslItem): CitationTexts {
  return {
    styles: Object.fromEntries((Object.keys(citationStyles) as CitationStyle[]).map((style) => [style, formatCitation(record, style)])) as CitationTexts['styles'],
    files: Object.fromEntries((Object.keys(citationFiles) as CitationFileType[]).map((type) => [type, citationFiles[type].write([record])])) as CitationTexts['files'],
  };
}
