import { parseContentFile, type ListedFile, type ParsedFile } from './content-files.ts';
import { parseMdxNatively } from './mdx-syntax.ts';
import { inChildProcesses } from './process-pool.ts';

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

/** Below this many files a process, starting processes costs more than it saves. */
const MIN_FILES_PER_PROCESS = 250;
/** A process parses at most this much text (UTF-16 code units), which bounds what Sätteri keeps of it (see process-pool.ts). */
const MAX_BATCH = 32 * 1024 * 1024;

/** Parses files in this process, for the check (native MDX parser). */
export function parseHere(jobs: readonly ParseJob[]): ParsedFile[] {
  return jobs.map(parseJob);
}

/**
 * Parses files in up to `processes` child processes and returns the results in the order of
 * `jobs`. With one process, or fewer than `minFilesPerProcess` files a process, parses here.
 */
export async function parseInWorkers(jobs: readonly ParseJob[], processes: number, minFilesPerProcess = MIN_FILES_PER_PROCESS): Promise<ParsedFile[]> {
  const count = Math.min(processes, Math.floor(jobs.length / minFilesPerProcess));
  if (count <= 1) return parseHere(jobs);
  const sizeOf = (job: ParseJob) => (typeof job.source === 'string' ? job.source.length : job.source.byteLength);
  const total = jobs.reduce((sum, job) => sum + sizeOf(job), 0);
  try {
    return await inChildProcesses<ParseJob, ParsedFile>(new URL('./parse-worker.ts', import.meta.url), jobs, {
      processes: count,
      sizeOf,
      maxBatchSize: Math.min(MAX_BATCH, Math.ceil(total / count)),
    });
  } catch (error) {
    throw new Error(`A process of the content check failed while parsing: ${error instanceof Error ? error.message : String(error)}; run the check again with --threads 1 to see the file`, { cause: error });
  }
}
