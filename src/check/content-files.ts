import type { Dirent } from 'node:fs';
import { lstat, readdir, readFile, readlink, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Root, Yaml } from 'mdast';
import { collectionNames, collections, formatExtensions, type CollectionName } from '../lib/collections.ts';
import { entryIdFromPath } from '../lib/entry-ids.ts';
import { decodeContentBytes } from '../lib/content-bytes.ts';
import { describeSyntaxError, parseMdx } from '../lib/mdx-syntax.ts';
import type { Problem } from '../lib/problems.ts';
import { textFacts, type TextFacts } from './text-facts.ts';
import { lineInTable, parseYaml, type LineTable } from '../lib/yaml-lines.ts';

/** One file of `content/`, parsed but not yet validated. */
export interface ContentFile {
  collection: CollectionName;
  /** Path from the project root with forward slashes, e.g. `content/cases/max-bokayev.mdx`. */
  path: string;
  /** Path inside the collection folder, e.g. `max-bokayev.mdx`. */
  entryPath: string;
  id: string;
  /** Frontmatter (MDX) or the whole document (YAML), as plain YAML values. */
  data: unknown;
  /** The 1-based line of a field in the file, or of its nearest parent that exists. */
  lineOf(field: ReadonlyArray<PropertyKey>): number | undefined;
  /** The Markdown syntax tree of an MDX file's text (only from `readContent`, not from the check). */
  tree?: Root;
  /** What the integrity rules read from an MDX file's text: its own footnote and link problems, citations, components. */
  text?: TextFacts;
  /** False when the file could not be parsed; it still counts as existing for links to it. */
  readable: boolean;
}

/**
 * One file of `content/` as parsing leaves it: plain data (lines as a table, the text as facts),
 * so it can cross worker threads and be kept in the check's cache.
 */
export interface ParsedFile {
  collection: CollectionName;
  path: string;
  entryPath: string;
  id: string;
  data: unknown;
  lines: LineTable;
  text?: TextFacts;
  readable: boolean;
  /** The file's syntax problems. */
  problems: Problem[];
}

/** Everything read from `content/`: every file (parsed or not) and the problems of those that did not parse. */
export interface ContentRead {
  files: ContentFile[];
  problems: Problem[];
  /** How many files were read, parsed or not. */
  fileCount: number;
}

/** A file of a collection, found on disk or among pending files, not read yet. */
export interface ListedFile {
  collection: CollectionName;
  /** Path from the project root with forward slashes. */
  path: string;
  /** Path inside the collection folder. */
  entryPath: string;
  /** Where to read it from. */
  absolutePath: string;
}

/** What a folder of `content/` holds: its files, and the symbolic links among them, each with what it points at. */
interface FolderListing {
  files: string[];
  links: Array<{ entryPath: string; target: string; kind: 'file' | 'folder' | 'missing' }>;
}

