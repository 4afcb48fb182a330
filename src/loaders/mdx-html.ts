import { glob, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter, type AstroMarkdownOptions, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentProcessor } from '../markdown/pipeline.ts';
import { takeTextFacts } from '../markdown/remark-text-facts.ts';
import { bodyFile, bodyFolder, removeBodiesExcept, writeBody, type RenderedBody } from './rendered-bodies.ts';

/** Where a collection's `.mdx` files are and how their file names become entry ids. */
export interface MdxHtmlLoaderOptions {
  /** The folder, relative to the project root, e.g. `./content/briefings`. */
  base: string;
  /** Files to load inside it, e.g. `**\/*.mdx`. */
  pattern: string;
  /** The entry id of a file, from its path inside `base`. */
  generateId: (entry: string) => string;
}

/** Renders with the site's Markdown processor, as Astro's own `.md` entry type does with `config.markdown`. */
async function createRenderer(config: LoaderContext['config']): Promise<MarkdownRenderer> {
  const { markdown, image } = config;
  // The options Astro passes for `.md` (astro/dist/vite-plugin-markdown/content-entry-type.js). Its
  // config types allow `undefined` where the processor's do not (exactOptionalPropertyTypes).
  const shared = {
    image,
    syntaxHighlight: markdown.syntaxHighlight,
    shikiConfig: markdown.shikiConfig,
    gfm: markdown.gfm,
    smartypants: markdown.smartypants,
  } as AstroMarkdownOptions;
  return contentProcessor(markdown.processor, config.base).createRenderer(shared);
}

/**
 * Loads a folder of `.mdx` entries and renders each body to HTML once, when content is synced,
 * instead of compiling every file into a JavaScript module for Vite to bundle. Pages still call
 * `render(entry)`: Astro turns the stored `rendered` HTML into `Content` and `headings`. Bodies
 * may only use what src/markdown/remark-content-components.ts turns into HTML.
 */
export function mdxHtmlLoader(options: MdxHtmlLoaderOptions): Loader {
  return {
    name: 'briefings-mdx-html',
    load: async ({ collection, config, store, parseData, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const directory = path.resolve(root, options.base);
      const bodies = bodyFolder(fileURLToPath(config.cacheDir), root, collection);
      const renderer = await createRenderer(config);
      const idOfFile = new Map<string, string>();

      async function sync(entry: string): Promise<string> {
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
        const previous = idOfFile.get(filePath);
        if (previous !== undefined && previous !== id) store.delete(previous);
        idOfFile.set(filePath, id);
        const frontmatter = parsed.frontmatter as Record<string, unknown>;
        const data = await parseData({ id, data: frontmatter, filePath });
        const result = await renderer.render(parsed.content, { frontmatter, fileURL: pathToFileURL(filePath) });
        const text = takeTextFacts(filePath);
        if (!text) throw new Error(`${relativePath}: the renderer recorded no footnotes or case mentions; markdown.processor must come from markdownProcessor() in src/markdown/pipeline.ts`);
        const imagePaths = [...result.metadata.localImagePaths, ...result.metadata.remoteImagePaths];
        if (imagePaths.length > 0) {
          throw new Error(`${relativePath}: the text shows ${imagePaths.join(', ')}; images from other sites are not allowed (the archive makes no request to another site) and images beside the text are not supported: put the image in public/ and write its address from the site root, e.g. ![Chart of arrests](/images/arrests.png)`);
        }
        // The HTML goes to a file of its own (src/loaders/rendered-bodies.ts); the store keeps what
        // pages look up across entries: the headings, footnotes and case mentions.
        const body: RenderedBody = { bodyFile: bodyFile(bodies, id), headings: result.metadata.headings };
        await writeBody(body.bodyFile, result.code);
        store.set({
          id,
          data,
          filePath: relativePath,
          // Astro keeps a stored entry whose digest is unchanged, so the digest covers what is stored
          // besides the file: where its HTML is, and the HTML (which depends on the source records too).
          digest: generateDigest(`${contents}\0${body.bodyFile}\0${result.code}`),
          rendered: { html: '', metadata: { imagePaths, ...body, ...text } },
        });
        return id;
      }

      const loaded = new Set<string>();
      for await (const entry of glob(options.pattern, { cwd: directory })) loaded.add(await sync(entry));
      for (const id of store.keys()) if (!loaded.has(id)) store.delete(id);
      await removeBodiesExcept(bodies, loaded);

      if (!watcher) return;
      // `npm run dev`: render a file again when it is saved, forget it when it is deleted.
      const inside = (file: string) => file.startsWith(directory + path.sep) && path.matchesGlob(path.relative(directory, file), options.pattern);
      const resync = async (file: string) => {
        if (!inside(file)) return;
        try {
          await sync(path.relative(directory, file));
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
