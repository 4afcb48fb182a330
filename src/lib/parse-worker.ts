/**
 * A worker thread of `npm run check`: parses the batches of content files it is sent and sends
 * back each file's parse result. Started by `parseInWorkers` (parse-workers.ts).
 */
import { parentPort } from 'node:worker_threads';
import { parseJob, type ParseJob } from './parse-workers.ts';

parentPort?.on('message', (batch: ParseJob[]) => {
  parentPort?.postMessage(batch.map(parseJob));
});
