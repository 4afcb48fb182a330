import type { Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { normaliseName } from '../lib/names.ts';
import type { ContentSnapshot } from './content-snapshot.ts';

/** How often a known case is named in a draft. */
export interface CaseNameCount {
  caseId: string;
  name: string;
  count: number;
  /** The spellings found, as the draft writes them. */
  spellings: string[];
}

interface Found {
  start: number;
  end: number;
  caseId: string;
}

/** Containers whose text is not searched: headings, links, code, notes and case mentions already there. */
const SKIPPED = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'footnoteDefinition', 'mdxJsxTextElement']);

/**
 * A normalised copy of a text (as `normaliseName` reads names) that remembers, for each of its
 * characters, where that character came from, so a match can be found in the original.
 */
function normalisedWithOrigin(text: string): { value: string; from: Array<[number, number]> } {
  let value = ' ';
  const from: Array<[number, number]> = [[0, 0]];
  let index = 0;
  for (const char of text) {
    const normal = normaliseName(char) || ' ';
    for (const c of normal) {
      if (c === ' ' && value.endsWith(' ')) continue;
      value += c;
      from.push([index, index + char.length]);
    }
    index += char.length;
  }
  value += ' ';
  from.push([text.length, text.length]);
  return { value, from };
}

/** Every whole-word mention of a case in a text, the longest spelling winning where spellings overlap. */
function findIn(text: string, spellings: ReadonlyArray<{ key: string; caseId: string }>): Found[] {
  const { value, from } = normalisedWithOrigin(text);
  const hits: Found[] = [];
  for (const { key, caseId } of spellings) {
    const needle = ` ${key} `;
    for (let at = value.indexOf(needle); at !== -1; at = value.indexOf(needle, at + 1)) {
      const first = from[at + 1];
      const last = from[at + needle.length - 2];
      if (first && last) hits.push({ start: first[0], end: last[1], caseId });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const hit of hits) if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  return kept;
}

function spellingKeys(snapshot: ContentSnapshot) {
  return snapshot.cases
    .flatMap((c) => c.spellings.map((s) => ({ key: normaliseName(s), caseId: c.id })))
    .filter((s) => s.key !== '')
    .sort((a, b) => b.key.length - a.key.length);
}

/** Calls `visit` for each text node outside headings, links, notes and components, with the index of the section it is in. */
function eachText(tree: Root, visit: (text: Text, parent: Parent, index: number, section: number) => void): void {
  let section = 0;
  const walk = (parent: Parent) => {
    for (let i = 0; i < parent.children.length; i++) {
      const node = parent.children[i] as RootContent;
      if (node.type === 'heading') section++;
      if (node.type === 'text') visit(node, parent, i, section);
      else if ('children' in node && !SKIPPED.has(node.type)) walk(node);
    }
  };
  walk(tree);
}

/** Lists the known cases a draft names (by name or alias), with how often. */
export function findCaseNames(tree: Root, snapshot: ContentSnapshot): CaseNameCount[] {
  const keys = spellingKeys(snapshot);
  const counts = new Map<string, CaseNameCount>();
  eachText(tree, (text) => {
    for (const hit of findIn(text.value, keys)) {
      const known = snapshot.cases.find((c) => c.id === hit.caseId);
      const entry = counts.get(hit.caseId) ?? { caseId: hit.caseId, name: known?.name ?? hit.caseId, count: 0, spellings: [] };
      entry.count++;
      const spelling = text.value.slice(hit.start, hit.end);
      if (!entry.spellings.includes(spelling)) entry.spellings.push(spelling);
      counts.set(hit.caseId, entry);
    }
  });
  return [...counts.values()].sort((a, b) => b.count - a.count || a.caseId.localeCompare(b.caseId));
}

/**
 * Wraps the first mention of each known case in each section (from one heading to the next) in
 * `<Case id="...">`, and returns the ids of the cases linked.
 */
export function linkCaseNames(tree: Root, snapshot: ContentSnapshot): string[] {
  const keys = spellingKeys(snapshot);
  const linked = new Set<string>();
  const done = new Set<string>();
  const edits: Array<{ parent: Parent; index: number; replacement: PhrasingContent[] }> = [];
  eachText(tree, (text, parent, index, section) => {
    const replacement: PhrasingContent[] = [];
    let rest = 0;
    for (const hit of findIn(text.value, keys)) {
      const key = `${section}:${hit.caseId}`;
      if (done.has(key)) continue;
      done.add(key);
      linked.add(hit.caseId);
      if (hit.start > rest) replacement.push({ type: 'text', value: text.value.slice(rest, hit.start) });
      const mention: MdxJsxTextElement = {
        type: 'mdxJsxTextElement', name: 'Case',
        attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: hit.caseId }],
        children: [{ type: 'text', value: text.value.slice(hit.start, hit.end) }],
      };
      replacement.push(mention);
      rest = hit.end;
    }
    if (replacement.length === 0) return;
    if (rest < text.value.length) replacement.push({ type: 'text', value: text.value.slice(rest) });
    edits.push({ parent, index, replacement });
  });
  for (const { parent, index, replacement } of edits.reverse()) parent.children.splice(index, 1, ...(replacement as never[]));
  return [...linked].sort();
}
