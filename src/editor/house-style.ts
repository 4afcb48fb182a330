/**
 * House style for the files the browser editor saves. Keystatic writes every entry anew with
 * js-yaml (flow lists become block lists, text is folded at 80 columns, comments are lost, and
 * `draft: false` and empty lists are added: see `serializeEntryToFiles` in
 * @keystatic/core/dist/keystatic-core-ui.js). Here the saved data is laid back onto the file as it
 * was: only the values that changed are rewritten, in place, so comments, flow lists, folded text
 * and key order stay as staff and the importer wrote them. Pure: no file access.
 */
import { isMap, isScalar, isSeq, parseDocument, stringify, type Node, type Pair } from 'yaml';

/** How new values are written: on one line (as `npm run import` and `npm run new` write them), lists `[a, b]`. */
const RENDER = { lineWidth: 0, flowCollectionPadding: false } as const;

type Edit = { start: number; end: number; text: string };

/** A value Keystatic writes for a field left empty: absent in house style unless the file had it. */
function isEmpty(value: unknown): boolean {
  if (isObject(value)) return Object.values(value).every(isEmpty);
  return value === '' || value === null || value === undefined || value === false || (Array.isArray(value) && value.length === 0);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The data without the empty values Keystatic adds: what a new file holds. */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => !isEmpty(v)).map(([k, v]) => [k, withoutEmpty(v)]));
}

/**
 * Equal as the check reads them: `2016` and `'2016'` are one date, a key Keystatic added empty is
 * no key, and `draft: false` is no draft line.
 */
function sameData(before: unknown, after: unknown): boolean {
  if (Array.isArray(before) || Array.isArray(after)) {
    return Array.isArray(before) && Array.isArray(after) && before.length === after.length && before.every((b, i) => sameData(b, after[i]));
  }
  if (isObject(before) || isObject(after)) {
    if (!isObject(before) || !isObject(after)) return false;
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].every((key) => (key in before ? key in after && sameData(before[key], after[key]) : isEmpty(after[key])));
  }
  if (before === null || before === undefined || after === null || after === undefined) return before === after;
  return String(before) === String(after);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset of the line break that ends the line holding `offset - 1` (or the text's end). */
function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', Math.max(offset - 1, 0));
  return end === -1 ? text.length : end;
}

/** `rendered` with every line after the first indented to `column`. */
function indentRest(rendered: string, column: number): string {
  return rendered.replace(/\n$/, '').split('\n').map((line, i) => (i === 0 || line === '' ? line : ' '.repeat(column) + line)).join('\n');
}

function render(value: unknown, flow = false): string {
  if (flow && Array.isArray(value)) return `[${value.map((v) => stringify(v, RENDER).trimEnd()).join(', ')}]`;
  return stringify(value, RENDER);
}

function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** The text span of a node's value: from its first character to the end of its last line. */
function span(text: string, node: Node): { start: number; end: number } {
  const [start, valueEnd] = node.range ?? [0, 0];
  return { start, end: lineEnd(text, valueEnd) };
}

function pairKey(pair: Pair): string {
  return String(isScalar(pair.key) ? pair.key.value : pair.key);
}

/** The edits that turn the map `node` (as written in `text`) into `value`. */
function mapEdits(text: string, node: Node, value: Record<string, unknown>, edits: Edit[]): boolean {
  if (!isMap(node) || node.flow) return false;
  const pairs = node.items as Pair[];
  const keyStart = (pair: Pair) => (pair.key as Node).range?.[0] ?? 0;
  const pairEnd = (pair: Pair) => (pair.value ? span(text, pair.value as Node).end : lineEnd(text, (pair.key as Node).range?.[1] ?? 0));
  const indent = pairs.length ? column(text, keyStart(pairs[0]!)) : 0;
  for (const [i, pair] of pairs.entries()) {
    const key = pairKey(pair);
    if (!(key in value) || (isEmpty(value[key]) && (pair.value as Node | null)?.toJSON?.() === false)) {
      // A field emptied in the editor: its lines go. The first pair of a list item shares the `- ` line.
      if (i === 0 && lineStart(text, keyStart(pair)) !== keyStart(pair) - indent) return false;
      edits.push({ start: lineStart(text, keyStart(pair)), end: Math.min(pairEnd(pair) + 1, text.length), text: '' });
    }
  }
  let after = pairs.length ? lineStart(text, keyStart(pairs[0]!)) : -1;
  let previousEnd: number | undefined;
  for (const [key, next] of Object.entries(value)) {
    const pair = pairs.find((p) => pairKey(p) === key);
    if (!pair) {
      if (isEmpty(next)) continue;
      const rendered = ' '.repeat(indent) + indentRest(render({ [key]: next }), indent);
      if (previousEnd !== undefined) edits.push({ start: previousEnd, end: previousEnd, text: `\n${rendered}` });
      else if (after >= 0 && lineStart(text, keyStart(pairs[0]!)) === keyStart(pairs[0]!) - indent) edits.push({ start: after, end: after, text: `${rendered}\n` });
      else return false;
      continue;
    }
    previousEnd = pairEnd(pair);
    after = previousEnd;
    const before = (pair.value as Node | null)?.toJSON?.() ?? null;
    if (sameData(before, next) || (isEmpty(next) && before === false)) continue;
    if (valueEdits(text, pair.value as Node | null, next, edits)) continue;
    const start = keyStart(pair);
    edits.push({ start, end: pairEnd(pair), text: indentRest(render({ [key]: next }, isSeq(pair.value) && pair.value.flow), column(text, start)) });
  }
  return true;
}

