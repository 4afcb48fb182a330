/**
 * A child process of `npm run check`: parses one batch of content files and returns each file's
 * parse result (and, for a file it read, the hash of its bytes). Started by `parseInWorkers` (parse-workers.ts).
 */
import { parseJob, type ParseJob } from './parse-job.ts';
import type { Batch } from '../system/process-pool.ts';

/** Parses a batch of content files. */
export default function parseBatch({ jobs }: Batch<ParseJob>) {
  return jobs.map(parseJob);
}
