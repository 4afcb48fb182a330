import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ParsedFile } from './content-files.ts';
import { replaceFile } from '../system/replace-file.ts';
import type { FootnoteCite, TextFacts } from './text-facts.ts';
import type { LineTable } from '../lib/yaml-lines.ts';

/**
 * The modules whose code decides what parsing a file gives. A change to any of them, or to the
 * version of a parser package, makes every cached result stale.
 */
const parsingModules = ['content-files.ts', 'parse-job.ts', 'text-facts.ts', 'check-cache.ts', '../lib/content-bytes.ts', '../lib/mdast-walk.ts', '../lib/footnotes.ts', '../lib/links.ts', '../lib/urls.ts', '../lib/url-scheme.ts', '../lib/yaml-lines.ts', '../lib/placeholders.ts', '../lib/content-components.ts', '../lib/paths.ts', '../lib/mdx-syntax.ts', '../lib/entry-ids.ts', '../lib/collections.ts'];
const parserPackages = ['satteri', 'yaml', 'remark-parse', 'remark-mdx', 'remark-gfm', 'remark-frontmatter', 'github-slugger'];

function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  let folder = path.dirname(require.resolve(name));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === name) return `${name}@${manifest.version ?? '?'}`;
    } catch {
      // No package.json in this folder: look in its parent.
    }
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error(`Cannot find the version of the package "${name}"; run npm install`);
    folder = parent;
  }
}

let version: string | undefined;

/** What a cached result depends on besides the file's text: the parsing code and parser versions. */
export function checkerVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  for (const module of parsingModules) hash.update(readFileSync(new URL(`./${module}`, import.meta.url)));
  for (const name of parserPackages) hash.update(packageVersion(name));
  version = hash.digest('base64url');
  return version;
}

/** The key of a file's text in the cache: a hash of its bytes (UTF-8 for text). */
export function textHash(source: string | Buffer): string {
  return createHash('sha1').update(source).digest('base64url');
}

/**
 * A parse result as stored: field lines and footnote citations become numbers pointing into the
 * cache's table of strings, because the same addresses and field names recur in thousands of
 * files and reading one shared copy is several times faster than reading each.
 */
interface StoredFile {
  hash: string;
  /** Size, modification and change times and inode of the file when its hash was taken. */
  stat?: FileStamp;
  parsed: Omit<ParsedFile, 'lines' | 'text'> & { text?: Omit<TextFacts, 'cites'> };
  /** Pairs of (field path key, line). */
  lines: number[];
  /** Triples of (label, address, line or -1), when the file has a text. */
  cites?: number[];
}

interface CacheFile {
  version: string;
  /** When the check that wrote the cache started reading files (ms since the epoch). */
  readAt: number;
  strings: string[];
  files: Record<string, StoredFile>;
}

function encode({ hash, stat, parsed: { lines, text, ...parsed } }: CacheRecord, intern: (text: string) => number): StoredFile {
  const stored: StoredFile = { hash, parsed, lines: Object.entries(lines).flatMap(([key, line]) => [intern(key), line]) };
  if (stat) stored.stat = stat;
  if (text) {
    const { cites, ...rest } = text;
    stored.parsed.text = rest;
    stored.cites = cites.flatMap(({ label, url, line }) => [intern(label), intern(url), line ?? -1]);
  }
  return stored;
}

function isStoredFile(value: unknown, file: string): value is StoredFile {
  const stored = value as Partial<StoredFile> | null;
  const parsed = stored?.parsed as Partial<ParsedFile> | undefined;
  return (
    typeof stored?.hash === 'string' && Array.isArray(stored.lines) && (stored.cites === undefined || Array.isArray(stored.cites)) &&
    typeof parsed === 'object' && parsed !== null && parsed.path === file && typeof parsed.collection === 'string' &&
    typeof parsed.id === 'string' && Array.isArray(parsed.problems) && typeof parsed.readable === 'boolean' &&
    (parsed.text === undefined || (Array.isArray(parsed.text.elements) && Array.isArray(parsed.text.footnoteProblems) && Array.isArray(parsed.text.linkProblems)))
  );
}

/** The parse result of a stored file, or undefined when the stored numbers do not fit the table of strings. */
function decode({ parsed, lines: storedLines, cites: storedCites }: StoredFile, strings: readonly string[]): ParsedFile | undefined {
  const lines: LineTable = {};
  for (let i = 0; i < storedLines.length; i += 2) {
    const key = strings[storedLines[i] ?? -1];
    const line = storedLines[i + 1];
    if (key === undefined || typeof line !== 'number') return undefined;
    lines[key] = line;
  }
  const { text, ...rest } = parsed;
  if (!text) return { ...rest, lines };
  const cites: FootnoteCite[] = [];
  for (let i = 0; i < (storedCites?.length ?? 0); i += 3) {
    const label = strings[storedCites?.[i] ?? -1];
    const url = strings[storedCites?.[i + 1] ?? -1];
    const line = storedCites?.[i + 2];
    if (label === undefined || url === undefined || typeof line !== 'number') return undefined;
    cites.push({ label, url, line: line === -1 ? undefined : line });
  }
  return { ...rest, lines, text: { ...text, cites } };
}

