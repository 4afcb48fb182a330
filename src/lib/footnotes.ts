import type { FootnoteDefinition, Link, Nodes, Root, Text } from 'mdast';
import { normalizeUri } from 'micromark-util-sanitize-uri';
import { eachNode } from './mdast-walk.ts';
import type { Problem } from './problems.ts';

/** A footnote mark in the text, such as `[^20]`. */
export interface FootnoteMark {
  label: string;
  /** GFM's normalised form of the label: matching is case-insensitive. */
  identifier: string;
  line: number | undefined;
  /** True when the mark has a definition (GFM only turns defined marks into references). */
  defined: boolean;
}

/** A document a footnote points at: a web address, or `source:<id>` for a record without one. */
export interface CitedDocument {
  url: string;
  line: number | undefined;
}

/** A footnote's text, with the documents it cites. */
export interface FootnoteNote {
  label: string;
  identifier: string;
  line: number | undefined;
  cites: CitedDocument[];
}

/** What a footnote cites, as pages and the rules across files need it: the note's label and the addresses it points at. */
export interface NoteCitations {
  label: string;
  cites: Array<Pick<CitedDocument, 'url'>>;
}

/** The footnote marks and notes of one MDX text. */
export interface Footnotes {
  marks: FootnoteMark[];
  notes: FootnoteNote[];
}

const UNDEFINED_MARK = /\[\^([^\]\s]+)\]/g;

/** The identifier GFM matches footnote labels by. */
export function normaliseFootnoteLabel(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The `id` of a footnote's note in a rendered page, for links to it from elsewhere (`#` + this):
 * `user-content-fn-28`, made as mdast-util-to-hast makes it (lib/footer.js: its default
 * clobberPrefix `user-content-`, `fn-`, then normalizeUri of the lower-cased identifier).
 */
export function footnoteAnchor(label: string): string {
  return `user-content-fn-${normalizeUri(normaliseFootnoteLabel(label))}`;
}

function linksIn(node: FootnoteDefinition): CitedDocument[] {
  const cites: CitedDocument[] = [];
  eachNode(node, (link) => {
    if (link.type === 'link') cites.push({ url: (link as Link).url, line: link.position?.start.line });
  });
  return cites;
}

/** Collects every footnote mark and note of a parsed MDX text. */
export function collectFootnotes(tree: Root): Footnotes {
  const marks: FootnoteMark[] = [];
  const notes: FootnoteNote[] = [];
  eachNode(tree, (visited) => {
    const node = visited as Nodes;
    if (node.type === 'footnoteReference') {
      marks.push({ label: node.label ?? node.identifier, identifier: node.identifier, line: node.position?.start.line, defined: true });
    } else if (node.type === 'footnoteDefinition') {
      notes.push({ label: node.label ?? node.identifier, identifier: node.identifier, line: node.position?.start.line, cites: linksIn(node) });
    } else if (node.type === 'text') {
      for (const match of (node as Text).value.matchAll(UNDEFINED_MARK)) {
        const label = match[1] ?? '';
        marks.push({ label, identifier: normaliseFootnoteLabel(label), line: node.position?.start.line, defined: false });
      }
    }
  });
  return { marks, notes };
}

/**
 * The footnote problems of one text. Run when a file is parsed (the result is cached);
 * `checkFootnotes` reports them for every text, whether or not its fields pass their schema.
 */
export function footnoteProblems({ marks, notes }: Footnotes, file: string): Problem[] {
  const problems: Problem[] = [];
  const noteIds = new Map<string, number | undefined>();
  for (const note of notes) {
    if (noteIds.has(note.identifier)) {
      problems.push({
        file, line: note.line, rule: 'footnotes',
        message: `footnote [^${note.label}] is defined twice (first at line ${noteIds.get(note.identifier) ?? '?'}); give one of them another label`,
      });
    }
    noteIds.set(note.identifier, note.line);
  }
  for (const mark of marks) {
    if (!mark.defined && !noteIds.has(mark.identifier)) {
      problems.push({
        file, line: mark.line, rule: 'footnotes',
        message: `footnote [^${mark.label}] is cited but has no note; add a line "[^${mark.label}]: ..." below the text, or remove the mark`,
      });
    }
  }
  const marked = new Set(marks.filter((m) => m.defined).map((m) => m.identifier));
  for (const note of notes) {
    if (!marked.has(note.identifier)) {
      problems.push({
        file, line: note.line, rule: 'footnotes',
        message: `footnote [^${note.label}] is defined but never cited; add [^${note.label}] where it belongs in the text, or delete the note`,
      });
    }
  }
  return problems;
}
