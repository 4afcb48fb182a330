import { appendFileSync } from 'node:fs';

/** One stage of a build, for `npm run bench`: what it was and when it started and ended (ms since the epoch). */
export interface StageTiming {
  stage: string;
  start: number;
  end: number;
  /** Counts the stage reports, e.g. pages indexed. */
  detail?: Record<string, number>;
}

/**
 * Appends a stage's timing as a JSON line to the file named by BRIEFINGS_TIMINGS_FILE, when it is
 * set; does nothing otherwise. The benchmark reads the file to split a build's wall time by stage.
 */
export function recordStage(stage: string, start: number, detail?: Record<string, number>): void {
  const file = process.env.BRIEFINGS_TIMINGS_FILE;
  if (!file) return;
  const timing: StageTiming = { stage, start, end: Date.now(), ...(detail ? { detail } : {}) };
  appendFileSync(file, `${JSON.stringify(timing)}\n`);
}
