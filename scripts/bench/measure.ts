/** Runs a command and measures it: wall time and the peak memory of its whole process tree. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** What a measured command did. */
export interface Measured {
  code: number | null;
  wallMs: number;
  /** Highest sum of the resident set sizes of the command and all its descendants, sampled from /proc. */
  peakRssBytes: number;
  /** Every sample: when it was taken (ms since the epoch) and the tree's resident bytes then. */
  samples: Array<[number, number]>;
  output: string;
}

const PAGE_SIZE = 4096;

/** Parent pid and resident bytes of every process, read from /proc. */
function processTable(): Map<number, { ppid: number; rss: number }> {
  const table = new Map<number, { ppid: number; rss: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), { ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE_SIZE });
    } catch {
      // The process ended between readdir and read.
    }
  }
  return table;
}

/** Resident bytes of `root` and every process descended from it. */
export function treeRss(root: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    total += table.get(pid)?.rss ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs `command` with `args`, sampling the memory of its process tree every `intervalMs`, and
 * passes each line of output to `onLine` as it comes (for progress and stage timings).
 */
export function runMeasured(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; onLine?: (line: string) => void; intervalMs?: number }): Promise<Measured> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let peak = 0;
  let output = '';
  const samples: Array<[number, number]> = [];
  const sample = () => {
    if (child.pid === undefined) return;
    const rss = treeRss(child.pid);
    samples.push([Date.now(), rss]);
    peak = Math.max(peak, rss);
  };
  const timer = setInterval(sample, options.intervalMs ?? 100);
  let pending = '';
  const onData = (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) options.onLine?.(line);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      reject(new Error(`Cannot run ${command}`, { cause: error }));
    });
    child.on('close', (code) => {
      clearInterval(timer);
      if (pending) options.onLine?.(pending);
      resolve({ code, wallMs: performance.now() - started, peakRssBytes: peak, samples, output });
    });
  });
}
