import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { entryIdFromPath } from '../lib/entry-ids.ts';
import type { SourceSummary } from '../markdown/source-citation.ts';

/**
 * Reads the source records of `content/sources/` for the Markdown pipeline, which runs outside
 * Astro's collections. Files that do not parse are skipped: `npm run check` reports them.
 */
export async function readSourceSummaries(contentDir: string): Promise<SourceSummary[]> {
  const directory = path.join(contentDir, 'sources');
  const files = (await readdir(directory, { recursive: true })).filter((f) => /\.ya?ml$/.test(f)).sort();
  const summaries: SourceSummary[] = [];
  for (const file of files) {
    try {
      const data = parse(await readFile(path.join(directory, file), 'utf8')) as Record<string, unknown>;
      const text = (key: string) => (typeof data[key] === 'string' || typeof data[key] === 'number' ? String(data[key]) : undefined);
      summaries.push({
        id: entryIdFromPath(file.split(path.sep).join('/')),
        title: text('title') ?? file,
        titleOriginal: text('titleOriginal'),
        publisher: text('publisher') ?? '',
        date: text('date'),
        language: text('language') ?? 'en',
        url: text('url'),
        archived: text('archived'),
      });
    } catch {
      continue;
    }
  }
  return summaries;
}
