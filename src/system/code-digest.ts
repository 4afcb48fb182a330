import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let digest: Promise<string> | undefined;

/**
 * The archive's code as one digest: every source file of src/ and the lock file (the versions of
 * Astro, remark, Sätteri, Pagefind). What a rebuild keeps from an earlier build (rendered texts,
 * search shards) is kept only under the same digest, so any change to the code makes them anew.
 */
export function codeDigest(): Promise<string> {
  digest ??= (async () => {
    const src = fileURLToPath(new URL('../', import.meta.url));
    const hash = createHash('sha256');
    const files = (await readdir(src, { recursive: true })).filter((file) => /\.(ts|mjs|js|json|astro|css)$/.test(file)).sort();
    for (const file of files) hash.update(file).update('\0').update(await readFile(path.join(src, file))).update('\0');
    const lockFile = path.join(src, '..', 'package-lock.json');
    if (existsSync(lockFile)) hash.update(await readFile(lockFile));
    return hash.digest('base64url');
  })();
  return digest;
}
