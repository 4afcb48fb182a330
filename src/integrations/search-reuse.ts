import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { codeDigest } from '../system/code-digest.ts';
import { replaceFile } from '../system/replace-file.ts';
import { fillsShard, forIndex, SearchIndexer, SHARD_LIST, shardFolder, writeShardList } from './search-indexer.ts';

/** A searchable page as the index saw it: its address, a digest of the text Pagefind read, and that text's length. */
interface IndexedPage {
  url: string;
  digest: string;
  textLength: number;
}

/** What a build leaves for the next one: under which code and settings it indexed, and the pages of each shard, in order. */
interface Manifest {
  key: string;
  shards: IndexedPage[][];
}

const MANIFEST = 'manifest.json';

/** The shards that `pages`, in the order the build rendered them, make: the indexer's own rule (fillsShard). */
function layoutOf(pages: readonly IndexedPage[], shardCharacters: number): IndexedPage[][] {
  const shards: IndexedPage[][] = [];
  let shard: IndexedPage[] = [];
  let text = 0;
  for (const page of pages) {
    shard.push(page);
    text += page.textLength;
    if (fillsShard(text, shardCharacters)) {
      shards.push(shard);
      shard = [];
      text = 0;
    }
  }
  if (shard.length > 0 || shards.length === 0) shards.push(shard);
  return shards;
}

const sameShard = (a: readonly IndexedPage[] | undefined, b: readonly IndexedPage[]) =>
  a !== undefined && a.length === b.length && a.every((page, i) => page.url === b[i]?.url && page.digest === b[i]?.digest);

/**
 * Keeps the search index's shards from one build to the next. The first build (or one whose code
 * or shard size changed) indexes pages as they are rendered (SearchIndexer) and keeps a copy of
 * each shard with the list of its pages. A rebuild only notes each rendered page; at the end it
 * lays out the shards exactly as a first build of the same pages would, copies each shard whose
 * pages are all unchanged, and indexes the others again from the pages on disk (Pagefind cannot
 * take a page out of an index, so a shard with one changed page is indexed whole).
 */
export class SearchReuse {
  readonly #siteDir: string;
  readonly #cacheDir: string;
  readonly #shardCharacters: number;
  readonly #key: string;
  readonly #previous: Manifest | undefined;
  /** Searchable pages rendered by this build, in the order they were rendered. */
  readonly #rendered = new Map<string, IndexedPage>();
  /** Pages rendered by this build that have nothing to index. */
  readonly #unsearchable = new Set<string>();
  /** The indexer of a first build; undefined in a rebuild. */
  readonly indexer: SearchIndexer | undefined;

  private constructor(options: { siteDir: string; cacheDir: string; shardCharacters: number }, key: string, previous: Manifest | undefined) {
    this.#siteDir = options.siteDir;
    this.#cacheDir = options.cacheDir;
    this.#shardCharacters = options.shardCharacters;
    this.#key = key;
    this.#previous = previous;
    this.indexer = previous ? undefined : new SearchIndexer({ siteDir: options.siteDir, shardCharacters: options.shardCharacters });
  }

  /** Opens the copy kept in `cacheDir` (one folder per project) for a build into `siteDir`. */
  static async open(options: { siteDir: string; cacheDir: string; shardCharacters: number }): Promise<SearchReuse> {
    const key = `${await codeDigest()}\0${options.shardCharacters}`;
    let previous: Manifest | undefined;
    try {
      const manifest = JSON.parse(readFileSync(path.join(options.cacheDir, MANIFEST), 'utf8')) as Manifest;
      if (manifest.key === key) previous = manifest;
    } catch {
      // Nothing kept yet, or a copy that cannot be read: index every page.
    }
    return new SearchReuse(options, key, previous);
  }

  /** Whether this build reuses an earlier build's shards (pages are then indexed at the end, not as they are rendered). */
  get rebuilding(): boolean {
    return this.#previous !== undefined;
  }

  /** Notes a rendered page (its address without the site's base) and, in a first build, hands it to the indexer. */
  async add(url: string, html: string): Promise<void> {
    if (!html.includes('data-pagefind-body')) {
      this.#unsearchable.add(url);
      return;
    }
    const page = forIndex(html);
    this.#rendered.set(url, { url, digest: createHash('sha256').update(page.html).digest('base64url'), textLength: page.textLength });
    await this.indexer?.add(url, html);
  }

