import type { Footnotes } from '../footnotes.ts';
import type { Problem } from '../problems.ts';
import type { ContentIndex } from './content-index.ts';

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

/** Every footnote mark has a note, every note is marked, and no note is written twice. */
export function checkFootnotes(index: ContentIndex): Problem[] {
  return index.texts.flatMap((file) => file.text?.footnoteProblems ?? []);
}
