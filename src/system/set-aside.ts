import { mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** What setAsideContents did: how many entries it moved, and the removal of the folder that holds them. */
export interface SetAside {
  moved: number;
  /** Why it stopped before moving every entry, if it did (the rest stays where it was). */
  stopped?: Error | undefined;
  /** Settles when the moved entries are deleted; never rejects (a leftover is deleted by the next call). */
  removal: Promise<void>;
}

/** Prefix of the sibling folders that hold what was set aside. */
const PREFIX = '.set-aside-';

/**
 * Empties `dir` at once by renaming each of its entries (but those named in `keep`) into a new
 * sibling folder, and deletes that folder in the background. A rename within one file system takes
 * no time whatever the entry holds, where deleting a built site of tens of thousands of files
 * takes seconds. If a rename fails (another file system, no permission), the remaining entries stay
 * in `dir`. Folders left by an earlier call that did not finish are deleted too.
 */
export async function setAsideContents(dir: string, keep: ReadonlySet<string> = new Set()): Promise<SetAside> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => !keep.has(name));
  } catch {
    return { moved: 0, removal: Promise.resolve() };
  }
  const parent = path.dirname(path.resolve(dir));
  const prefix = `${PREFIX}${path.basename(path.resolve(dir))}-`;
  const leftovers = (await readdir(parent).catch(() => [] as string[])).filter((name) => name.startsWith(prefix)).map((name) => path.join(parent, name));
  let moved = 0;
  let stopped: Error | undefined;
  let holder: string | undefined;
  try {
    if (names.length > 0) holder = await mkdtemp(path.join(parent, prefix));
    for (const name of names) {
      await rename(path.join(dir, name), path.join(holder as string, name));
      moved++;
    }
  } catch (error) {
    stopped = error instanceof Error ? error : new Error(String(error));
  }
  const removal = Promise.all([...leftovers, ...(holder ? [holder] : [])].map((folder) => rm(folder, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined))).then(() => undefined);
  return { moved, stopped, removal };
}
