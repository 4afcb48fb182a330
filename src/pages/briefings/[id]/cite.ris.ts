import { briefingCitationFile } from '../../_citation-files.ts';
import { entryPaths } from '../../_entry-paths.ts';

export const getStaticPaths = () => entryPaths('briefings');

/** The briefing's citation as a RIS file. */
export const GET = briefingCitationFile('ris');