/** The edits that turn a block list into `value`, item by item; false when the list must be written anew. */
function seqEdits(text: string, node: Node, value: unknown[], edits: Edit[]): boolean {
  if (!isSeq(node) || node.flow || node.items.length === 0) return false;
  const items = node.items as Node[];
  const dash = (item: Node) => text.lastIndexOf('-', (item.range?.[0] ?? 1) - 1);
  const indent = column(text, dash(items[0]!));
  for (const [i, item] of items.entries()) {
    if (i < value.length) {
      if (sameData(item.toJSON(), value[i]) || valueEdits(text, item, value[i], edits)) continue;
      const { start, end } = span(text, item);
      edits.push({ start, end, text: indentRest(render(value[i]), indent + 2) });
    } else {
      edits.push({ start: lineStart(text, dash(item)), end: Math.min(span(text, item).end + 1, text.length), text: '' });
    }
  }
  const last = span(text, items[items.length - 1]!).end;
  const added = value.slice(items.length).map((v) => ' '.repeat(indent) + indentRest(render([v]), indent)).join('\n');
  if (added) edits.push({ start: last, end: last, text: `\n${added}` });
  return true;
}

function valueEdits(text: string, node: Node | null, value: unknown, edits: Edit[]): boolean {
  if (!node) return false;
  if (isMap(node) && isObject(value)) return mapEdits(text, node, value, edits);
  if (isSeq(node) && Array.isArray(value)) return seqEdits(text, node, value, edits);
  return false;
}

function applyEdits(text: string, edits: Edit[]): string {
  return [...edits].sort((a, b) => b.start - a.start || b.end - a.end).reduce((out, e) => out.slice(0, e.start) + e.text + out.slice(e.end), text);
}

/**
 * The YAML of `data` in house style: `original` (the file's YAML as it was, if any) with only what
 * changed rewritten. Written anew (comments before the first key kept) only if the edit in place
 * would not read back as `data`.
 */
export function formatYaml(data: Record<string, unknown>, original?: string): string {
  const fresh = () => render(withoutEmpty(data));
  if (original === undefined || original.trim() === '') return fresh();
  const doc = parseDocument(original);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return fresh();
  if (sameData(doc.toJS(), data)) return original;
  const edits: Edit[] = [];
  if (mapEdits(original, doc.contents, data, edits)) {
    const edited = applyEdits(original, edits);
    const reread = parseDocument(edited);
    if (reread.errors.length === 0 && sameData(reread.toJS(), data)) return edited.endsWith('\n') ? edited : `${edited}\n`;
  }
  const comment = original.match(/^(?:#.*\n|\s*\n)*/)?.[0] ?? '';
  return comment + fresh();
}

/** An .mdx file cut at its frontmatter: the YAML between the `---` lines, and the text after them. */
export function splitMdx(text: string): { yaml: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?\r?\n)?---\r?\n?/.exec(text);
  return match ? { yaml: match[1] ?? '', body: text.slice(match[0].length) } : undefined;
}

/**
 * A file as the editor saved it (`saved`), in house style: for .mdx the frontmatter is laid onto
 * the original's and the text kept exactly as typed; for .yaml the data is laid onto the original.
 */
export function formatSavedFile(path: string, saved: string, original?: string): string {
  if (path.endsWith('.mdx')) {
    const parts = splitMdx(saved);
    if (!parts) return saved;
    const data = (parseDocument(parts.yaml).toJS() ?? {}) as Record<string, unknown>;
    const yaml = formatYaml(data, original === undefined ? undefined : splitMdx(original)?.yaml);
    return `---\n${yaml}---\n${parts.body}`;
  }
  const data = (parseDocument(saved).toJS() ?? {}) as Record<string, unknown>;
  return formatYaml(data, original);
}
