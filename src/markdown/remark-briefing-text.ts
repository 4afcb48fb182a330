import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { briefingTextOf, type BriefingText } from '../lib/briefing-text.ts';

const factsByFile = new Map<string, BriefingText>();

/**
 * Records each rendered file's BriefingText, its footnotes and case mentions (briefingTextOf), from the tree the
 * renderer parsed anyway, so pages never parse a text again. The loader takes them with
 * takeBriefingText right after rendering the file.
 */
export function remarkBriefingText() {
  return (tree: Root, file: VFile) => {
    if (file.path) factsByFile.set(file.path, briefingTextOf(tree));
  };
}

/** The footnotes and case mentions recorded while rendering the file at `filePath`, forgotten once taken. */
export function takeBriefingText(filePath: string): BriefingText | undefined {
  const facts = factsByFile.get(filePath);
  factsByFile.delete(filePath);
  return facts;
}
