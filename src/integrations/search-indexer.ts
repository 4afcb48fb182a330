import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { forSearchIndex } from '../lib/search/indexed-text.ts';

/**
 * What the index leaves out of every page, beyond what pages mark with data-pagefind-ignore.
 * Footnote numbers too: Pagefind would set `prisoners.³¹ Semenova` apart as `prisoners. 31
 * Semenova` in excerpts, and nobody searches for a footnote's number. And the source records a
 * footnote cites (`.footnote-source`, src/markdown/source-citation.ts): their titles, publishers
 * and dates are indexed once, on each source's own page, which lists the papers that cite it;
 * repeated in every note that cites them they were a sixth of a paper's indexed text, sent with
 * every result that shows it (docs/search-at-scale.md). The note's own words stay.
 */
export const excludedFromIndex = ['.heading-anchor', '[data-footnote-backref]', '[data-footnote-ref]', '.footnote-preview', '.footnote-source'];

/** The list of extra index shards the search page merges, relative to the main index's folder. */
export const SHARD_LIST = 'shards.json';

const BODY = '<article';
const BODY_END = '</article>';

/**
 * The searchable article of a page (`<article data-pagefind-body>`, the archive's pages have one),
 * as a document of its own: Pagefind reads nothing outside it, and the rest of the page (head,
 * navigation, footer) only costs time to send and parse. Undefined when the page is built
 * otherwise.
 */
function searchableArticle(html: string): string | undefined {
  const marker = html.indexOf('data-pagefind-body');
  const start = html.lastIndexOf(BODY, marker);
  const end = html.lastIndexOf(BODY_END);
  if (marker < 0 || start < 0 || end < marker || html.indexOf('>', start) < marker) return undefined;
  return html.slice(start, end);
}

/**
 * The page as the index sees it: its searchable article, with the spelling marks, spaces and
 * heading-only ids of forSearchIndex, and the length of the text the index reads (what
 * excludedFromIndex leaves out not counted). The page on disk is not changed.
 */
export function forIndex(html: string): { html: string; textLength: number } {
  const article = searchableArticle(html);
  return forSearchIndex(article === undefined ? html : `<!doctype html><html><body>${article}${BODY_END}</body></html>`, excludedFromIndex);
}

/** Whether a shard holding `shardText` characters of indexed text is full (see SearchIndexerOptions.shardCharacters). */
export function fillsShard(shardText: number, shardCharacters: number): boolean {
  return shardText >= shardCharacters;
}

/** The folder of the shard at `position` (from 0), relative to the site: the first is the main index. */
export function shardFolder(position: number): string {
  return position === 0 ? 'pagefind' : `pagefind/shard-${position + 1}`;
}

/** Writes the list of extra shards (shardFolder) the search page merges into the main index's folder. */
export async function writeShardList(siteDir: string, shards: readonly string[]): Promise<void> {
  const main = path.join(siteDir, 'pagefind');
  const extra = shards.slice(1).map((shard) => `${path.relative(main, path.join(siteDir, shard)).split(path.sep).join('/')}/`);
  await writeFile(path.join(main, SHARD_LIST), `${JSON.stringify(extra)}\n`);
}

/** How the indexer splits the index and how far it lets pages run ahead of Pagefind. */
export interface SearchIndexerOptions {
  /** The built site's folder; the index goes to `pagefind/` in it. */
  siteDir: string;
  /**
   * A shard holds pages until their indexed text reaches this many characters. Pagefind holds a
   * whole index in memory while it writes it, about 45 bytes for each character of text
   * (Pagefind 1.6), so this bounds the indexer's memory; the search page merges the shards.
   */
  shardCharacters: number;
  /** Pages handed to Pagefind and not yet read by it. */
  maxPending?: number;
  /** Bytes of pages waiting for Pagefind (while it writes a shard, say); beyond this, adding waits. */
  maxQueued?: number;
}

