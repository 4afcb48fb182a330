import type { ImportReport } from './plan.ts';
import type { Unmatched } from './unmatched-notes.ts';

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Where unmatched notes or marks stand, when the draft has lines: ` (lines 13, 15)`. */
function lineList(items: Unmatched[]): string {
  const known = [...new Set(items.map((i) => i.line).filter((line): line is number => line !== undefined))].sort((a, b) => a - b);
  if (known.length === 0) return '';
  const shown = known.slice(0, 10).join(', ');
  return ` (${known.length === 1 ? 'line' : 'lines'} ${shown}${known.length > 10 ? ', ...' : ''})`;
}

/** The summary's line about footnotes: how many went in and came out, and which do not match. */
function footnoteLine(report: ImportReport): string {
  const { notes, marks } = report.unmatched;
  const kept = report.footnotesIn === report.footnotesOut ? ' (all kept)' : '';
  const unmatched = [
    ...(notes.length ? [`${plural(notes.length, 'note')} ${notes.length === 1 ? 'is' : 'are'} marked nowhere in the text${lineList(notes)}`] : []),
    ...(marks.length ? [`${plural(marks.length, 'mark')} ${marks.length === 1 ? 'has' : 'have'} no note${lineList(marks)}`] : []),
  ];
  return `  Footnotes: ${report.footnotesIn} in the draft, ${report.footnotesOut} in the briefing${kept}${unmatched.length ? `; ${unmatched.join(' and ')}: see the warnings` : ''}.`;
}

/** The summary `npm run import` ends with: what was written, the notes, the sources, the cases, and what to fix. */
export function formatImportReport(report: ImportReport, draftName: string, written: boolean): string {
  const lines: string[] = [];
  lines.push(written ? `Imported ${draftName} into ${report.briefing}` : `Would import ${draftName} into ${report.briefing} (--dry-run: nothing was written)`);
  lines.push(`  Title: ${report.title}`);
  lines.push(footnoteLine(report));
  const { created, reused } = report.sources;
  lines.push(`  Sources: ${plural(created.length, 'new record')}, ${plural(reused.length, 'existing record')} reused.`);
  for (const source of created) {
    const title = { quote: `title quoted in the note: "${source.record.title}"`, words: `title guessed from the note: "${source.record.title}"`, none: 'no title in the note' }[source.titleFrom];
    lines.push(`    new: content/sources/${source.id}.yaml for ${source.record.url} (footnote ${source.notes.join(', ')}; ${title})`);
  }
  if (reused.length > 0) {
    let line = '    reused:';
    for (const [i, source] of reused.entries()) {
      const item = ` ${source.id} (${source.notes.join(', ')})${i < reused.length - 1 ? ',' : ''}`;
      if (line.length + item.length > 100) {
        lines.push(line);
        line = '     ';
      }
      line += item;
    }
    lines.push(line);
  }
  if (report.cases.length === 0) {
    lines.push('  Known cases mentioned: none.');
  } else {
    lines.push(`  Known cases mentioned: ${report.cases.length}${report.linkedCases.length ? ` (linked with <Case> and listed in cases)` : ' (run again with --link-cases to link them)'}.`);
    for (const c of report.cases) lines.push(`    ${c.caseId}: ${plural(c.count, 'mention')} (${c.spellings.join(', ')})`);
  }
  const warnings = report.warnings;
  if (warnings.length) {
    lines.push('', `Warnings to fix before publishing (${warnings.length}):`);
    for (const warning of warnings) lines.push(`  - ${warning}`);
  }
  lines.push('', `${written ? 'The briefing and its new source records are drafts' : 'The files would be drafts'} (draft: true): the public site leaves them out until the line is removed.`);
  lines.push(written
    ? `Next: open ${report.briefing}, work through the warnings, then run npm run check: it lists what each draft still needs.`
    : 'Run the same command without --dry-run to write the files.');
  return lines.join('\n');
}
