import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes files that belong to a page into the page's folder of the built site (a briefing's
 * `cite.bib` next to its `index.html`), as the page is rendered. 10,000 briefings and their
 * 5,000 sources offer 45,000 such files; as routes of their own each cost Astro about as much as
 * a page.
 */
export class PageFiles {
  readonly #siteDir: string;

  /** `siteDir`: the built site's folder (Astro's `outDir`). */
  constructor(siteDir: string) {
    this.#siteDir = path.resolve(siteDir);
  }

  /** Writes `name` with `text` (UTF-8) into the folder of the page at `pagePath`, a path inside the site without its base (`briefings/<id>/`). */
  write(pagePath: string, name: string, text: string): void {
    const folder = path.resolve(this.#siteDir, ...pagePath.split('/').filter(Boolean).map(decodeURIComponent));
    const file = path.join(folder, name);
    const inSite = folder === this.#siteDir || folder.startsWith(this.#siteDir + path.sep);
    if (!inSite || path.dirname(file) !== folder) {
      throw new Error(`Cannot write ${JSON.stringify(name)} for the page ${JSON.stringify(pagePath)}: it would land outside the page's folder in ${this.#siteDir}.`);
    }
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, text);
  }
}