  /**
   * Writes the index: the shards of a first build, or those of a rebuild, kept or indexed again.
   * `pages` are the addresses of every page of the build (rendered or reused), in the build's order.
   * Returns the pages indexed, the shard folders, how many shards were indexed anew, and in a
   * rebuild how many pages those shards held and how long indexing them again took.
   */
  async finish(pages: readonly string[]): Promise<{ pages: number; shards: string[]; indexed: number; reindexedPages: number; reindexMs: number }> {
    if (this.indexer) {
      // Pages Astro kept from its own cache were not rendered, so not yet indexed: index them from disk.
      for (const url of pages) {
        if (!this.#rendered.has(url) && !this.#unsearchable.has(url)) await this.add(url, await readFile(this.#pageFile(url), 'utf8'));
      }
      const summary = await this.indexer.finish();
      const layout = layoutOf([...this.#rendered.values()], this.#shardCharacters);
      await this.#keep(layout, summary.shards.map((_, i) => i));
      return { ...summary, indexed: summary.shards.length, reindexedPages: 0, reindexMs: 0 };
    }
    const previousPages = new Map((this.#previous?.shards ?? []).flat().map((page) => [page.url, page]));
    const ordered: IndexedPage[] = [];
    for (const url of pages) {
      const page = this.#rendered.get(url) ?? (this.#unsearchable.has(url) ? undefined : previousPages.get(url));
      if (page) ordered.push(page);
    }
    if (ordered.length === 0) throw new Error('Search index: no page is marked data-pagefind-body. Fix the cause and build again.');
    const layout = layoutOf(ordered, this.#shardCharacters);
    const folders = layout.map((_, i) => shardFolder(i));
    const anew: number[] = [];
    let reindexedPages = 0;
    let reindexMs = 0;
    for (const [i, shard] of layout.entries()) {
      const folder = folders[i] as string;
      if (sameShard(this.#previous?.shards[i], shard)) {
        await cp(path.join(this.#cacheDir, folder), path.join(this.#siteDir, folder), { recursive: true });
      } else {
        const started = Date.now();
        await this.#index(shard, folder);
        reindexMs += Date.now() - started;
        reindexedPages += shard.length;
        anew.push(i);
      }
    }
    await writeShardList(this.#siteDir, folders);
    await this.#keep(layout, anew);
    return { pages: ordered.length, shards: folders, indexed: anew.length, reindexedPages, reindexMs };
  }

  /** The built file of the page at `url` (`/briefings/<id>/` → `briefings/<id>/index.html`). */
  #pageFile(url: string): string {
    return path.join(this.#siteDir, ...url.split('/').filter(Boolean).map(decodeURIComponent), 'index.html');
  }

  /** Indexes one shard again from the built pages, as the indexer would have. */
  async #index(shard: readonly IndexedPage[], folder: string): Promise<void> {
    const scratch = await mkdtemp(path.join(this.#siteDir, '.search-'));
    try {
      const indexer = new SearchIndexer({ siteDir: scratch, shardCharacters: Number.POSITIVE_INFINITY });
      for (const page of shard) {
        await indexer.add(page.url, await readFile(this.#pageFile(page.url), 'utf8'));
      }
      await indexer.finish();
      await rm(path.join(scratch, 'pagefind', SHARD_LIST), { force: true });
      await mkdir(path.dirname(path.join(this.#siteDir, folder)), { recursive: true });
      await rm(path.join(this.#siteDir, folder), { recursive: true, force: true });
      await rename(path.join(scratch, 'pagefind'), path.join(this.#siteDir, folder));
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }

  /** Keeps a copy of the shards at `positions` (the others are kept already) and the list of every shard's pages. */
  async #keep(layout: IndexedPage[][], positions: number[]): Promise<void> {
    await mkdir(this.#cacheDir, { recursive: true });
    for (const i of positions) {
      const folder = shardFolder(i);
      const copy = path.join(this.#cacheDir, folder);
      await rm(copy, { recursive: true, force: true });
      // The main index's folder holds the other shards and their list: those are kept on their own.
      await cp(path.join(this.#siteDir, folder), copy, {
        recursive: true,
        filter: (source) => {
          const top = path.relative(path.join(this.#siteDir, folder), source).split(path.sep)[0] ?? '';
          return i !== 0 || !(top === SHARD_LIST || /^shard-\d+$/.test(top));
        },
      });
    }
    const manifest: Manifest = { key: this.#key, shards: layout };
    await replaceFile(path.join(this.#cacheDir, MANIFEST), JSON.stringify(manifest));
  }
}
