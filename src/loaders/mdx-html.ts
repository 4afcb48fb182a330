import { glob, readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter, type AstroMarkdownOptions } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { batchesOf, ChildProcessPool } from '../system/process-pool.ts';
import { pipelineOptionsOf } from '../markdown/pipeline.ts';
import { bodyFile, bodyFolder, factsFile, removeBodiesExcept, type RenderedBody } from './rendered-bodies.ts';
import { RenderCache } from './render-cache.ts';
import { readSourceSummaries } from './source-summaries.ts';
import type { SourceSummary } from '../markdown/source-citation.ts';
import { codeDigest } from '../system/code-digest.ts';
import { textRenderer, type RenderedText, type RendererSettings, type TextJob } from './render-text.ts';

/** Where a collection's `.mdx` files are and how their file names become entry ids. */
export interface MdxHtmlLoaderOptions {
  /** The folder, relative to the project root, e.g. `./content/briefings`. */
  base: string;
  /** Files to load inside it, e.g. `**\/*.mdx`. */
  pattern: string;
  /** The entry id of a file, from its path inside `base`. */
  generateId: (entry: string) => string;
}

/** Below this many texts, starting processes costs more than it saves. */
const MIN_TEXTS_PER_PROCESS = 150;
/** A process renders at most this many bytes of text: it bounds what Sätteri keeps (src/system/process-pool.ts). */
const MAX_BATCH = 16 * 1024 * 1024;

/** Source records read for a build, by its configuration: a build reads them once for all its collections. */
const sourcesOfBuild = new WeakMap<object, Promise<SourceSummary[]>>();

/**
 * The source records footnotes show, from the content folder astro.config.mjs names. A build reads
 * them once; the dev server (which has a watcher) each time it loads a collection.
 */
function sourceRecords(config: object, contentDir: string, dev: boolean): Promise<SourceSummary[]> {
  if (dev) return readSourceSummaries(contentDir);
  let records = sourcesOfBuild.get(config);
  if (!records) sourcesOfBuild.set(config, (records = readSourceSummaries(contentDir)));
  return records;
}

