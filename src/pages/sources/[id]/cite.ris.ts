import { sourceCitationFile } from '../../_citation-files.ts';
import { entryPaths } from '../../_entry-paths.ts';

export const getStaticPaths = () => entryPaths('sources');

/** The source record's citation as a RIS file. */
export const GET = sourceCitationFile('ris');
