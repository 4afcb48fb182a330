import { readFileSync, statSync } from 'node:fs';
import { openCheckCache, textHash, type CacheRecord, type CheckCache, type FileStamp } from './check-cache.ts';
import { listContentFiles, toContentFile, type ContentRead, type ListedFile, type ParsedFile } from './content-files.ts';
import { parseInWorkers, type ParseJob } from './parse-workers.ts';
import type { Problem } from './problems.ts';

/** How the check reads `content/`. */
export interface CheckReadOptions {
  /** Reuse parse results of unchanged files from node_modules/.cache/briefings-check/. Default: false. */
  cache?: boolean;
  /** Processes to parse in (used only for hundreds of files; see parse-workers.ts). Default: 1, this process. */
  threads?: number;
}

/** What state the cache was in, how many files came from it, and how many of those were not even read. */
export interface CacheReport {
  state: CheckCache['state'];
  hits: number;
  /** Files whose stamp (size, times, inode) showed them unchanged, so they were not read. */
  unread: number;
}

function stampOf(file: string): FileStamp {
  const { size, mtimeMs, ctimeMs, ino } = statSync(file);
  return [size, mtimeMs, ctimeMs, ino];
}

/**
 * Each file's text (or bytes) and, with a cache, its hash and stamp. A file whose stamp shows it
 * unchanged since the last check is not read at all: its text is read only if it must be parsed.
 */
function readFiles(listed: readonly ListedFile[], pending: ReadonlyMap<string, string>, cache: CheckCache | undefined) {
  return listed.map((file) => {
    const text = pending.get(file.path);
    if (text !== undefined) return { source: text, hash: cache ? textHash(text) : '' };
    if (!cache) return { source: readFileSync(file.absolutePath), hash: '' };
    const stat = stampOf(file.absolutePath);
    const known = cache.knownHash(file.path, stat);
    if (known) return { hash: known, stat };
    // Bytes, not text: decoding is left to the thread that parses the file, if it must be parsed.
    const source = readFileSync(file.absolutePath);
    return { source, hash: textHash(source), stat };
  });
}

/**
 * Reads and parses every file of `content/` for the check, like `readContent` but without syntax
 * trees (the rules read each text's facts), in child processes, and from the cache for files whose
 * text has not changed since the last check.
 */
export async function readContentForCheck(
  contentDir: string,
  projectRoot: string,
  pending: ReadonlyMap<string, string> = new Map(),
  options: CheckReadOptions = {},
): Promise<ContentRead & { cache?: CacheReport }> {
  const items = await listContentFiles(contentDir, projectRoot, pending);
  const listed = items.flatMap((item) => ('file' in item ? [item.file] : []));
  const cache = options.cache ? await openCheckCache(projectRoot, contentDir) : undefined;
  const readAt = Date.now();
  const read: Array<{ source?: string | Buffer; hash: string; stat?: FileStamp }> = readFiles(listed, pending, cache);

  const parsed = new Array<ParsedFile>(listed.length);
  const jobs: ParseJob[] = [];
  const jobIndex: number[] = [];
  listed.forEach((file, i) => {
    const { hash } = read[i] ?? { hash: '' };
    const hit = cache?.get(file.path, hash);
    if (hit) {
      parsed[i] = hit;
      return;
    }
    const source = read[i]?.source ?? readFileSync(file.absolutePath);
    jobs.push({ file: { collection: file.collection, entryPath: file.entryPath, path: file.path }, source });
    jobIndex.push(i);
  });
  const fresh = await parseInWorkers(jobs, options.threads ?? 1);
  fresh.forEach((result, j) => {
    parsed[jobIndex[j] ?? 0] = result;
  });
  // Rewrite the cache when something was parsed, or when a file was read only to find it unchanged.
  if (cache && (jobs.length > 0 || read.some((r) => r.source !== undefined))) {
    const records: CacheRecord[] = parsed.map((result, i) => ({ hash: read[i]?.hash ?? '', stat: read[i]?.stat, parsed: result }));
    await cache.save(records, readAt);
  }

  const problems: Problem[] = [];
  let next = 0;
  for (const item of items) {
    if ('problem' in item) problems.push(item.problem);
    else problems.push(...(parsed[next++]?.problems ?? []));
  }
  return {
    files: parsed.map((result) => toContentFile(result)),
    problems,
    fileCount: listed.length,
    ...(cache ? { cache: { state: cache.state, hits: listed.length - jobs.length, unread: read.filter((r) => r.source === undefined).length } } : {}),
  };
}
