import { buildSession } from '../integrations/build-session.ts';
import { collection } from '../pages/_collections.ts';
import type { CslItem } from '../lib/citations/csl.ts';
import { citationStyles, formatCitation, type CitationStyle } from '../lib/citations/formats.ts';
import { interleave } from '../lib/interleave.ts';
import { batchesInChildProcesses } from '../lib/process-pool.ts';
import { briefingCitation, sourceCitation } from './citation-records.ts';

/** A record's citation in every style pages show, as HTML. */
export type CitationTexts = Record<CitationStyle, string>;

/** Records a batch holds: about half a second of citeproc. */
const BATCH = 150;

let written: Map<string, Promise<CitationTexts>> | undefined;

/** Writes every record's citations here, for a record the build did not see coming. */
function writeHere(record: CslItem): CitationTexts {
  return Object.fromEntries((Object.keys(citationStyles) as CitationStyle[]).map((style) => [style, formatCitation(record, style)])) as CitationTexts;
}

/**
 * Starts writing the citations of every briefing and source, in the order the build renders
 * their pages (src/pages/[section]/[id].astro), in a child process that keeps ahead of the pages.
 */
async function writeAllAhead(worker: URL): Promise<Map<string, Promise<CitationTexts>>> {
  const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
  const inPageOrder = interleave<{ collection: string }>([await collection('briefings'), await collection('cases'), await collection('sources')]);
  const records: CslItem[] = [];
  for (const entry of inPageOrder) {
    if (entry.collection === 'briefings') records.push(await briefingCitation(entry as Parameters<typeof briefingCitation>[0], site));
    else if (entry.collection === 'sources') records.push(sourceCitation(entry as Parameters<typeof sourceCitation>[0]));
  }
  const { batches } = batchesInChildProcesses<CslItem, CitationTexts>(worker, records, {
    processes: 1,
    sizeOf: () => 1,
    maxBatchSize: BATCH,
    freshProcessPerBatch: false,
  });
  const byRecord = new Map<string, Promise<CitationTexts>>();
  for (const { jobs, results } of batches) {
    jobs.forEach((record, i) => byRecord.set(JSON.stringify(record), results.then((texts) => texts[i] as CitationTexts)));
  }
  return byRecord;
}

let ahead: Promise<Map<string, Promise<CitationTexts>>> | undefined;

/**
 * A record's citations in every style. A build writes them all in a child process, ahead of the
 * pages (citeproc takes about 3 ms a record, which would otherwise hold up every page); the dev
 * server writes each when its page is asked for.
 */
export async function citationTexts(record: CslItem): Promise<CitationTexts> {
  const worker = buildSession().citationWorker;
  if (!import.meta.env.PROD || !worker) return writeHere(record);
  written ??= await (ahead ??= writeAllAhead(worker));
  return (await written.get(JSON.stringify(record))) ?? writeHere(record);
}
