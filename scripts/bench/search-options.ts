/**
 * Rebuilds the search index of an already built site with other settings and measures it, without
 * building the site again: how the index is split (shard size), what its shards and fragments
 * hold, the indexer's peak memory, and what a reader's browser fetches for the bench's queries.
 * For comparing ways to build the index (docs/search-at-scale.md); `npm run bench -- --keep`
 * leaves a built site behind to try them on.
 *
 *   npx tsx scripts/bench/search-options.ts --site /tmp/briefings-bench-…/archive/dist [--shard-characters 16000000] [--no-transfer]
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pageUrl } from '../../src/integrations/briefings-search.ts';
import { SearchIndexer } from '../../src/integrations/search-indexer.ts';
import { treeRss } from './measure.ts';
import { formatBytes, formatSeconds } from './report.ts';
import { formatAnatomy, indexAnatomy } from './search-anatomy.ts';
import { measureSearchTransfer } from './search-transfer.ts';

const { values: args } = parseArgs({
  options: {
    site: { type: 'string' },
    'shard-characters': { type: 'string', default: '16000000' },
    'no-transfer': { type: 'boolean', default: false },
  },
});
if (!args.site) throw new Error('--site is required: the folder of a built site (npm run bench -- --keep leaves one)');
const siteDir = path.resolve(args.site);
const shardCharacters = Number(args['shard-characters']);

/**
 * The site's searchable pages in the order the build renders them: sections interleaved, one
 * page of each in turn (src/lib/interleave.ts), so that each shard samples the whole archive.
 */
async function pagesInBuildOrder(): Promise<string[]> {
  const bySection = new Map<string, string[]>();
  for (const entry of await readdir(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const file = path.relative(siteDir, path.join(entry.parentPath, entry.name));
    if (file.startsWith(`pagefind${path.sep}`)) continue;
    const section = file.split(path.sep)[0] ?? '';
    bySection.set(section, [...(bySection.get(section) ?? []), file]);
  }
  const lists = [...bySection.values()].map((files) => files.sort());
  const ordered: string[] = [];
  for (let i = 0; lists.some((files) => i < files.length); i++) {
    for (const files of lists) {
      const file = files[i];
      if (file) ordered.push(file);
    }
  }
  return ordered;
}

await rm(path.join(siteDir, 'pagefind'), { recursive: true, force: true });
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, treeRss(process.pid))), 100);
const started = performance.now();
const indexer = new SearchIndexer({ siteDir, shardCharacters });
for (const file of await pagesInBuildOrder()) await indexer.add(pageUrl(file), await readFile(path.join(siteDir, file), 'utf8'));
const { pages, shards } = await indexer.finish();
clearInterval(sampler);
process.stdout.write(`Indexed ${pages} pages in ${shards.length} shards of up to ${shardCharacters.toLocaleString('en')} characters: ${formatSeconds(performance.now() - started)}, peak ${formatBytes(peak)} (this process and Pagefind's)\n\n`);
process.stdout.write(`${formatAnatomy(await indexAnatomy(siteDir))}\n`);

if (!args['no-transfer']) {
  const transfer = await measureSearchTransfer(siteDir);
  process.stdout.write('| query | total | by kind |\n|---|---|---|\n');
  transfer.queries.forEach((query, i) => {
    const kinds = Object.entries(transfer.byKind[i] ?? {}).map(([kind, bytes]) => `${kind} ${formatBytes(bytes)}`).join(', ');
    process.stdout.write(`| ${i === 0 ? 'first' : 'then'} “${query}” | ${formatBytes(transfer.bytes[i] ?? 0)} | ${kinds} |\n`);
  });
}
