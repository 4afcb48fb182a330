import type { Problem } from '../../lib/problems.ts';
import type { ContentIndex } from './content-index.ts';

/** Every footnote mark has a note, every note is marked, and no note is written twice. */
export function checkFootnotes(index: ContentIndex): Problem[] {
  return index.texts.flatMap((file) => file.text?.footnoteProblems ?? []);
}
