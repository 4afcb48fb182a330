import { Worker } from 'node:worker_threads';
import { parseContentFile, type ListedFile, type ParsedFile } from './content-files.ts';
import { parseMdxNatively } from './mdx-syntax.ts';

/** A content file to parse, with its text (or its bytes, UTF-8). */
export interface ParseJob {
  file: Pick<ListedFile, 'collection' | 'entryPath' | 'path'>;
  source: string | Uint8Array;
}

/** Parses one file for the check (native MDX parser). */
export function parseJob({ file, source }: ParseJob): ParsedFile {
  const text = typeof source === 'string' ? source : Buffer.from(source.buffer, source.byteOffset, source.byteLength).toString('utf8');
  return parseContentFile(file, text, parseMdxNatively).parsed;
}

/** Files a worker is sent at a time: small enough that both threads finish together. */
const BATCH = 64;
/** Below this many files, starting threads costs more than it saves. */
const MIN_FILES_PER_THREAD = 250;

/** Parses files in this thread, for the check (native MDX parser). */
export function parseHere(jobs: readonly ParseJob[]): ParsedFile[] {
  return jobs.map(parseJob);
}

/**
 * Parses files on up to `threads` worker threads and returns the results in the order of `jobs`.
 * With one thread, or fewer than `minFilesPerThread` files a thread, parses in this thread instead.
 */
export async function parseInWorkers(jobs: readonly ParseJob[], threads: number, minFilesPerThread = MIN_FILES_PER_THREAD): Promise<ParsedFile[]> {
  const count = Math.min(threads, Math.floor(jobs.length / minFilesPerThread));
  if (count <= 1) return parseHere(jobs);
  const results = new Array<ParsedFile>(jobs.length);
  let next = 0;
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: count }, () => new Promise<void>((resolve, reject) => {
        const worker = new Worker(new URL('./parse-worker.ts', import.meta.url));
        workers.push(worker);
        let start = 0;
        const send = () => {
          if (next >= jobs.length) {
            resolve();
            return;
          }
          start = next;
          next = Math.min(jobs.length, next + BATCH);
          worker.postMessage(jobs.slice(start, next));
        };
        worker.on('message', (parsed: ParsedFile[]) => {
          parsed.forEach((result, i) => {
            results[start + i] = result;
          });
          send();
        });
        worker.on('error', (error) => {
          reject(new Error(`A worker thread of the content check failed while parsing ${jobs[start]?.file.path ?? 'content files'}; run the check again with --threads 1 to see the file`, { cause: error }));
        });
        worker.on('exit', (code) => {
          if (next < jobs.length || code !== 0) reject(new Error(`A worker thread of the content check stopped early (exit code ${code})`));
        });
        send();
      })),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
