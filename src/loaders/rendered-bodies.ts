import { readFileSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { MarkdownHeading } from 'astro';
import type { BriefingText } from '../lib/briefing-text.ts';
import { projectCacheFolder } from '../system/project-cache.ts';
import { replaceFile } from '../system/replace-file.ts';

/**
 * Where the rendered texts of a collection are kept: a folder of Astro's cache directory
 * (`node_modules/.astro/` by default) for the project at `root`, with each entry's HTML
 * (`<id>.html`) and what pages look up in it (`<id>.json`: headings, footnotes, case mentions).
 * Both stay out of Astro's data store, which Astro holds in memory whole and bundles into the
 * build as one JavaScript string: with the text of thousands of briefings in it the build runs
 * out of memory (https://github.com/withastro/astro/issues/17301) or the store outgrows the
 * longest string JavaScript allows (https://github.com/withastro/astro/issues/13360).
 */
export function bodyFolder(cacheDir: string, root: string, collection: string): string {
  return path.join(projectCacheFolder(cacheDir, root, 'briefings-bodies'), collection);
}

/** The file an entry's rendered HTML is kept in; its facts are kept beside it (factsFile). */
export function bodyFile(folder: string, id: string): string {
  return path.join(folder, `${id}.html`);
}

/** The file an entry's facts are kept in, beside its HTML. */
export const factsFile = (body: string): string => `${body.slice(0, -'.html'.length)}.json`;

/** A rendered body's facts, kept beside its HTML for the pages that show it: the headings of its contents, its footnotes and case mentions. */
export interface BodyFacts extends BriefingText {
  headings: MarkdownHeading[];
}

async function writeAtomically(file: string, text: string): Promise<void> {
  try {
    await replaceFile(file, text);
  } catch (error) {
    throw new Error(`Could not write the rendered text to ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * Writes an entry's rendered HTML and its facts, each all or nothing (a reader sees the old file
 * or the new one, never half of one), and returns the facts as written, for the entry's digest.
 */
export async function writeBody(file: string, html: string, facts: BodyFacts): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  const json = JSON.stringify(facts);
  await Promise.all([writeAtomically(file, html), writeAtomically(factsFile(file), json)]);
  return json;
}

/** Removes the files of entries that are no longer in the collection. */
export async function removeBodiesExcept(folder: string, ids: ReadonlySet<string>): Promise<void> {
  const names = await readdir(folder, { recursive: true }).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => /\.(html|json)$/.test(name) && !ids.has(name.replace(/\.(html|json)$/, '').split(path.sep).join('/')))
      .map((name) => rm(path.join(folder, name), { force: true })),
  );
}

/** What the loader keeps with an entry in place of its text: where the rendered HTML is. */
export interface RenderedBody {
  bodyFile: string;
}

type RenderedEntry = { id: string; filePath?: string | undefined; digest?: string | number | undefined; rendered?: { metadata?: Record<string, unknown> | undefined } | undefined };

function bodyFileOf(entry: RenderedEntry): string {
  const file = (entry.rendered?.metadata as Partial<RenderedBody> | undefined)?.bodyFile;
  if (typeof file !== 'string') throw new Error(`${entry.filePath ?? entry.id}: this entry has no rendered text; texts must be loaded by mdxHtmlLoader (src/loaders/mdx-html.ts)`);
  return file;
}

const unreadable = (entry: RenderedEntry, file: string, error: unknown) =>
  new Error(`${entry.filePath ?? entry.id}: its rendered text (${file}) cannot be read; run the build again, which renders every text`, { cause: error });

const factsRead = new Map<string, { digest: string | number | undefined; facts: BodyFacts }>();

/**
 * The headings, footnotes and case mentions of an entry's text, read from the file the loader
 * wrote once per version of the entry, however many pages ask (a source's page asks about every
 * briefing that may cite it).
 */
export function bodyFactsOf(entry: RenderedEntry): BodyFacts {
  const file = bodyFileOf(entry);
  const known = factsRead.get(file);
  if (known && known.digest === entry.digest) return known.facts;
  let facts: BodyFacts;
  try {
    facts = JSON.parse(readFileSync(factsFile(file), 'utf8')) as BodyFacts;
  } catch (error) {
    throw unreadable(entry, factsFile(file), error);
  }
  factsRead.set(file, { digest: entry.digest, facts });
  return facts;
}

/**
 * The entry's text as pages show it: its rendered HTML, read from the file the loader wrote, and its
 * headings. Read synchronously: on a busy machine each step of an asynchronous read waits for a
 * thread to be scheduled, which cost a page more than the read itself (see docs/build.md, "Rendering texts").
 */
export async function renderedBody(entry: RenderedEntry): Promise<{ html: string; headings: MarkdownHeading[] }> {
  const file = bodyFileOf(entry);
  try {
    return { html: readFileSync(file, 'utf8'), headings: bodyFactsOf(entry).headings };
  } catch (error) {
    throw unreadable(entry, file, error);
  }
}
