import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes files that belong to a page into the page's folder of the built site (a briefing's
 * `cite.bib` next to its `index.html`), as the page is rendered. 10,000 briefings and their
 * 5,000 sources offer 45,000 such files; as routes of their own each cost Astro about as much as
 * a page. With a cache folder, each file is also kept there, so that a rebuild can put back the
 * files of the pages it takes from Astro's cache instead of rendering them (restore).
 */
export class PageFiles {
  readonly #siteDir: string;
  readonly #cacheDir: string | undefined;
  readonly #written = new Set<string>();

  /** `siteDir`: the built site's folder (Astro's `outDir`); `cacheDir`: where copies are kept from one build to the next. */
  constructor(siteDir: string, cacheDir?: string) {
    this.#siteDir = path.resolve(siteDir);
    this.#cacheDir = cacheDir === undefined ? undefined : path.resolve(cacheDir);
  }

  /** The folder of the page at `pagePath` under `root`, refusing any path that leads out of it. */
  #folder(root: string, pagePath: string, name: string): string {
    const folder = path.resolve(root, ...pagePath.split('/').filter(Boolean).map(decodeURIComponent));
    const inSite = folder === root || folder.startsWith(root + path.sep);
    if (!inSite || path.dirname(path.join(folder, name)) !== folder) {
      throw new Error(`Cannot write ${JSON.stringify(name)} for the page ${JSON.stringify(pagePath)}: it would land outside the page's folder in ${root}.`);
    }
    return folder;
  }

  /** Writes `name` with `text` (UTF-8) into the folder of the page at `pagePath`, a path inside the site without its base (`briefings/<id>/`). */
  write(pagePath: string, name: string, text: string): void {
    for (const root of this.#cacheDir === undefined ? [this.#siteDir] : [this.#siteDir, this.#cacheDir]) {
      const folder = this.#folder(root, pagePath, name);
      mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, name), text);
    }
    this.#written.add(this.#folder(this.#siteDir, pagePath, name));
  }

  /**
   * Puts back, from the cache, the files of the pages at `pagePaths` that this build did not
   * render (Astro copied them from its cache: their content, and so their files, are unchanged).
   * Returns how many files were put back.
   */
  restore(pagePaths: readonly string[]): number {
    if (this.#cacheDir === undefined) return 0;
    let restored = 0;
    for (const pagePath of pagePaths) {
      const folder = this.#folder(this.#siteDir, pagePath, 'index.html');
      if (this.#written.has(folder)) continue;
      const kept = this.#folder(this.#cacheDir, pagePath, 'index.html');
      let names: string[];
      try {
        names = readdirSync(kept, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
      } catch {
        continue;
      }
      for (const name of names) {
        mkdirSync(folder, { recursive: true });
        copyFileSync(path.join(kept, name), path.join(folder, name));
        restored++;
      }
    }
    return restored;
  }
}