/** What the renderer is made from, as Astro's own `.md` entry type makes it from `config.markdown`. */
async function rendererSettings(config: LoaderContext['config'], dev: boolean): Promise<RendererSettings> {
  const { markdown } = config;
  const configured = pipelineOptionsOf(markdown.processor);
  if (!configured) {
    throw new Error(`astro.config.mjs: markdown.processor is not the archive's; briefings and cases are rendered with the plugins of markdownProcessor() from src/markdown/pipeline.ts, so set markdown.processor to it`);
  }
  // The options Astro passes for `.md` (astro/dist/vite-plugin-markdown/content-entry-type.js),
  // less `image` (texts may not show images). Its config types allow `undefined` where the
  // processor's do not (exactOptionalPropertyTypes).
  const shared = { syntaxHighlight: markdown.syntaxHighlight, shikiConfig: markdown.shikiConfig, gfm: markdown.gfm, smartypants: markdown.smartypants } as AstroMarkdownOptions;
  const pipeline = 'sources' in configured ? configured : { base: configured.base, sources: await sourceRecords(config, configured.contentDir, dev) };
  try {
    return { pipeline, base: config.base, markdown: structuredClone(shared) };
  } catch (error) {
    throw new Error(`astro.config.mjs: the markdown options (syntax highlighting, Shiki) must be plain data, because texts are rendered in child processes: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * Loads a folder of `.mdx` entries and renders each body to HTML once, when content is synced,
 * instead of compiling every file into a JavaScript module for Vite to bundle. Large folders are
 * rendered in child processes, one per core (render-worker.ts). The HTML goes to a file of its own
 * (rendered-bodies.ts), with what pages look up in it (headings, footnotes, case mentions); pages
 * read them with renderedBody() and bodyFactsOf(). Bodies may only use what
 * src/markdown/remark-content-components.ts turns into HTML.
 */
export function mdxHtmlLoader(options: MdxHtmlLoaderOptions): Loader {
  return {
    name: 'briefings-mdx-html',
    load: async ({ collection, config, store, parseData, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const directory = path.resolve(root, options.base);
      const bodies = bodyFolder(fileURLToPath(config.cacheDir), root, collection);
      const settings = await rendererSettings(config, watcher !== undefined);
      // A text is rendered again only when its file, the renderer's settings (the source records
      // its footnotes name among them) or the code changed: a rebuild keeps the rest (render-cache.ts).
      const rendererDigest = generateDigest(`${JSON.stringify(settings)}\0${await codeDigest()}`);
      const cache = RenderCache.open(bodies);
      let renderHere: Promise<(job: TextJob) => Promise<RenderedText>> | undefined;
      const idOfFile = new Map<string, string>();

      /** The key a file's text is rendered under: the file, where its HTML goes, the renderer. */
      const renderKeyOf = (fileDigest: string, body: string) => generateDigest(`${fileDigest}\0${body}\0${rendererDigest}`);

      /** Reads a file and validates its frontmatter; the text is rendered afterwards. */
      async function read(entry: string) {
        const filePath = path.join(directory, entry);
        const relativePath = path.relative(root, filePath).split(path.sep).join('/');
        const contents = await readFile(filePath, 'utf-8');
        let parsed: ReturnType<typeof parseFrontmatter>;
        try {
          // Blank lines in place of the frontmatter keep line numbers in errors those of the file.
          parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
        } catch (error) {
          throw new Error(`${relativePath}: the frontmatter is not valid YAML: ${error instanceof Error ? error.message : String(error)}; run npm run check`, { cause: error });
        }
        const id = options.generateId(entry);
        const data = await parseData({ id, data: parsed.frontmatter as Record<string, unknown>, filePath });
        const job: TextJob = { filePath, relativePath, bodyFile: bodyFile(bodies, id) };
        // The text itself is read again where it is rendered; only its digest is kept here.
        const fileDigest = generateDigest(contents);
        return { id, fileDigest, renderKey: renderKeyOf(fileDigest, job.bodyFile), data, job };
      }

      /** The digest of the text of `entry` as rendered by an earlier load, if it can be kept as it is. */
      async function renderedBefore(entry: string): Promise<string | undefined> {
        const id = options.generateId(entry);
        const body = bodyFile(bodies, id);
        const key = renderKeyOf(generateDigest(await readFile(path.join(directory, entry), 'utf-8')), body);
        return cache.reusable(id, key, [body, factsFile(body)]);
      }

      /** Stores an entry whose text is rendered. */
      function keep({ id, fileDigest, renderKey, data, job }: Awaited<ReturnType<typeof read>>, text: RenderedText) {
        const previous = idOfFile.get(job.filePath);
        if (previous !== undefined && previous !== id) store.delete(previous);
        idOfFile.set(job.filePath, id);
        cache.remember(id, renderKey, text.digest);
        const body: RenderedBody = { bodyFile: job.bodyFile };
        store.set({
          id,
          data,
          filePath: job.relativePath,
          // Astro keeps a stored entry whose digest is unchanged, so the digest covers what the
          // entry stands for besides its file: where its text is, and the text as rendered (which
          // depends on the source records too).
          digest: generateDigest(`${fileDigest}\0${job.bodyFile}\0${text.digest}`),
          rendered: { html: '', metadata: { imagePaths: [], ...body } },
        });
      }

      /**
       * Reads, validates and renders every file of the collection whose text is not kept from an
       * earlier load. A large collection is cut into batches by the size of its files, and each
       * batch goes to a child process as soon as its files are read, so the processes render while
       * this one reads the next batch.
       */
      async function loadAll(files: Array<{ entry: string; size: number }>): Promise<string[]> {
        const loaded: string[] = [];
        const fresh: typeof files = [];
        for (const file of files) {
          const digest = await renderedBefore(file.entry);
          if (digest === undefined) {
            fresh.push(file);
            continue;
          }
          const entry = await read(file.entry);
          keep(entry, { digest });
          loaded.push(entry.id);
        }
        const processes = Math.min(availableParallelism(), Math.floor(fresh.length / MIN_TEXTS_PER_PROCESS));
        const total = fresh.reduce((sum, file) => sum + file.size, 0);
        const batches = processes <= 1 ? [fresh] : batchesOf(fresh, (file) => file.size, Math.min(MAX_BATCH, Math.ceil(total / processes)));
        const pool = processes <= 1 ? undefined : new ChildProcessPool<TextJob, RenderedText>(new URL('./render-worker.ts', import.meta.url), { processes, shared: settings });
        const render = async (jobs: TextJob[]) => {
          if (pool) return pool.run(jobs);
          const here = await (renderHere ??= textRenderer(settings));
          const results: RenderedText[] = [];
          for (const job of jobs) results.push(await here(job));
          return results;
        };
        try {
          const stored: Array<Promise<string[]>> = [];
          for (const batch of batches.filter((b) => b.length > 0)) {
            const entries: Array<Awaited<ReturnType<typeof read>>> = [];
            for (const { entry } of batch) entries.push(await read(entry));
            stored.push(render(entries.map((e) => e.job)).then((texts) => entries.map((e, i) => {
              keep(e, texts[i] as RenderedText);
              return e.id;
            })));
          }
          return [...loaded, ...(await Promise.all(stored)).flat()];
        } finally {
          await pool?.close();
        }
      }

      const files: Array<{ entry: string; size: number }> = [];
      for await (const entry of glob(options.pattern, { cwd: directory })) files.push({ entry, size: (await stat(path.join(directory, entry))).size });
      const loaded = new Set(await loadAll(files));
      for (const id of store.keys()) if (!loaded.has(id)) store.delete(id);
      await removeBodiesExcept(bodies, loaded);
      await cache.save();

      if (!watcher) return;
      // `npm run dev`: render a file again when it is saved, forget it when it is deleted.
      const inside = (file: string) => file.startsWith(directory + path.sep) && path.matchesGlob(path.relative(directory, file), options.pattern);
      const resync = async (file: string) => {
        if (!inside(file)) return;
        try {
          const entry = await read(path.relative(directory, file));
          const here = await (renderHere ??= textRenderer(settings));
          keep(entry, await here(entry.job));
          await cache.save();
          logger.info(`Reloaded ${path.relative(root, file)}`);
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      };
      watcher.add(directory);
      watcher.on('change', resync);
      watcher.on('add', resync);
      watcher.on('unlink', (file) => {
        const id = idOfFile.get(file);
        if (id === undefined) return;
        store.delete(id);
        idOfFile.delete(file);
        void removeBodiesExcept(bodies, new Set(store.keys()));
      });
    },
  };
}