/** A file's size, modification and change times (ms) and inode, as `fs.stat` gives them. */
export type FileStamp = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

/** A parse result to keep: the hash of the text it came from and, for a file on disk, its stamp. */
export interface CacheRecord {
  hash: string;
  stat?: FileStamp | undefined;
  parsed: ParsedFile;
}

/**
 * A file changed less than this long before a check read it may change again within the same
 * timestamp; its stamp is not trusted (as Git does with its index).
 */
const RACY_MS = 2000;

/** Parse results of earlier checks, by path, kept in one file per content folder. */
export interface CheckCache {
  /**
   * The hash of a file's text, known without reading it: when its stamp is the one recorded with
   * the hash, and it had not changed shortly before that check read it. Otherwise undefined.
   */
  knownHash(file: string, stat: FileStamp): string | undefined;
  /** The cached result for a file whose text has this hash, if there is one. */
  get(file: string, hash: string): ParsedFile | undefined;
  /** Whether the cache holds a result for this file, of whatever text: if not, hashing the file cannot find one. */
  holds(file: string): boolean;
  /** Replaces the cache file with exactly these results (files no longer in content/ drop out). */
  save(records: readonly CacheRecord[], readAt: number): Promise<void>;
  /** Whether the cache file was found, usable, or had to be thrown away. */
  state: 'empty' | 'loaded' | 'unreadable';
}

/** Where the check keeps its cache for a project: under node_modules/.cache, like other tools. */
export function cacheFolder(projectRoot: string): string {
  return path.join(projectRoot, 'node_modules', '.cache', 'briefings-check');
}

/** The cache file of one content folder (a project may check more than one, e.g. with --root). */
export function cacheFile(projectRoot: string, contentDir: string): string {
  return path.join(cacheFolder(projectRoot), `files-${textHash(path.resolve(contentDir)).slice(0, 12)}.json`);
}

/**
 * Opens the cache of the content folder `contentDir`. A missing, corrupt or outdated cache file is
 * ignored (every file is parsed again and the file rewritten); it is written atomically, so a check
 * stopped halfway never leaves half a file.
 */
export async function openCheckCache(projectRoot: string, contentDir: string): Promise<CheckCache> {
  const folder = cacheFolder(projectRoot);
  const file = cacheFile(projectRoot, contentDir);
  const current = checkerVersion();
  let files: Record<string, StoredFile> = {};
  let strings: string[] = [];
  let readAt = 0;
  let state: CheckCache['state'] = 'empty';
  let text: string | undefined;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`Cannot read the check's cache ${file}; delete it or run npm run check -- --no-cache`, { cause: error });
  }
  if (text !== undefined) {
    try {
      const cache = JSON.parse(text) as Partial<CacheFile>;
      if (cache.version === current && typeof cache.files === 'object' && cache.files !== null && Array.isArray(cache.strings)) {
        files = cache.files;
        strings = cache.strings;
        readAt = typeof cache.readAt === 'number' ? cache.readAt : 0;
        state = 'loaded';
      } else {
        state = 'unreadable';
      }
    } catch {
      state = 'unreadable';
    }
  }
  return {
    state,
    knownHash(path, stat) {
      const stored = Object.hasOwn(files, path) ? files[path] : undefined;
      const known = stored?.stat;
      if (!Array.isArray(known) || typeof stored?.hash !== 'string' || known.some((value, i) => value !== stat[i])) return undefined;
      return stat[1] < readAt - RACY_MS && stat[2] < readAt - RACY_MS ? stored.hash : undefined;
    },
    holds(path) {
      return Object.hasOwn(files, path);
    },
    get(path, hash) {
      const stored = Object.hasOwn(files, path) ? files[path] : undefined;
      return isStoredFile(stored, path) && stored.hash === hash ? decode(stored, strings) : undefined;
    },
    async save(records, startedAt) {
      const next: CacheFile = { version: current, readAt: startedAt, strings: [], files: {} };
      const index = new Map<string, number>();
      const intern = (text: string) => {
        let at = index.get(text);
        if (at === undefined) {
          at = next.strings.push(text) - 1;
          index.set(text, at);
        }
        return at;
      };
      for (const record of records) next.files[record.parsed.path] = encode(record, intern);
      await mkdir(folder, { recursive: true });
      try {
        await replaceFile(file, JSON.stringify(next));
      } catch (error) {
        throw new Error(`Cannot write the check's cache ${file}; check that node_modules/.cache is writable, or run npm run check -- --no-cache`, { cause: error });
      }
    },
  };
}
