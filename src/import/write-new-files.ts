import { randomBytes } from 'node:crypto';
import { link, lstat, mkdir, open, rename, rm, rmdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Refusal } from '../lib/refusal.ts';

/** A file a command is about to create, with its path from the project root. */
export interface NewFile {
  /** Path from the project root with forward slashes, e.g. `content/sources/azattyq-1.yaml`. */
  path: string;
  text: string;
}

/** What to tell the author when a file already exists, e.g. which option chooses another name. */
export type ExistingFileAdvice = (file: string) => string;

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

function refuseExisting(file: string, advice: ExistingFileAdvice): Refusal {
  return new Refusal(`${file} already exists, so nothing was written. ${advice(file)}`);
}

/** Creates the folders a file needs, returning those it made (deepest last) so they can be removed again. */
async function makeFolders(folder: string): Promise<string[]> {
  const missing: string[] = [];
  for (let current = folder; !(await exists(current)); current = path.dirname(current)) missing.unshift(current);
  for (const dir of missing) await mkdir(dir);
  return missing;
}

/** Puts the finished temporary file in place under its name, failing if the name is taken. */
async function place(temp: string, target: string, display: string, advice: ExistingFileAdvice, leftovers: string[]): Promise<void> {
  try {
    await link(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw refuseExisting(display, advice);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
    if (await exists(target)) throw refuseExisting(display, advice);
    await rename(temp, target);
    return;
  }
  try {
    await unlink(temp);
  } catch (error) {
    // Both names are the same file: take back the one the caller does not know of yet.
    await unlink(target).catch(() => leftovers.push(target));
    throw error;
  }
}

/** How one new file is written: the name messages give it, what to advise when it exists, and its permissions before the umask (0o666 unless given). */
export interface NewFileOptions {
  display: string;
  advice: ExistingFileAdvice;
  mode?: number;
}

/**
 * Writes one file without ever replacing another: the data (text as UTF-8, or bytes) goes to a
 * hidden temporary file in the same folder (which `content/` readers skip), then a hard link gives
 * it its name, failing if the name was taken meanwhile. Where hard links are not supported, it
 * checks and renames instead. Whatever fails, the temporary file is removed before the error goes
 * on (or, if even that fails, added to `leftovers`).
 */
export async function writeNewFile(target: string, data: string | Uint8Array, { display, advice, mode = 0o666 }: NewFileOptions, leftovers: string[] = []): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', mode);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await place(temp, target, display, advice, leftovers);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => leftovers.push(temp));
    throw error;
  }
}

/** What a file-system error means for staff, and what to do about it. */
const writeFailures: Record<string, [string, string]> = {
  ENOSPC: ['the disk is full', 'free some space'],
  EDQUOT: ['your disk quota is used up', 'free some space'],
  EFBIG: ['the file is larger than the disk allows', 'shorten the draft or split it'],
  EACCES: ['you may not write there', 'check the permissions of the folder'],
  EPERM: ['you may not write there', 'check the permissions of the folder'],
  EROFS: ['the disk is read-only', 'work in a copy of the project you can write to'],
  ENAMETOOLONG: ['its name is too long', 'choose a shorter id'],
};

/** The message for a write that failed: which file, why, what was left behind, what to do. */
function writeFailure(display: string, error: unknown, leftovers: string[]): Refusal {
  const code = (error as NodeJS.ErrnoException | null | undefined)?.code ?? '';
  const [why, todo] = writeFailures[code] ?? [`the system said: ${error instanceof Error ? error.message : String(error)}`, 'check the disk'];
  const cleaned = leftovers.length === 0
    ? 'Nothing was written to content/'
    : `These could not be removed again, so delete them by hand: ${leftovers.join(', ')}. Nothing else was written to content/`;
  return new Refusal(`${display} could not be written: ${why}${code && code in writeFailures ? ` (${code})` : ''}. ${cleaned}: ${todo}, then run the command again.`, { cause: error });
}

/**
 * Writes new files under `root`, all of them or none: refuses before writing anything if one
 * exists, writes each atomically, and removes what it wrote (and the folders it made) if any
 * later write fails, so the project is left as it was. A failed write is a Refusal that names the
 * file, the reason and anything it could not remove again.
 */
export async function writeNewFiles(root: string, files: NewFile[], advice: ExistingFileAdvice = () => ''): Promise<void> {
  for (const file of files) {
    if (await exists(path.join(root, file.path))) throw refuseExisting(file.path, advice);
  }
  const written: string[] = [];
  const folders: string[] = [];
  const leftovers: string[] = [];
  let current = '';
  try {
    for (const file of files) {
      current = file.path;
      const target = path.join(root, file.path);
      folders.push(...(await makeFolders(path.dirname(target))));
      await writeNewFile(target, file.text, { display: file.path, advice }, leftovers);
      written.push(target);
    }
  } catch (error) {
    for (const target of written.reverse()) await rm(target, { force: true }).catch(() => leftovers.push(target));
    for (const folder of folders.reverse()) await rmdir(folder).catch(() => leftovers.push(`${folder}${path.sep}`));
    if (error instanceof Refusal && leftovers.length === 0) throw error;
    const shown = leftovers.map((f) => path.relative(root, f).split(path.sep).join('/'));
    throw writeFailure(current, error, shown);
  }
}
