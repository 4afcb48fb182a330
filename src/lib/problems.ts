import { formatDrafts, type DraftStatus } from './draft-status.ts';

/** One thing wrong with the content, said so that an author can fix it. */
export interface Problem {
  /** Path from the project root, e.g. `content/cases/max-bokayev.mdx`. */
  file: string;
  /** 1-based line in the file, when the problem has a place. */
  line?: number | undefined;
  /** Field path such as `charges[1].law`, when the problem is in frontmatter or data. */
  field?: string | undefined;
  /** What is wrong and what to do about it. */
  message: string;
  /** Which rule found it, e.g. `references` or `footnotes`. */
  rule: string;
}

/** Formats a field path as authors read it: `charges[1].law`. */
export function formatFieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** One line per problem: `file:line: field: message`. */
export function formatProblem(problem: Problem): string {
  const place = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? `${problem.field}: ` : '';
  return `${place}: ${field}${problem.message}`;
}

/** Sorts problems by file, then line, so a report reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message),
  );
}

/**
 * The report printed by `npm run check` and by the build: every problem, then the drafts and what
 * each still needs (information only: drafts alone do not make the check fail).
 */
export function formatReport(problems: Problem[], checkedFiles: number, drafts: readonly DraftStatus[] = []): string {
  const draftList = formatDrafts(drafts);
  const tail = draftList ? `\n\n${draftList}` : '';
  if (problems.length === 0) return `Checked ${checkedFiles} content files: no problems.${tail}`;
  const lines = sortProblems(problems).map(formatProblem);
  const files = new Set(problems.map((p) => p.file)).size;
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return `${lines.join('\n')}\n\n${problems.length} ${noun} in ${files} of ${checkedFiles} content files. Fix them and run \`npm run check\` again.${tail}`;
}
