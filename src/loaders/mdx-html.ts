import { glob, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter, type AstroMarkdownOptions } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { inChildProcesses } from '../lib/process-pool.ts';
import { pipelineOptionsOf } from '../markdown/pipeline.ts';
import { bodyFile, bodyFolder, removeBodiesExcept, type RenderedBody } from './rendered-bodies.ts';
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
/** A process renders at most this much text (UTF-16 code units): it bounds what Sätteri keeps (src/lib/process-pool.ts). */
const MAX_BATCH = 24 * 1024 * 1024;

/** What the renderer is made from, as Astro's own `.md` entry type makes it from `config.markdown`. */
function rendererSettings(config: LoaderContext['config']): RendererSettings {
  const { markdown } = config;
  const pipeline = pipelineOptionsOf(markdown.processor);
  if (!pipeline) {
    throw new Error(`astro.config.mjs: markdown.processor is not the archive's; briefings and cases are rendered with the plugins of markdownProcessor() from src/markdown/pipeline.ts, so set markdown.processor to it`);
  }
  // The options Astro passes for `.md` (astro/dist/vite-plugin-markdown/content-entry-type.js),
  // less `image` (texts may not show images). Its config types allow `undefined` where the
  // processor's do not (exactOptionalPropertyTypes).
  const shared = { syntaxHighlight: markdown.syntaxHighlight, shikiConfig: markdown.shikiConfig, gfm: markdown.gfm, smartypants: markdown.smartypants } as AstroMarkdownOptions;
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
 * (rendered-bodies.ts), which pages read with renderedBody(); the entry keeps what pages look up
 * across entries: headings, footnotes and case mentions. Bodies may only use what
 * src/markdown/remark-content-components.ts turns into HTML.
 */
export function mdxHtmlLoader(options: MdxHtmlLoaderOptions): Loader {
  return {
    name: 'briefings-mdx-html',
    load: async ({ collection, config, store, parseData, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const directory = path.resolve(root, options.base);
      const bodies = bodyFolder(fileURLToPath(config.cacheDir), root, collection);
      const settings = rendererSettings(config);
      let renderHere: Promise<(job: TextJob) => Promise<RenderedText>> | undefined;
      const idOfFile = new Map<string, string>();

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
        const frontmatter = parsed.frontmatter as Record<string, unknown>;
        const data = await parseData({ id, data: frontmatter, filePath });
        const job: TextJob = { filePath, relativePath, body: parsed.content, frontmatter, bodyFile: bodyFile(bodies, id) };
        return { id, contents, data, job };
      }

      /** Stores an entry whose text is rendered. */
      function keep({ id, contents, data, job }: Awaited<ReturnType<typeof read>>, text: RenderedText) {
        const previous = idOfFile.get(job.filePath);
        if (previous !== undefined && previous !== id) store.delete(previous);
        idOfFile.set(job.filePath, id);
        const { htmlDigest, headings, ...facts } = text;
        const body: RenderedBody = { bodyFile: job.bodyFile, headings };
        store.set({
          id,
          data,
          filePath: job.relativePath,
          // Astro keeps a stored entry whose digest is unchanged, so the digest covers what is stored
          // besides the file: where its HTML is, and the HTML (which depends on the source records too).
          digest: generateDigest(`${contents}\0${job.bodyFile}\0${htmlDigest}`),
          rendered: { html: '', metadata: { imagePaths: [], ...body, ...facts } },
        });
      }

      async function renderAll(jobs: TextJob[]): Promise<RenderedText[]> {
        const processes = Math.min(availableParallelism(), Math.floor(jobs.length / MIN_TEXTS_PER_PROCESS));
        if (processes <= 1) {
          const render = await (renderHere ??= textRenderer(settings));
          const results: RenderedText[] = [];
          for (const job of jobs) results.push(await render(job));
          return results;
        }
        const total = jobs.reduce((sum, job) => sum + job.body.length, 0);
        return inChildProcesses<TextJob, RenderedText>(new URL('./render-worker.ts', import.meta.url), jobs, {
          processes,
          sizeOf: (job) => job.body.length,
          maxBatchSize: Math.min(MAX_BATCH, Math.ceil(total / processes)),
          shared: settings,
        });
      }

      const entries = [];
      for await (const entry of glob(options.pattern, { cwd: directory })) entries.push(await read(entry));
      const rendered = await renderAll(entries.map((e) => e.job));
      entries.forEach((entry, i) => keep(entry, rendered[i] as RenderedText));
      const loaded = new Set(entries.map((e) => e.id));
      for (const id of store.keys()) if (!loaded.has(id)) store.delete(id);
      await removeBodiesExcept(bodies, loaded);

      if (!watcher) return;
      // `npm run dev`: render a file again when it is saved, forget it when it is deleted.
      const inside = (file: string) => file.startsWith(directory + path.sep) && path.matchesGlob(path.relative(directory, file), options.pattern);
      const resync = async (file: string) => {
        if (!inside(file)) return;
        try {
          const entry = await read(path.relative(directory, file));
          const [text] = await renderAll([entry.job]);
          keep(entry, text as RenderedText);
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
