import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root, Yaml } from 'mdast';
import { collectionNames, collections, formatExtensions, type CollectionName } from './collections.ts';
import { entryIdFromPath } from './entry-ids.ts';
import { describeSyntaxError, parseMdx } from './mdx-syntax.ts';
import type { Problem } from './problems.ts';
import { textFacts, type TextFacts } from './text-facts.ts';
import { lineInTable, parseYaml, type LineTable } from './yaml-lines.ts';

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

async function listFiles(directory: string): Promise<string[]> {
  let dirents;
  try {
    dirents = await readdir(directory, { withFileTypes: true, recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Error(`Cannot read the content folder ${directory}`, { cause: error });
  }
  return dirents
    .filter((d) => d.isFile())
    .map((d) => path.relative(directory, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
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
    const entryPaths = [...new Set([...(await listFiles(directory)), ...pendingHere])].sort();
    for (const entryPath of entryPaths) {
      const file = path.relative(projectRoot, path.join(directory, entryPath)).split(path.sep).join('/');
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

/**
 * Parses one file of `content/`. `parseText` turns an MDX file into a syntax tree and throws on a
 * syntax error (`parseMdx`, or the check's faster `parseMdxNatively`).
 */
export function parseContentFile(
  { collection, entryPath, path: file }: Pick<ListedFile, 'collection' | 'entryPath' | 'path'>,
  source: string,
  parseText: (source: string) => Root = parseMdx,
): { parsed: ParsedFile; tree?: Root } {
  const id = entryIdFromPath(entryPath);
  const base = { collection, path: file, entryPath, id };
  if (collections[collection].format === 'yaml') {
    const { data, lines, problems } = parseYaml(source, file, 0);
    return { parsed: { ...base, data, lines, readable: problems.length === 0, problems } };
  }
  const unreadable = (problem: Omit<Problem, 'file' | 'rule'>) => ({
    parsed: { ...base, data: {}, lines: {}, readable: false, problems: [{ file, rule: 'syntax', ...problem }] },
  });
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
    const source = pending.get(item.file.path) ?? (await readFile(item.file.absolutePath, 'utf8'));
    const { parsed, tree } = parseContentFile(item.file, source);
    problems.push(...parsed.problems);
    files.push(toContentFile(parsed, tree));
  }
  return { files, problems, fileCount: files.length };
}
