/**
 * The editor's server side: where an entry's file is, what the check says about files before they
 * are written, and the files Keystatic saves put in house style. Runs in `astro dev` only.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { checkContent } from '../check/check-content.ts';
import { collections, collectionNames, type CollectionName } from '../lib/collections.ts';
import type { DraftStatus } from '../lib/draft-status.ts';
import { isDraft } from '../lib/drafts.ts';
import { formatProblem } from '../lib/problems.ts';
import { formatSavedFile, splitMdx } from './house-style.ts';

/** The project the editor edits: the working copy `npm run edit` was started in. */
export const projectRoot = process.cwd();

/** A collection name from a request, or undefined when it is not one. */
export function collectionNamed(name: string | undefined): CollectionName | undefined {
  return (collectionNames as string[]).includes(name ?? '') ? (name as CollectionName) : undefined;
}

/** The file of an entry, from the project root: `content/cases/max-bokayev.mdx`. */
export function entryFile(collection: CollectionName, id: string): string {
  const { directory, format } = collections[collection];
  return `content/${directory}/${id}.${format === 'mdx' ? 'mdx' : 'yaml'}`;
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(path.join(projectRoot, file), 'utf8');
  } catch {
    return undefined;
  }
}

/** A file Keystatic is about to write, in house style: laid onto the file as it is (or as it was before a rename). */
export async function houseStyleFile(file: string, saved: string, renamedFrom?: string): Promise<string> {
  const original = (await readOptional(file)) ?? (renamedFrom ? await readOptional(renamedFrom) : undefined);
  return formatSavedFile(file, saved, original);
}

/** What the check says about one file: its problems in the check's words, and what a draft still needs. */
export interface FileCheck {
  file: string;
  draft: boolean;
  problems: string[];
  draftStatus?: DraftStatus | undefined;
}

function fileIsDraft(file: string, text: string): boolean {
  try {
    return isDraft(parse(file.endsWith('.mdx') ? splitMdx(text)?.yaml ?? '' : text));
  } catch {
    return false;
  }
}

/** Checks `pending` files (path → text) as if written, with the whole archive, as `npm run check` would. */
export async function checkFiles(pending: ReadonlyMap<string, string>): Promise<FileCheck[]> {
  const result = await checkContent(projectRoot, pending);
  return [...pending].map(([file, text]) => ({
    file,
    draft: fileIsDraft(file, text),
    problems: result.problems.filter((p) => p.file === file).map(formatProblem),
    draftStatus: result.drafts.find((d) => d.file === file),
  }));
}

/** The saved text of an entry's file, if it exists. */
export async function savedText(file: string): Promise<string | undefined> {
  return readOptional(file);
}

/** The entries of a collection for a picker: id and title or name, and a source's address. */
export async function pickerEntries(collection: CollectionName): Promise<Array<{ id: string; title?: string; url?: string }>> {
  const folder = path.join(projectRoot, 'content', collections[collection].directory);
  const names = (await readdir(folder, { recursive: true })).filter((n) => /\.(mdx|ya?ml)$/.test(n)).sort();
  return Promise.all(names.map(async (name) => {
    const text = await readFile(path.join(folder, name), 'utf8');
    let data: Record<string, unknown> = {};
    try {
      data = (parse(name.endsWith('.mdx') ? splitMdx(text)?.yaml ?? '' : text) ?? {}) as Record<string, unknown>;
    } catch {
      // an unreadable file still appears, by its file name; the check says what is wrong with it
    }
    const title = typeof data.title === 'string' ? data.title : typeof data.name === 'string' ? data.name : undefined;
    return { id: name.replace(/\.(mdx|ya?ml)$/, ''), ...(title ? { title } : {}), ...(typeof data.url === 'string' ? { url: data.url } : {}) };
  }));
}
