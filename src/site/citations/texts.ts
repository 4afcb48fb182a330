import type { CollectionEntry } from 'astro:content';
import { buildSession } from '../build-session.ts';
import { collection } from '../collections.ts';
import type { CslItem } from '../../lib/citations/csl.ts';
import { citationTextsOf, type CitationTexts } from '../../lib/citations/texts.ts';
import { interleave } from '../../lib/interleave.ts';
import { ChildProcessPool } from '../../system/process-pool.ts';
import { briefingCitation, sourceCitation } from './records.ts';

/** Records a batch holds: under a second of Citation.js. */
const BATCH = 150;

type Cited = CollectionEntry<'briefings'> | CollectionEntry<'sources'>;
type Written = { record: string; texts: Promise<CitationTexts> };

const keyOf = (entry: { collection: string; id: string }) => `${entry.collection}/${entry.id}`;

/** How CitationsAhead writes: a first build asks for every record; a rebuild asks only for those of the pages it renders. */
interface AheadOptions {
  /** Records written already, which the build does not ask for again. */
  skip?: ReadonlySet<string>;
  /**
   * A rebuild's way: a record not yet sent to the processes is written by the page that asks for
   * it, in its own process, and the processes go on from the next record, two small batches at a
   * time. Astro copies most pages of a rebuild from its cache without asking for their records, so
   * waiting for every record in order made each page it rendered wait for the records of all the
   * pages before it (docs/build.md#rebuilds).
   */
  onDemand?: boolean;
}

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
  readonly #onDemand: boolean;
  /** Each record's place in the order (on demand). */
  readonly #place = new Map<string, number>();
  /** On demand: where the next batch starts at the earliest, past the last record a page asked for. */
  #resume = 0;

  constructor(worker: URL, options: AheadOptions = {}) {
    this.#skip = options.skip ?? new Set();
    this.#onDemand = options.onDemand ?? false;
    void this.#produce(worker).finally(() => {
      this.#finished = true;
      this.#wake();
    });
  }

  /** The record's citations once its batch has gone out; undefined if the build never wrote them, or (on demand) has not sent them yet. */
  async get(key: string): Promise<Written | undefined> {
    if (this.#onDemand && !this.#written.has(key)) {
      const place = this.#place.get(key);
      if (place !== undefined) this.#resume = Math.max(this.#resume, place + 1);
      return undefined;
    }
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
    const pool = new ChildProcessPool<CslItem, CitationTexts>(worker, { processes: 2, freshProcessPerBatch: false });
    const inFlight: Array<Promise<unknown>> = [];
    try {
      const entries = interleave<Cited>([await collection('briefings'), await collection('sources')]).filter((entry) => !this.#skip.has(keyOf(entry)));
      if (this.#onDemand) entries.forEach((entry, i) => this.#place.set(keyOf(entry), i));
      const size = this.#onDemand ? ON_DEMAND_BATCH : BATCH;
      let next = 0;
      while (next < entries.length) {
        if (this.#onDemand) {
          // Two batches in the processes at most, so that the next one starts past the page being rendered.
          while (inFlight.length >= 2) await inFlight.shift();
          next = Math.max(next, this.#resume);
          if (next >= entries.length) break;
        }
        const batch = entries.slice(next, next + size);
        next += batch.length;
        const records = await Promise.all(batch.map((entry) => (entry.collection === 'briefings' ? briefingCitation(entry, site) : sourceCitation(entry))));
        const results = pool.run(records);
        if (this.#onDemand) inFlight.push(results.catch(() => undefined));
        batch.forEach((entry, i) => this.#written.set(keyOf(entry), { record: JSON.stringify(records[i]), texts: results.then((texts) => texts[i] as CitationTexts) }));
        this.#wake();
      }
    } finally {
      await pool.close();
    }
  }
}

/** Records a rebuild's batch holds. */
const ON_DEMAND_BATCH = 20;

let ahead: CitationsAhead | undefined;
/** Records written in this process so far, while no CitationsAhead runs. */
const writtenHere = new Set<string>();
/**
 * In a rebuild, which renders only the pages whose content changed (src/site/page-cache-keys.ts),
 * records are written here until this many pages have asked; only then do child processes start
 * writing the rest on demand (starting them costs seconds, a record 5 ms).
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
  ahead ??= new CitationsAhead(worker, { skip: writtenHere, onDemand: rebuild === true });
  const written = await ahead.get(keyOf(entry));
  if (last) ahead.forget(keyOf(entry));
  // Written from the same entry by the same code, so the record is the same; if it ever is not, write it here.
  return written && written.record === JSON.stringify(record) ? written.texts : citationTextsOf(record);
}
