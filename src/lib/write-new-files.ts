import { randomBytes } from 'node:crypto';
import { link, lstat, mkdir, open, rename, rm, rmdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Refusal } from './refusal.ts';

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
 * checks and renames instead. A write that fails leaves nothing behind.
 */
export async function writeNewFile(target: string, data: string | Uint8Array, { display, advice, mode = 0o666 }: NewFileOptions): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    // A write that failed part of the way (a full disk) leaves no half-written file.
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await link(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      await unlink(temp);
      throw refuseExisting(display, advice);
    }
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV' && code !== 'ENOSYS') {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    if (await exists(target)) {
      await unlink(temp);
      throw refuseExisting(display, advice);
    }
    await rename(temp, target);
    return;
  }
  await unlink(temp);
}

/**
 * Writes new files under `root`, all of them or none: refuses before writing anything if one
 * exists, writes each atomically, and removes what it wrote (and the folders it made) if any
 * later write fails, so the project is left as it was.
 */
export async function writeNewFiles(root: string, files: NewFile[], advice: ExistingFileAdvice = () => ''): Promise<void> {
  for (const file of files) {
    if (await exists(path.join(root, file.path))) throw refuseExisting(file.path, advice);
  }
  const written: string[] = [];
  const folders: string[] = [];
  try {
    for (const file of files) {
      const target = path.join(root, file.path);
      folders.push(...(await makeFolders(path.dirname(target))));
      await writeNewFile(target, file.text, { display: file.path, advice });
      written.push(target);
    }
  } catch (error) {
    for (const target of written.reverse()) await rm(target, { force: true });
    for (const folder of folders.reverse()) await rmdir(folder).catch(() => undefined);
    throw error;
  }
}
