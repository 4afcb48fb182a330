import type { CslItem } from './csl.ts';
import { toBibtex, toCslJson, toRis } from './formats.ts';

/**
 * The citation files offered for download, by file extension: the name readers know, the media
 * type they are served as, and how the records are written.
 */
export const citationFiles = {
  bib: { label: 'BibTeX', mediaType: 'application/x-bibtex', write: toBibtex },
  ris: { label: 'RIS', mediaType: 'application/x-research-info-systems', write: toRis },
  json: { label: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json', write: toCslJson },
} as const satisfies Record<string, { label: string; mediaType: string; write: (records: CslItem[]) => string }>;

/** The extension of a citation file: `bib`, `ris` or `json`. */
export type CitationFileType = keyof typeof citationFiles;

/** The download formats in the order pages list them. */
export const citationFileTypes = Object.keys(citationFiles) as CitationFileType[];
