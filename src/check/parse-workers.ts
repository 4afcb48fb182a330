import { parseJob, type ParseJob, type ParseOutcome } from './parse-job.ts';
import { inChildProcesses } from '../system/process-pool.ts';

/** Below this many files a process, starting processes costs more than it saves. */
const MIN_FILES_PER_PROCESS = 250;
/**
 * A process parses at most this much (text plus COST_OF_A_FILE a file), which bounds what Sätteri
 * keeps of it (see process-pool.ts): a process of the check on 10,000 briefings peaks at about
 * 1 GB. Every process started costs about half a second, so on two cores an archive of that size
 * is parsed in two batches, one a process.
 */
const MAX_BATCH = 256 * 1024 * 1024;

/**
 * What a file costs to parse beyond its text, in characters of text: measured on the benchmark's
 * 10,000 briefings (20,136 files), a file costs about 0.19 ms and a MB of text about 21 ms.
 * Without it, processes given the same amount of text get very different numbers of files (the
 * source records are small YAML files) and one finishes long after the other.
 */
const COST_OF_A_FILE = 9 * 1024;

/** What a job costs to parse, for cutting jobs into batches of equal work: its text (a file given by its path: its size) and COST_OF_A_FILE. */
function costOf(job: ParseJob): number {
  if ('absolutePath' in job) return job.size + COST_OF_A_FILE;
  return (typeof job.source === 'string' ? job.source.length : job.source.byteLength) + COST_OF_A_FILE;
}

/** Parses files in this process, for the check (native MDX parser). */
export function parseHere(jobs: readonly ParseJob[]): ParseOutcome[] {
  return jobs.map(parseJob);
}

/**
 * Parses files in up to `processes` child processes and returns the results in the order of
 * `jobs`. With one process, or fewer than `minFilesPerProcess` files a process, parses here.
 */
export async function parseInWorkers(jobs: readonly ParseJob[], processes: number, minFilesPerProcess = MIN_FILES_PER_PROCESS): Promise<ParseOutcome[]> {
  const count = Math.min(processes, Math.floor(jobs.length / minFilesPerProcess));
  if (count <= 1) return parseHere(jobs);
  const total = jobs.reduce((sum, job) => sum + costOf(job), 0);
  try {
    return await inChildProcesses<ParseJob, ParseOutcome>(new URL('./parse-worker.ts', import.meta.url), jobs, {
      processes: count,
      sizeOf: costOf,
      maxBatchSize: Math.min(MAX_BATCH, Math.ceil(total / count)),
    });
  } catch (error) {
    throw new Error(`A process of the content check failed while parsing: ${error instanceof Error ? error.message : String(error)}; run the check again with --threads 1 to see the file`, { cause: error });
  }
}
