import type { CollectionEntry } from 'astro:content';
import { buildSession } from '../build-session.ts';
import { collection } from '../collections.ts';
import type { CslItem } from '../../lib/citations/csl.ts';
import { citationTextsOf, type CitationTexts } from '../../lib/citations/texts.ts';
import { interleave } from '../../lib/interleave.ts';
import { ChildProcessPool } from '../../system/process-pool.ts';
import { briefingCitation, sourceCitation } from './records.ts';
import { citationWriters } from './writers.ts';

/** Records a batch holds: under a second of Citation.js. */
const BATCH = 150;

type Cited = CollectionEntry<'briefings'> | CollectionEntry<'sources'>;
type Written = { record: string; texts: Promise<CitationTexts> };

const keyOf = (entry: { collection: string; id: string }) => `${entry.collection}/${entry.id}`;

/**
 * The citations of every briefing and source, written in child processes in the order the build
 * asks for them: the order of their pages, which the build renders interleaved (see
 * src/integrations/briefings-build-order.ts). Batches go out as their records are made, and a page waits
 * only for its own.
 */
class CitationsAhead {
  readonly #written = new Map<string, Written>();
  #waiting: Array<() => void> = [];
  #finished = false;

  readonly #skip: ReadonlySet<string>;

  /** `skip`: records written already, which the build does not ask for again. */
  constructor(worker: URL, skip: ReadonlySet<string> = new Set()) {
    this.#skip = skip;
    void this.#produce(worker).finally(() => {
      this.#finished = true;
      this.#wake();
    });
  }

  /** The record's citations once its batch has gone out; undefined if the build never wrote them. */
  async get(key: string): Promise<Written | undefined> {
    while (!this.#written.has(key) && !this.#finished) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    return this.#written.get(key);
  }

  /** Forgets a record's citations: its page, the last to show them, is written. */
  forget(key: string): void {
    this.#written.delete(key);
  }

  #wake() {
    for (const resolve of this.#waiting.splice(0)) resolve();
  }

  async #produce(worker: URL): Promise<void> {
    const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
    const pool = new ChildProcessPool<CslItem, CitationTexts>(worker, citationWriters);
    try {
      const entries = interleave<Cited>([await collection('briefings'), await collection('sources')]).filter((entry) => !this.#skip.has(keyOf(entry)));
      for (let start = 0; start < entries.length; start += BATCH) {
        const batch = entries.slice(start, start + BATCH);
        const records = await Promise.all(batch.map((entry) => (entry.collection === 'briefings' ? briefingCitation(entry, site) : sourceCitation(entry))));
        const results = pool.run(records);
        batch.forEach((entry, i) => this.#written.set(keyOf(entry), { record: JSON.stringify(records[i]), texts: results.then((texts) => texts[i] as CitationTexts) }));
        this.#wake();
      }
    } finally {
      await pool.close();
    }
  }
}

let ahead: CitationsAhead | undefined;
/** Records written in this process so far, while no CitationsAhead runs. */
const writtenHere = new Set<string>();
/**
 * In a rebuild, which renders only the pages whose content changed (src/site/page-cache-keys.ts),
 * records are written here until this many pages have asked; only then do child processes start
 * writing the rest ahead (starting them costs seconds, a record 5 ms).
 * `BRIEFINGS_REBUILD_CITATIONS_HERE` changes it, so that the tests can take the other way too.
 */
const REBUILD_RECORDS_HERE = Number(process.env['BRIEFINGS_REBUILD_CITATIONS_HERE'] ?? 100);

/**
 * Every citation of a briefing or source. A build writes them in child processes, ahead of the
 * pages and files that show them (Citation.js takes about 5 ms a record, which would otherwise
 * hold up every page); the dev server writes each when it is asked for. `last`: the entry's page
 * asks last, and the build then forgets the texts.
 */
export async function citationTexts(entry: { collection: string; id: string }, record: CslItem, last = false): Promise<CitationTexts> {
  const { citationWorker: worker, rebuild } = buildSession();
  if (!import.meta.env.PROD || !worker) return citationTextsOf(record);
  if (!ahead && rebuild && writtenHere.size < REBUILD_RECORDS_HERE) {
    writtenHere.add(keyOf(entry));
    return citationTextsOf(record);
  }
  ahead ??= new CitationsAhead(worker, writtenHere);
  const written = await ahead.get(keyOf(entry));
  if (last) ahead.forget(keyOf(entry));
  // Written from the same entry by the same code, so the record is the same; if it ever is not, write it here.
  return written && written.record === JSON.stringify(record) ? written.texts : citationTextsOf(record);
}
