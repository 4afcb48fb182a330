import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * A folder of Astro's cache directory that belongs to the project at `root`: projects that share
 * node_modules (the benchmark's) share the cache directory too, so each keeps its own under a
 * digest of its root (`<cacheDir>/<name>/<12 hex>`).
 */
export function projectCacheFolder(cacheDir: string, root: string, name: string): string {
  return path.join(cacheDir, name, createHash('sha256').update(root).digest('hex').slice(0, 12));
}
