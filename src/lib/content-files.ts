import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root, Yaml } from 'mdast';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import { collectionNames, collections, formatExtensions, type CollectionName } from './collections.ts';
import { entryIdFromPath } from './entry-ids.ts';
import { describeSyntaxError, parseMdx } from './mdx-syntax.ts';
import type { Problem } from './problems.ts';

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
  /** The Markdown syntax tree of an MDX file's text. */
  tree?: Root;
  /** False when the file could not be parsed; it still counts as existing for links to it. */
  readable: boolean;
}

/** Everything read from `content/`: every file (parsed or not) and the problems of those that did not parse. */
export interface ContentRead {
  files: ContentFile[];
  problems: Problem[];
  /** How many files were read, parsed or not. */
  fileCount: number;
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

function lineLocator(doc: Document, counter: LineCounter, lineOffset: number) {
  return (field: ReadonlyArray<PropertyKey>): number | undefined => {
    for (let depth = field.length; depth >= 0; depth--) {
      const node = doc.getIn(field.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      const start = node && typeof node === 'object' && 'range' in node ? node.range?.[0] : undefined;
      if (start !== undefined) {
        // A pair's value starts after its key; report the key's line for maps and lists.
        return counter.linePos(start).line + lineOffset;
      }
    }
    return undefined;
  };
}

function parseYaml(source: string, file: string, lineOffset: number) {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = doc.errors.map((error) => ({
    file,
    line: counter.linePos(error.pos[0]).line + lineOffset,
    message: `YAML cannot be read: ${error.message.split('\n')[0]}. Check indentation, colons and quotes.`,
    rule: 'syntax',
  }));
  const data: unknown = doc.toJS();
  if (problems.length === 0 && doc.contents !== null && !isMap(doc.contents)) {
    problems.push({ file, line: 1 + lineOffset, message: 'must be a list of `field: value` lines', rule: 'syntax' });
  }
  return { data: data ?? {}, lineOf: lineLocator(doc, counter, lineOffset), problems };
}

function parseContentFile(collection: CollectionName, entryPath: string, file: string, source: string) {
  const id = entryIdFromPath(entryPath);
  if (collections[collection].format === 'yaml') {
    const { data, lineOf, problems } = parseYaml(source, file, 0);
    return { file: { collection, path: file, entryPath, id, data, lineOf, readable: problems.length === 0 }, problems };
  }
  const unreadable = (problem: Omit<Problem, 'file' | 'rule'>) => ({
    file: { collection, path: file, entryPath, id, data: {}, lineOf: () => undefined, readable: false },
    problems: [{ file, rule: 'syntax', ...problem }],
  });
  let tree: Root;
  try {
    tree = parseMdx(source);
  } catch (error) {
    const { line, message } = describeSyntaxError(error);
    return unreadable({ line, message: `MDX cannot be read: ${message}. Write \\{ and &lt; for literal { and <.` });
  }
  const frontmatter = tree.children.find((node): node is Yaml => node.type === 'yaml');
  if (!frontmatter) {
    return unreadable({ line: 1, message: 'has no frontmatter; start the file with a `---` block of fields' });
  }
  const offset = frontmatter.position?.start.line ?? 1;
  const { data, lineOf, problems } = parseYaml(frontmatter.value, file, offset);
  return { file: { collection, path: file, entryPath, id, data, lineOf, tree, readable: problems.length === 0 }, problems };
}

/**
 * Reads and parses every file of every collection under `contentDir`. `pending` holds files a
 * command is about to write (path from the project root → text): they are read as if they existed,
 * so a command can check its output against the whole archive before it writes anything.
 */
export async function readContent(contentDir: string, projectRoot: string, pending: ReadonlyMap<string, string> = new Map()): Promise<ContentRead> {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  let fileCount = 0;
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
          problems.push({ file, message: `is not a ${extensions.join(' or ')} file, so it is not published; rename it or move it out of content/`, rule: 'files' });
        }
        continue;
      }
      fileCount++;
      const source = pending.get(file) ?? (await readFile(path.join(directory, entryPath), 'utf8'));
      const parsed = parseContentFile(collection, entryPath, file, source);
      problems.push(...parsed.problems);
      files.push(parsed.file);
    }
  }
  return { files, problems, fileCount };
}
