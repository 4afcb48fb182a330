/**
 * What a built site's search index is made of: per shard, its pages, the bytes of its metadata
 * (loaded by every first search) and of its word-index chunks (one per shard and word searched),
 * and what the fragments (one per result shown) hold. Read from the files, gzipped as Pagefind
 * writes them.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One shard of the index (the main index is the first). */
export interface ShardAnatomy {
  /** The shard's folder, relative to the site. */
  folder: string;
  pages: number;
  /** Bytes of the shard's `pf_meta` file, as served (Pagefind gzips it). */
  metadataBytes: number;
  /** Word-index chunks and their average size as served. */
  indexChunks: number;
  averageChunkBytes: number;
  /** Bytes of the filter files (loaded only when filters are used). */
  filterBytes: number;
}

/** What the fragments of one kind of page hold, on average per page (bytes, uncompressed JSON unless said). */
export interface FragmentAnatomy {
  kind: string;
  pages: number;
  /** As served: gzipped. */
  served: number;
  content: number;
  meta: number;
  anchors: number;
  filters: number;
}

/** The whole index. */
export interface IndexAnatomy {
  shards: ShardAnatomy[];
  fragments: FragmentAnatomy[];
}

/** Pagefind's files are gzipped, and start with this signature once unzipped. */
const SIGNATURE = 'pagefind_dcd';

/** A Pagefind file's JSON (fragments) or bytes (meta, index), unzipped and without its signature. */
export function unpack(file: Buffer): Buffer {
  const raw = gunzipSync(file);
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error('Not a Pagefind file: it does not start with pagefind_dcd');
  return raw.subarray(SIGNATURE.length);
}

interface Fragment {
  content: string;
  meta: Record<string, string>;
  anchors: unknown[];
  filters: Record<string, string[]>;
}

async function filesIn(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).map((name) => path.join(dir, name));
  } catch {
    return [];
  }
}

async function totalBytes(files: string[]): Promise<number> {
  let bytes = 0;
  for (const file of files) bytes += (await stat(file)).size;
  return bytes;
}

/** Reads the index of `siteDir` (its `pagefind/` folder and the shards listed in `shards.json`). */
export async function indexAnatomy(siteDir: string): Promise<IndexAnatomy> {
  const main = path.join(siteDir, 'pagefind');
  const extra = JSON.parse(await readFile(path.join(main, 'shards.json'), 'utf8').catch(() => '[]')) as string[];
  const folders = [main, ...extra.map((shard) => path.join(main, shard))];
  const shards: ShardAnatomy[] = [];
  const kinds = new Map<string, FragmentAnatomy>();
  for (const folder of folders) {
    const meta = (await filesIn(folder)).filter((file) => file.endsWith('.pf_meta'));
    const chunks = (await filesIn(path.join(folder, 'index'))).filter((file) => file.endsWith('.pf_index'));
    const fragments = (await filesIn(path.join(folder, 'fragment'))).filter((file) => file.endsWith('.pf_fragment'));
    const chunkBytes = await totalBytes(chunks);
    shards.push({
      folder: path.relative(siteDir, folder).split(path.sep).join('/'),
      pages: fragments.length,
      metadataBytes: await totalBytes(meta),
      indexChunks: chunks.length,
      averageChunkBytes: chunks.length > 0 ? chunkBytes / chunks.length : 0,
      filterBytes: await totalBytes(await filesIn(path.join(folder, 'filter'))),
    });
    for (const file of fragments) {
      const served = await readFile(file);
      const fragment = JSON.parse(unpack(served).toString()) as Fragment;
      const kind = fragment.meta['kind'] ?? '(none)';
      const entry = kinds.get(kind) ?? { kind, pages: 0, served: 0, content: 0, meta: 0, anchors: 0, filters: 0 };
      entry.pages++;
      entry.served += served.length;
      entry.content += Buffer.byteLength(JSON.stringify(fragment.content));
      entry.meta += Buffer.byteLength(JSON.stringify(fragment.meta));
      entry.anchors += Buffer.byteLength(JSON.stringify(fragment.anchors));
      entry.filters += Buffer.byteLength(JSON.stringify(fragment.filters));
      kinds.set(kind, entry);
    }
  }
  const fragments = [...kinds.values()]
    .map((k) => ({ ...k, served: k.served / k.pages, content: k.content / k.pages, meta: k.meta / k.pages, anchors: k.anchors / k.pages, filters: k.filters / k.pages }))
    .sort((a, b) => b.pages * b.served - a.pages * a.served);
  return { shards, fragments };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The anatomy as two Markdown tables: shards, then fragments by kind of page. */
export function formatAnatomy({ shards, fragments }: IndexAnatomy): string {
  const sum = (f: (s: ShardAnatomy) => number) => shards.reduce((n, s) => n + f(s), 0);
  return [
    '| shard | pages | metadata (every first search) | word-index chunks | average chunk (per word searched) | filters |',
    '|---|---|---|---|---|---|',
    ...shards.map((s) => `| ${s.folder} | ${s.pages} | ${kib(s.metadataBytes)} | ${s.indexChunks} | ${kib(s.averageChunkBytes)} | ${kib(s.filterBytes)} |`),
    `| all ${shards.length} | ${sum((s) => s.pages)} | ${kib(sum((s) => s.metadataBytes))} | ${sum((s) => s.indexChunks)} | — | ${kib(sum((s) => s.filterBytes))} |`,
    '',
    '| kind of page | pages | fragment as served (gzip) | text (`content`) | meta | anchors | filters |',
    '|---|---|---|---|---|---|---|',
    ...fragments.map((f) => `| ${f.kind} | ${f.pages} | ${kib(f.served)} | ${kib(f.content)} | ${kib(f.meta)} | ${kib(f.anchors)} | ${kib(f.filters)} |`),
    '',
  ].join('\n');
}
