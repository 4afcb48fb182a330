import { availableParallelism } from 'node:os';
import { Tinypool } from 'tinypool';

/** What a worker module's default export receives: the shared value and its batch of jobs. */
export interface Batch<J, S = unknown> {
  shared: S;
  jobs: J[];
}

/** How a pool runs its batches. */
export interface PoolOptions {
  /** At most this many processes at once (and never more, across pools, than there are cores). */
  processes: number;
  /** What every batch gets besides its jobs (options, shared data); must survive structured cloning. */
  shared?: unknown;
  /**
   * Whether each batch gets a fresh process that ends with it (the default). Work that keeps no
   * native memory (Citation.js, say) can let a process take batch after batch.
   */
  freshProcessPerBatch?: boolean;
  /** Node options of the child processes, after this process's own (e.g. a smaller heap: `--max-old-space-size=256`). */
  nodeOptions?: readonly string[];
}

/** How `inChildProcesses` cuts the work into batches. */
export interface BatchOptions<J> extends PoolOptions {
  /** The size of a job (the length of its text), for cutting the jobs into batches of similar weight. */
  sizeOf: (job: J) => number;
  /** A batch holds jobs up to this total size. */
  maxBatchSize: number;
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

/**
 * Batches running in child processes at once, across every pool of this process: content
 * collections load side by side, and each would otherwise start processes of its own. Kept on the
 * global object because this module is loaded both by Astro's config and by the build's bundle.
 */
interface Slots {
  free: number;
  waiting: Array<() => void>;
}
const SLOTS = Symbol.for('briefings-archive.child-process-slots');

function slots(): Slots {
  const holder = globalThis as { [SLOTS]?: Slots };
  holder[SLOTS] ??= { free: availableParallelism(), waiting: [] };
  return holder[SLOTS];
}

/** Runs `task` once one of the process-wide slots for child processes is free; batches wait in order. */
async function inSlot<T>(task: () => Promise<T>): Promise<T> {
  const shared = slots();
  while (shared.free <= 0) await new Promise<void>((resolve) => shared.waiting.push(resolve));
  shared.free--;
  try {
    return await task();
  } finally {
    shared.free++;
    shared.waiting.shift()?.();
  }
}

/**
 * Child processes running the default export of `workerModule` on batches of jobs. By default
 * each batch runs in a fresh process that ends with it: Sätteri's native parser does not give
 * back the memory of the trees it hands to JavaScript (about three times the text, measured on
 * satteri 0.10.5), so only the end of the process returns it. Processes, not threads, for the
 * same reason: a thread's native memory is its process's.
 */
export class ChildProcessPool<J, R> {
  readonly #pool: Tinypool;
  readonly #shared: unknown;
  readonly #running = new Set<Promise<unknown>>();

  constructor(workerModule: URL, options: PoolOptions) {
    this.#shared = options.shared;
    this.#pool = new Tinypool({
      filename: workerModule.href,
      runtime: 'child_process',
      isolateWorkers: options.freshProcessPerBatch ?? true,
      minThreads: 0,
      maxThreads: Math.max(1, options.processes),
      // tinypool gives a child process no environment of its own otherwise.
      env: Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined)),
      serialization: 'advanced',
      ...(options.nodeOptions ? { execArgv: [...process.execArgv, ...options.nodeOptions] } : {}),
    });
  }

  /** Runs one batch; batches start in the order they are given. */
  run(jobs: J[]): Promise<R[]> {
    const results = inSlot(() => this.#pool.run({ shared: this.#shared, jobs } satisfies Batch<J>) as Promise<R[]>);
    const tracked = results.finally(() => this.#running.delete(tracked));
    this.#running.add(tracked);
    return results;
  }

  /** Waits for the batches given so far, then ends the processes. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.#running]);
    await this.#pool.destroy();
  }
}

/** Runs `jobs` in batches through child processes (ChildProcessPool) and returns the results in the order of `jobs`. */
export async function inChildProcesses<J, R>(workerModule: URL, jobs: readonly J[], options: BatchOptions<J>): Promise<R[]> {
  const batches = batchesOf(jobs, options.sizeOf, options.maxBatchSize);
  const pool = new ChildProcessPool<J, R>(workerModule, { ...options, processes: Math.min(options.processes, batches.length) });
  try {
    return (await Promise.all(batches.map((batch) => pool.run(batch)))).flat();
  } finally {
    await pool.close();
  }
}
