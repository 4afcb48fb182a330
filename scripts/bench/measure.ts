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
  /** The tree's resident bytes by kind of process (treeParts) at each sample, in the order of `samples`. */
  parts: TreeParts[];
  output: string;
}

const PAGE_SIZE = 4096;

/**
 * Resident bytes of a process tree by kind of process: the command itself (Astro's process, for a
 * build), Pagefind's binary, and every other process (Node child processes: text renderers,
 * citation writers).
 */
export interface TreeParts {
  main: number;
  pagefind: number;
  others: number;
}

/** Parent pid, command name and resident bytes of every process, read from /proc. */
function processTable(): Map<number, { ppid: number; name: string; rss: number }> {
  const table = new Map<number, { ppid: number; name: string; rss: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      table.set(Number(name), { ppid: Number(fields[1]), name: command, rss: Number(fields[21]) * PAGE_SIZE });
    } catch {
      // The process ended between readdir and read.
    }
  }
  return table;
}

/** Resident bytes of `root` and every process descended from it, by kind (TreeParts). */
export function treeParts(root: number): TreeParts {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const parts: TreeParts = { main: 0, pagefind: 0, others: 0 };
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    const process = table.get(pid);
    if (process) parts[pid === root ? 'main' : process.name.startsWith('pagefind') ? 'pagefind' : 'others'] += process.rss;
    stack.push(...(children.get(pid) ?? []));
  }
  return parts;
}

/** Resident bytes of `root` and every process descended from it. */
export function treeRss(root: number): number {
  const { main, pagefind, others } = treeParts(root);
  return main + pagefind + others;
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
  const parts: TreeParts[] = [];
  const sample = () => {
    if (child.pid === undefined) return;
    const tree = treeParts(child.pid);
    const rss = tree.main + tree.pagefind + tree.others;
    samples.push([Date.now(), rss]);
    parts.push(tree);
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
      resolve({ code, wallMs: performance.now() - started, peakRssBytes: peak, samples, parts, output });
    });
  });
}