async function listFiles(directory: string): Promise<FolderListing> {
  let dirents;
  try {
    dirents = await readdir(directory, { withFileTypes: true, recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { files: [], links: [] };
    throw new Error(`Cannot read the content folder ${directory}`, { cause: error });
  }
  const relative = (d: Dirent) => path.relative(directory, path.join(d.parentPath, d.name)).split(path.sep).join('/');
  const links: FolderListing['links'] = [];
  // A name starting with a dot is hidden: the build's loaders skip it (an editor's lock file `.#x.mdx` is a link).
  for (const d of dirents.filter((d) => d.isSymbolicLink() && !d.name.startsWith('.'))) {
    links.push({ entryPath: relative(d), ...(await linkTarget(path.join(d.parentPath, d.name))) });
  }
  return { files: dirents.filter((d) => d.isFile()).map(relative).sort(), links: links.sort((a, b) => a.entryPath.localeCompare(b.entryPath)) };
}

/** Where a symbolic link points, and whether that is a file, a folder or nothing. */
async function linkTarget(link: string): Promise<{ target: string; kind: 'file' | 'folder' | 'missing' }> {
  const target = await readlink(link);
  try {
    return { target, kind: (await stat(link)).isDirectory() ? 'folder' : 'file' };
  } catch {
    return { target, kind: 'missing' };
  }
}

/**
 * The problem of a symbolic link in `content/`: the check reads only files that are really there,
 * while the build's loaders would follow the link and publish whatever it points at.
 */
function symbolicLinkProblem(file: string, target: string, kind: 'file' | 'folder' | 'missing'): Problem {
  const why = 'the archive publishes only files that are really in content/ (a link could publish any file of the computer it is built on)';
  const message = kind === 'missing'
    ? `is a symbolic link to ${target}, which does not exist; delete the link, and copy the file into content/ if it is needed`
    : kind === 'folder'
      ? `is a symbolic link to the folder ${target}; ${why}, so copy the folder's files into content/ instead of linking to them`
      : `is a symbolic link to ${target}; ${why}, so copy the file into content/ instead of linking to it`;
  return { file, message, rule: 'files' };
}

/** The collection folder itself, when it is a symbolic link: its files are listed all the same, and the link is a problem. */
async function linkedFolder(directory: string): Promise<{ target: string } | undefined> {
  try {
    return (await lstat(directory)).isSymbolicLink() ? { target: await readlink(directory) } : undefined;
  } catch {
    return undefined;
  }
}

/** A file to read, or a problem with a file that will not be read, in the order the report lists them. */
export type ListedItem = { file: ListedFile } | { problem: Problem };

/**
 * Lists every file of every collection under `contentDir`, in report order, with `pending` files
 * (path from the project root → text) among them; files of the wrong kind become problems.
 */
export async function listContentFiles(
  contentDir: string,
  projectRoot: string,
  pending: ReadonlyMap<string, string> = new Map(),
): Promise<ListedItem[]> {
  const items: ListedItem[] = [];
  for (const collection of collectionNames) {
    const directory = path.join(contentDir, collections[collection].directory);
    const extensions: readonly string[] = formatExtensions[collections[collection].format];
    const pendingHere = [...pending.keys()]
      .map((file) => path.relative(directory, path.join(projectRoot, file)).split(path.sep).join('/'))
      .filter((entryPath) => !entryPath.startsWith('../'));
    const listing = await listFiles(directory);
    const fromRoot = (entryPath: string) => path.relative(projectRoot, path.join(directory, entryPath)).split(path.sep).join('/');
    const linked = await linkedFolder(directory);
    if (linked) items.push({ problem: symbolicLinkProblem(fromRoot('.'), linked.target, 'folder') });
    for (const link of listing.links) items.push({ problem: symbolicLinkProblem(fromRoot(link.entryPath), link.target, link.kind) });
    const entryPaths = [...new Set([...listing.files, ...pendingHere])].sort();
    for (const entryPath of entryPaths) {
      const file = fromRoot(entryPath);
      if (!extensions.includes(path.extname(entryPath))) {
        if (!path.basename(entryPath).startsWith('.')) {
          items.push({ problem: { file, message: `is not a ${extensions.join(' or ')} file, so it is not published; rename it or move it out of content/`, rule: 'files' } });
        }
        continue;
      }
      items.push({ file: { collection, path: file, entryPath, absolutePath: path.join(directory, entryPath) } });
    }
  }
  return items;
}

/** A file that could not be parsed, with its one problem: it still counts as existing for links to it. */
function unreadableFile({ collection, entryPath, path: file }: Pick<ListedFile, 'collection' | 'entryPath' | 'path'>, problem: Omit<Problem, 'file' | 'rule'>): ParsedFile {
  return { collection, path: file, entryPath, id: entryIdFromPath(entryPath), data: {}, lines: {}, readable: false, problems: [{ file, rule: 'syntax', ...problem }] };
}

/** What to write in an empty file of a collection, or that it may be deleted. */
function emptyFileMessage(collection: CollectionName, what: string): string {
  return `${what}; write the fields of a ${collections[collection].noun} in it (each is explained at /publishing/content-model/#${collection}), or delete the file`;
}

/** True when an MDX file opens a frontmatter with `---` that no line closes (the parser then sees a `---` rule and no frontmatter). */
function unclosedFrontmatter(source: string): boolean {
  const lines = source.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  return lines[0]?.trimEnd() === '---' && !lines.slice(1).some((line) => line.trimEnd() === '---');
}

/**
 * Parses one file of `content/`. `parseText` turns an MDX file into a syntax tree and throws on a
 * syntax error (`parseMdx`, or the check's faster `parseMdxNatively`).
 */
export function parseContentFile(
  listed: Pick<ListedFile, 'collection' | 'entryPath' | 'path'>,
  source: string,
  parseText: (source: string) => Root = parseMdx,
): { parsed: ParsedFile; tree?: Root } {
  const { collection, entryPath, path: file } = listed;
  const id = entryIdFromPath(entryPath);
  const base = { collection, path: file, entryPath, id };
  const unreadable = (problem: Omit<Problem, 'file' | 'rule'>) => ({ parsed: unreadableFile(listed, problem) });
  if (source.replace(/^\uFEFF/u, '').trim() === '') return unreadable({ line: 1, message: emptyFileMessage(collection, 'the file is empty') });
  if (collections[collection].format === 'yaml') {
    const { data, lines, problems, empty } = parseYaml(source, file, 0);
    if (empty && problems.length === 0) return unreadable({ line: 1, message: emptyFileMessage(collection, 'the file has only comments, no fields') });
    return { parsed: { ...base, data, lines, readable: problems.length === 0, problems } };
  }
  if (unclosedFrontmatter(source)) {
    return unreadable({ line: 1, message: 'the frontmatter is never closed: the `---` on this line opens it, but no line `---` ends it; add a line `---` after the last field, before the text' });
  }
  let tree: Root;
  try {
    tree = parseText(source);
  } catch (error) {
    const { line, message } = describeSyntaxError(error);
    return unreadable({ line, message: `MDX cannot be read: ${message}. Write \\{ and &lt; for literal { and <.` });
  }
  const frontmatter = tree.children.find((node): node is Yaml => node.type === 'yaml');
  if (!frontmatter) {
    return unreadable({ line: 1, message: 'has no frontmatter; start the file with a `---` block of fields' });
  }
  const offset = frontmatter.position?.start.line ?? 1;
  const { data, lines, problems } = parseYaml(frontmatter.value, file, offset);
  return { parsed: { ...base, data, lines, text: textFacts(tree, file), readable: problems.length === 0, problems }, tree };
}

/**
 * Parses one file of `content/` from its bytes: a file that is not UTF-8 text (a Word document
 * renamed to `.mdx`, a file in another encoding) is unreadable, with what to do about it.
 */
export function parseContentBytes(
  listed: Pick<ListedFile, 'collection' | 'entryPath' | 'path'>,
  bytes: Uint8Array,
  parseText: (source: string) => Root = parseMdx,
): { parsed: ParsedFile; tree?: Root } {
  const decoded = decodeContentBytes(bytes, path.extname(listed.entryPath));
  if ('text' in decoded) return parseContentFile(listed, decoded.text, parseText);
  return { parsed: unreadableFile(listed, decoded) };
}

/** The file the schema and integrity rules read, from a parsed file. */
export function toContentFile({ problems: _problems, lines, ...parsed }: ParsedFile, tree?: Root): ContentFile {
  return { ...parsed, lineOf: (field) => lineInTable(lines, field), ...(tree && parsed.text ? { tree } : {}) };
}

/**
 * Reads and parses every file of every collection under `contentDir`, keeping each MDX file's
 * syntax tree. `pending` holds files a command is about to write (path from the project root →
 * text): they are read as if they existed, so a command can check its output against the whole
 * archive before it writes anything.
 */
export async function readContent(contentDir: string, projectRoot: string, pending: ReadonlyMap<string, string> = new Map()): Promise<ContentRead> {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  for (const item of await listContentFiles(contentDir, projectRoot, pending)) {
    if ('problem' in item) {
      problems.push(item.problem);
      continue;
    }
    const source = pending.get(item.file.path);
    const { parsed, tree } = source === undefined ? parseContentBytes(item.file, await readFile(item.file.absolutePath)) : parseContentFile(item.file, source);
    problems.push(...parsed.problems);
    files.push(toContentFile(parsed, tree));
  }
  return { files, problems, fileCount: files.length };
}
