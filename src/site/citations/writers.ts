import type { PoolOptions } from '../../system/process-pool.ts';

/**
 * The child processes that write a build's citations (format-worker.ts, see texts.ts). One
 * process writes the 15,000 records of 10,000 briefings in about a minute, well ahead of the
 * pages that show them (about four minutes of rendering). Its heap is kept small: Citation.js
 * lives in about 130 MB, and V8 would otherwise let a process that takes batch after batch grow
 * to 600 MB of garbage, while Astro's process and Pagefind writing a shard are at their peak. Two
 * such processes were the 1.1 GiB that put the build of 10,000 briefings over 3 GiB
 * (docs/build.md, "Memory").
 */
export const citationWriters = {
  processes: 1,
  freshProcessPerBatch: false,
  nodeOptions: ['--max-old-space-size=256', '--max-semi-space-size=2'],
} as const satisfies PoolOptions;
