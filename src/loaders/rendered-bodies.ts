import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MarkdownHeading } from 'astro';

/**
 * Where the rendered HTML of a collection's texts is kept: a folder of Astro's cache directory
 * (`node_modules/.astro/` by default) for the project at `root`, one file per entry. The HTML stays out of Astro's data
 * store, which Astro holds in memory whole and bundles into the build: with the text of thousands
 * of briefings in it the build runs out of memory (https://github.com/withastro/astro/issues/17301)
 * or the store outgrows the longest string JavaScript allows
 * (https://github.com/withastro/astro/issues/13360).
 */
export function bodyFolder(cacheDir: string, root: string, collection: string): string {
  // Projects that share node_modules (the benchmark's) share the cache directory too.
  const project = createHash('sha256').update(root).digest('hex').slice(0, 12);
  return path.join(cacheDir, 'briefings-bodies', project, collection);
}

/** The file an entry's rendered HTML is kept in. */
export function bodyFile(folder: string, id: string): string {
  return path.join(folder, `${id}.html`);
}

/** Writes an entry's rendered HTML, all or nothing: a reader sees the old file or the new one, never half of one. */
export async function writeBody(file: string, html: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, html);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new Error(`Could not write the rendered text to ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Removes the files of entries that are no longer in the collection. */
export async function removeBodiesExcept(folder: string, ids: ReadonlySet<string>): Promise<void> {
  const names = await readdir(folder, { recursive: true }).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name.endsWith('.html') && !ids.has(name.slice(0, -'.html'.length).split(path.sep).join('/')))
      .map((name) => rm(path.join(folder, name), { force: true })),
  );
}

/** What the loader keeps with an entry in place of its HTML: where the HTML is, and the headings for the contents. */
export interface RenderedBody {
  bodyFile: string;
  headings: MarkdownHeading[];
}

/** The entry's text as pages show it: its rendered HTML, read from the file the loader wrote, and its headings. */
export async function renderedBody(entry: { id: string; filePath?: string | undefined; rendered?: { metadata?: Record<string, unknown> | undefined } | undefined }): Promise<{ html: string; headings: MarkdownHeading[] }> {
  const metadata = entry.rendered?.metadata as Partial<RenderedBody> | undefined;
  if (typeof metadata?.bodyFile !== 'string') {
    throw new Error(`${entry.filePath ?? entry.id}: this entry has no rendered text; texts must be loaded by mdxHtmlLoader (src/loaders/mdx-html.ts)`);
  }
  try {
    return { html: await readFile(metadata.bodyFile, 'utf8'), headings: metadata.headings ?? [] };
  } catch (error) {
    throw new Error(`${entry.filePath ?? entry.id}: its rendered text (${metadata.bodyFile}) cannot be read; run the build again, which renders every text`, { cause: error });
  }
}
