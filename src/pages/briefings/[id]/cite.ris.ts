import { briefingCitationFile, citationFilePaths } from '../../../site/citations/files.ts';

// In a build the page writes this file (see citationFilePaths).
export const getStaticPaths = () => citationFilePaths('briefings');

/** The briefing's citation as a RIS file. */
export const GET = briefingCitationFile('ris');
