import { readFileSync } from 'node:fs';
import { textHash } from './check-cache.ts';
import { parseContentBytes, parseContentFile, type ListedFile, type ParsedFile } from './content-files.ts';
import { parseMdxNatively } from '../lib/mdx-syntax.ts';

/**
 * A content file to parse: with its text (or its bytes, UTF-8), or with where to read it and its
 * size. A file given by its path is read where it is parsed, so that its text never crosses
 * between processes.
 */
export type ParseJob = { file: Pick<ListedFile, 'collection' | 'entryPath' | 'path'> } & ({ source: string | Uint8Array } | { absolutePath: string; size: number });

/** A parsed file, and for a file read from its path the hash of the bytes that were parsed (textHash, for the check's cache). */
export interface ParseOutcome {
  parsed: ParsedFile;
  hash?: string;
}

/** Parses one file for the check (native MDX parser). */
export function parseJob(job: ParseJob): ParseOutcome {
  if ('absolutePath' in job) {
    const bytes = readFileSync(job.absolutePath);
    return { parsed: parseContentBytes(job.file, bytes, parseMdxNatively).parsed, hash: textHash(bytes) };
  }
  const { source } = job;
  if (typeof source !== 'string') return { parsed: parseContentBytes(job.file, source, parseMdxNatively).parsed };
  return { parsed: parseContentFile(job.file, source, parseMdxNatively).parsed };
}
