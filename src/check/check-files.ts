import { readFileSync, statSync } from 'node:fs';
import { openCheckCache, textHash, type CacheRecord, type CheckCache, type FileStamp } from './check-cache.ts';
import { listContentFiles, toContentFile, type ContentRead, type ListedFile, type ParsedFile } from './content-files.ts';
import type { ParseJob } from './parse-job.ts';
import { parseInWorkers } from './parse-workers.ts';
import type { Problem } from '../lib/problems.ts';

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

/** What the check knows of a file before parsing: its text when an editor holds it unsaved, its hash and stamp (with a cache), and whether it was read. */
interface FileRead {
  source?: string;
  hash: string;
  stat?: FileStamp;
  /** Whether the file's bytes were read here (to hash them). */
  read: boolean;
}

/**
 * Each file's hash and stamp, with a cache. A file whose stamp shows it unchanged since the last
 * check is not read at all. A file the cache holds a result for under another stamp is read to
 * hash it (it may be unchanged, only touched), and read again where it is parsed if it changed
 * (its bytes never cross to the parsing process). A file the cache holds nothing for (every file
 * of a first check) and, without a cache, every file is read only where it is parsed, which
 * hashes it there.
 */
function readFiles(listed: readonly ListedFile[], pending: ReadonlyMap<string, string>, cache: CheckCache | undefined): FileRead[] {
  return listed.map((file) => {
    const text = pending.get(file.path);
    if (text !== undefined) return { source: text, hash: cache ? textHash(text) : '', read: false };
    if (!cache) return { hash: '', read: false };
    const stat = stampOf(file.absolutePath);
    if (!cache.holds(file.path)) return { hash: '', stat, read: false };
    const known = cache.knownHash(file.path, stat);
    if (known) return { hash: known, stat, read: false };
    return { hash: textHash(readFileSync(file.absolutePath)), stat, read: true };
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
  const read = readFiles(listed, pending, cache);

  const parsed = new Array<ParsedFile>(listed.length);
  const hashes = read.map((r) => r.hash);
  const jobs: ParseJob[] = [];
  const jobIndex: number[] = [];
  let unread = 0;
  listed.forEach((file, i) => {
    const { hash, source, stat, read: wasRead } = read[i] ?? { hash: '', read: false };
    const hit = cache?.get(file.path, hash);
    if (hit) {
      parsed[i] = hit;
      if (!wasRead && source === undefined) unread++;
      return;
    }
    const fileOf = { collection: file.collection, entryPath: file.entryPath, path: file.path };
    if (source !== undefined) {
      jobs.push({ file: fileOf, source });
    } else {
      jobs.push({ file: fileOf, absolutePath: file.absolutePath, size: stat?.[0] ?? statSync(file.absolutePath).size });
    }
    jobIndex.push(i);
  });
  const fresh = await parseInWorkers(jobs, options.threads ?? 1);
  fresh.forEach(({ parsed: result, hash }, j) => {
    const i = jobIndex[j] ?? 0;
    parsed[i] = result;
    // The hash of the bytes the parser read: the file may have changed since it was hashed here.
    if (hash !== undefined && cache) hashes[i] = hash;
  });
  // Rewrite the cache when something was parsed, or when a file was read only to find it unchanged.
  if (cache && (jobs.length > 0 || read.some((r) => r.read))) {
    const records: CacheRecord[] = parsed.map((result, i) => ({ hash: hashes[i] ?? '', stat: read[i]?.stat, parsed: result }));
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
    ...(cache ? { cache: { state: cache.state, hits: listed.length - jobs.length, unread } } : {}),
  };
}
