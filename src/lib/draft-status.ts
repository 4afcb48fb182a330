/** A draft as `npm run check` lists it: what is still to fill in, and the other drafts it must be published with. */
export interface DraftStatus {
  /** Path from the project root, e.g. `content/briefings/2025-11-new-paper.mdx`. */
  file: string;
  /** The line of `draft: true`. */
  line?: number | undefined;
  /** Every placeholder left: the field (`summary`, `status[0].since`; `text` for the MDX body) and its line. */
  unfinished: Array<{ field: string; line?: number | undefined }>;
  /** Other drafts this one refers to (paths from the project root), which must be published with it. */
  waitsFor: string[];
}

/** How many of the drafts a draft refers to are named; the rest are counted. */
const MAX_LISTED = 5;

function place({ field, line }: DraftStatus['unfinished'][number]): string {
  return line ? `${field} (line ${line})` : field;
}

function describe(draft: DraftStatus): string {
  const parts = [draft.unfinished.length > 0
    ? `still to fill in: ${draft.unfinished.map(place).join(', ')}`
    : `nothing left to fill in; check it, then remove draft: true${draft.line ? ` (line ${draft.line})` : ''} to publish it`];
  const waits = draft.waitsFor;
  if (waits.length > 0) {
    const shown = waits.length <= MAX_LISTED ? waits.join(', ') : `${waits.slice(0, MAX_LISTED).join(', ')} and ${waits.length - MAX_LISTED} more`;
    parts.push(`publish it together with the ${waits.length === 1 ? 'draft' : `${waits.length} drafts`} it refers to: ${shown}`);
  }
  return `  ${draft.file} — ${parts.join('; ')}`;
}

/** The part of the check's report that lists the drafts, as information: drafts do not make the check fail. */
export function formatDrafts(drafts: readonly DraftStatus[]): string {
  if (drafts.length === 0) return '';
  const sorted = [...drafts].sort((a, b) => a.file.localeCompare(b.file));
  const noun = drafts.length === 1 ? '1 file' : `${drafts.length} files`;
  return [`Drafts (not published; a build for publication leaves them out): ${noun}`, ...sorted.map(describe)].join('\n');
}
