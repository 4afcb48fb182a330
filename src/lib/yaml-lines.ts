import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from './problems.ts';

/**
 * The 1-based line of every node of a YAML document, keyed by its field path (see `pathKey`).
 * Plain data, so it can cross worker threads and be kept in the check's cache.
 */
export type LineTable = Record<string, number>;

/** The key of a field path in a `LineTable`: `s:` before text keys, `n:` before numbers, joined by NUL. */
function pathKey(path: ReadonlyArray<string | number>): string {
  return path.map((key) => (typeof key === 'number' ? `n:${key}` : `s:${key}`)).join('\0');
}

function recordLines(node: unknown, path: Array<string | number>, counter: LineCounter, lineOffset: number, table: LineTable): void {
  const start = (node as Node | null)?.range?.[0];
  if (start === undefined) return;
  const key = pathKey(path);
  // The first of two equal keys wins, as in `doc.getIn` (a duplicate key is an error anyway).
  if (key in table) return;
  table[key] = counter.linePos(start).line + lineOffset;
  if (isMap(node)) {
    for (const pair of node.items) {
      const name = isScalar(pair.key) ? pair.key.value : pair.key;
      if (typeof name === 'string' || typeof name === 'number') recordLines(pair.value, [...path, name], counter, lineOffset, table);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      recordLines(item, [...path, index], counter, lineOffset, table);
    });
  }
}

/** The line of a field in a file, or of its nearest parent that exists; undefined when none does. */
export function lineInTable(table: LineTable, field: ReadonlyArray<PropertyKey>): number | undefined {
  for (let depth = field.length; depth >= 0; depth--) {
    const path = field.slice(0, depth);
    if (path.some((key) => typeof key === 'symbol')) continue;
    const line = table[pathKey(path as Array<string | number>)];
    if (line !== undefined) return line;
  }
  return undefined;
}

/** A YAML document (a data file, or an MDX file's frontmatter) as plain values, with its lines and syntax problems. */
export interface ParsedYaml {
  data: unknown;
  lines: LineTable;
  problems: Problem[];
  /** True when the document has no content at all (an empty file, or only comments). */
  empty: boolean;
}

/**
 * Parses YAML that starts at line `lineOffset + 1` of `file`. Every node's line is recorded, so
 * a problem found later in a field (or in a list item) can name the line it is on.
 */
export function parseYaml(source: string, file: string, lineOffset: number): ParsedYaml {
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
  const lines: LineTable = {};
  recordLines(doc.contents, [], counter, lineOffset, lines);
  return { data: data ?? {}, lines, problems, empty: doc.contents === null };
}