/** What the indexer did: pages indexed and the folders of the shards, relative to the site. */
export interface SearchIndexSummary {
  pages: number;
  shards: string[];
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;
/** A page waiting for Pagefind, as UTF-8 bytes: half the memory of a string, and no hold on the page it was cut from. */
type QueuedPage = { url: string; html: Buffer; textLength: number };

const failure = (step: string, errors: string[]) => new Error(`Search index: ${step} failed: ${errors.join('; ')}. Fix the cause and build again.`);

/**
 * Builds the Pagefind index while pages are generated: each built page is queued as soon as it
 * is rendered and fed to Pagefind's own process, which indexes it on the other core. Pages fill
 * one shard at a time; a full shard is written, and Pagefind's process stopped to give back its
 * memory, while the build goes on queueing pages for the next shard. One index for every
 * language (see briefingsSearch).
 */
export class SearchIndexer {
  readonly #options: Required<SearchIndexerOptions>;
  #queue: QueuedPage[] = [];
  #queuedBytes = 0;
  #spaceFreed: Array<() => void> = [];
  #draining: Promise<void> | undefined;
  #index: PagefindIndex | undefined;
  #pending = new Set<Promise<void>>();
  #shardText = 0;
  #shardPages = 0;
  #pages = 0;
  #shards: string[] = [];
  #error: Error | undefined;

  constructor(options: SearchIndexerOptions) {
    this.#options = { maxPending: 16, maxQueued: 24_000_000, ...options };
  }

  /** Queues a built page (its address without the site's base, e.g. `/cases/max-bokayev/`); pages without a searchable body are skipped. */
  async add(url: string, html: string): Promise<void> {
    if (this.#error) throw this.#error;
    if (!html.includes('data-pagefind-body')) return;
    const page = forIndex(html);
    while (this.#queuedBytes > this.#options.maxQueued && !this.#error) await new Promise<void>((resolve) => this.#spaceFreed.push(resolve));
    if (this.#error) throw this.#error;
    const bytes = Buffer.from(page.html);
    this.#queue.push({ url, html: bytes, textLength: page.textLength });
    this.#queuedBytes += bytes.length;
    this.#draining ??= this.#drain().finally(() => {
      this.#draining = undefined;
    });
  }

  /** Indexes what is still queued, writes the last shard and the list of shards; call once, after the last page. */
  async finish(): Promise<SearchIndexSummary> {
    while (this.#draining) await this.#draining;
    if (this.#error) throw this.#error;
    if (this.#shardPages > 0 || this.#shards.length === 0) await this.#writeShard();
    if (this.#error) throw this.#error;
    if (this.#pages === 0) throw failure('reading the pages', ['no page is marked data-pagefind-body']);
    await writeShardList(this.#options.siteDir, this.#shards);
    return { pages: this.#pages, shards: this.#shards };
  }

  /** Feeds queued pages to Pagefind, writing a shard whenever one is full, until the queue is empty. */
  async #drain(): Promise<void> {
    try {
      while (this.#queue.length > 0 && !this.#error) {
        const page = this.#queue.shift() as QueuedPage;
        this.#queuedBytes -= page.html.length;
        for (const resolve of this.#spaceFreed.splice(0)) resolve();
        while (this.#pending.size >= this.#options.maxPending) await Promise.race(this.#pending);
        this.#index ??= await this.#createIndex();
        const added = this.#index.addHTMLFile({ url: page.url, content: page.html.toString() }).then(({ errors }) => {
          if (errors.length > 0) this.#error ??= failure(`reading ${page.url}`, errors);
        }, (error: unknown) => {
          this.#error ??= failure(`reading ${page.url}`, [String(error)]);
        });
        const tracked = added.finally(() => this.#pending.delete(tracked));
        this.#pending.add(tracked);
        this.#pages++;
        this.#shardPages++;
        this.#shardText += page.textLength;
        if (fillsShard(this.#shardText, this.#options.shardCharacters)) await this.#writeShard();
      }
    } catch (error) {
      this.#error ??= error instanceof Error ? error : new Error(String(error));
    } finally {
      for (const resolve of this.#spaceFreed.splice(0)) resolve();
    }
  }

  async #createIndex(): Promise<PagefindIndex> {
    // forceLanguage: one index for every language, see briefingsSearch.
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: excludedFromIndex, forceLanguage: 'en' });
    if (!index) throw failure('starting Pagefind', errors);
    return index;
  }

  async #writeShard(): Promise<void> {
    await Promise.all(this.#pending);
    const index = this.#index ?? (await this.#createIndex());
    this.#index = undefined;
    this.#shardText = 0;
    this.#shardPages = 0;
    const shard = shardFolder(this.#shards.length);
    try {
      const written = await index.writeFiles({ outputPath: path.join(this.#options.siteDir, shard) });
      if (written.errors.length > 0) throw failure(`writing ${shard}`, written.errors);
      this.#shards.push(shard);
    } finally {
      // Stopping Pagefind's process is the only way to give back the memory the shard took.
      await pagefind.close();
    }
  }
}
