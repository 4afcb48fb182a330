import type { Root } from 'mdast';

declare module 'mdast' {
  interface Data {
    /**
     * Set by a reader on a paragraph that stood among the draft's notes without being one (a
     * second note with a taken number): it stays where it was, and no block such as
     * `<Recommendations>` takes it in.
     */
    amongNotes?: boolean | undefined;
  }
}

/**
 * A draft as a reader hands it on: its title, and its text as a Markdown tree whose notes are
 * GFM footnotes (`footnoteReference` marks, `footnoteDefinition` notes at the end).
 */
export interface Draft {
  title: string;
  /** The text without the title. */
  tree: Root;
  /** How many notes the reader found in the draft, before any change: the count that must come out. */
  footnotesIn: number;
  /** What the reader had to guess, repair or leave out, for the author to check. */
  warnings: string[];
}

/** The kinds of file the importer reads, by extension. */
export const draftExtensions = ['.docx', '.txt', '.md', '.markdown'] as const;
