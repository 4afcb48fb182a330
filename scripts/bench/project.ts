/** Temporary projects for `npm run bench`: the archive's code with a generated `content/` folder. */
import { cp, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CorpusFiles } from './corpus.ts';

/** Reads every file of a `content/` folder (README excluded) as text, keyed by its path inside it: the collections' files, the site's settings and its (SVG) logo. */
export async function readCorpus(contentDir: string): Promise<CorpusFiles> {
  const files: CorpusFiles = new Map();
  for (const entry of (await readdir(contentDir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile())) {
    const file = path.relative(contentDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (file !== 'README.md') files.set(file, await readFile(path.join(contentDir, file), 'utf8'));
  }
  return files;
}

/** Writes corpus files under `dir`, creating folders as needed. */
export async function writeCorpus(dir: string, files: CorpusFiles): Promise<void> {
  const folders = new Set([...files.keys()].map((file) => path.dirname(path.join(dir, file))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  const entries = [...files];
  // A few writes at a time: fast, and far below the open-files limit.
  for (let i = 0; i < entries.length; i += 64) {
    await Promise.all(entries.slice(i, i + 64).map(([file, text]) => writeFile(path.join(dir, file), text)));
  }
}

/**
 * Makes `root` a project that builds `files` with the archive's code: `content/` holds the corpus;
 * src, public and the configuration are copied (a snapshot: edits made in the repository while a
 * benchmark runs do not reach it, and Astro resolves no module through a link). node_modules is a
 * folder of its own whose packages are links to the repository's: Astro's and Vite's caches
 * (`node_modules/.astro`, `.vite`) are then the project's, so that a cold build is cold and a
 * rebuild finds only what this project's last build left.
 */
export async function writeArchiveProject(repoRoot: string, root: string, files: CorpusFiles): Promise<void> {
  await writeCorpus(path.join(root, 'content'), files);
  for (const copied of ['src', 'public', 'package.json', 'package-lock.json', 'tsconfig.json', 'astro.config.mjs']) {
    await cp(path.join(repoRoot, copied), path.join(root, copied), { recursive: true });
  }
  await mkdir(path.join(root, 'node_modules'));
  for (const name of await readdir(path.join(repoRoot, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    await symlink(path.join(repoRoot, 'node_modules', name), path.join(root, 'node_modules', name));
  }
}
