import { availableParallelism } from 'node:os';
import { Tinypool } from 'tinypool';

/** How `inChildProcesses` splits the work. */
export interface BatchOptions<J> {
  /** At most this many processes at once. */
  processes: number;
  /** The size of a job (the bytes of its file), for cutting the jobs into batches of similar weight. */
  sizeOf: (job: J) => number;
  /** A batch holds jobs up to this total size; each batch runs in a process of its own. */
  maxBatchSize: number;
  /** What every batch gets besides its jobs (options, shared data); must survive structured cloning. */
  shared?: unknown;
  /**
   * Whether each batch gets a fresh process that ends with it (the default). Work that keeps no
   * native memory (Citation.js, say) can let a process take batch after batch.
   */
  freshProcessPerBatch?: boolean;
}

/** What a worker module's default export receives: the shared value and its batch of jobs. */
export interface Batch<J, S = unknown> {
  shared: S;
  jobs: J[];
}

/** Cuts jobs into consecutive batches of at most `maxSize` (a larger job gets a batch of its own). */
export function batchesOf<J>(jobs: readonly J[], sizeOf: (job: J) => number, maxSize: number): J[][] {
  const batches: J[][] = [];
  let batch: J[] = [];
  let size = 0;
  for (const job of jobs) {
    const jobSize = sizeOf(job);
    if (batch.length > 0 && size + jobSize > maxSize) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
    batch.push(job);
    size += jobSize;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** One process per core, for `processes` options left unset. */
export const defaultProcesses = () => availableParallelism();

/**
 * Runs `jobs` through the default export of `workerModule` in child processes and returns the
 * results in the order of `jobs`. Each batch runs in a fresh process that ends with it: Sätteri's
 * native parser does not give back the memory of the trees it hands to JavaScript (about three
 * times the text, measured on satteri 0.10.5), so only the end of the process returns it. Processes,
 * not threads, for the same reason: a thread's native memory is its process's.
 */
export async function inChildProcesses<J, R>(workerModule: URL, jobs: readonly J[], options: BatchOptions<J>): Promise<R[]> {
  const { batches, done } = batchesInChildProcesses<J, R>(workerModule, jobs, options);
  try {
    return (await Promise.all(batches.map((batch) => batch.results))).flat();
  } finally {
    await done;
  }
}

/**
 * Like inChildProcesses, but hands back each batch as it finishes: its jobs and a promise of their
 * results, in the order of `jobs`. Batches start in order. `done` settles once every batch has
 * finished and the processes have ended.
 */
export function batchesInChildProcesses<J, R>(workerModule: URL, jobs: readonly J[], options: BatchOptions<J>): { batches: Array<{ jobs: J[]; results: Promise<R[]> }>; done: Promise<void> } {
  const batches = batchesOf(jobs, options.sizeOf, options.maxBatchSize);
  const pool = new Tinypool({
    filename: workerModule.href,
    runtime: 'child_process',
    isolateWorkers: options.freshProcessPerBatch ?? true,
    minThreads: 0,
    maxThreads: Math.max(1, Math.min(options.processes, batches.length)),
    // tinypool gives a child process no environment of its own otherwise.
    env: Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined)),
    serialization: 'advanced',
  });
  const running = batches.map((batch) => ({ jobs: batch, results: pool.run({ shared: options.shared, jobs: batch } satisfies Batch<J>) as Promise<R[]> }));
  const done = Promise.allSettled(running.map((batch) => batch.results)).then(() => pool.destroy());
  return { batches: running, done };
}
