import { sourceCitationFile, citationFilePaths } from '../../../site/citations/files.ts';

// In a build the page writes this file (see citationFilePaths).
export const getStaticPaths = () => citationFilePaths('sources');

/** The source record's citation as a BibTeX file. */
export const GET = sourceCitationFile('bib');
