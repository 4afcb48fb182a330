import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkContent } from '../check/check-content.ts';
import { readContent } from '../check/content-files.ts';
import { formatProblem } from '../lib/problems.ts';
import { Refusal } from '../lib/refusal.ts';
import { writeNewFiles } from './write-new-files.ts';
import { snapshotContent } from './content-snapshot.ts';
import { readDocxDraft } from './docx-draft.ts';
import { draftExtensions, type Draft } from './draft.ts';
import { readMarkdownDraft } from './markdown-draft.ts';
import { planImport, type ImportOptions, type ImportPlan } from './plan.ts';
import { readTextDraft } from './text-draft.ts';

/** Control characters other than tab and newline, which no draft means to contain. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;

/** Text as the readers expect it: one kind of line break, no byte-order mark, no stray control characters. */
export function cleanText(text: string, warnings: string[]): string {
  const clean = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n').toWellFormed();
  const controls = clean.match(CONTROL)?.length ?? 0;
  if (controls > 0) warnings.push(`${controls} control character(s) in the draft were replaced by spaces.`);
  return clean.replace(CONTROL, ' ');
}

/** A file name as it can be printed: control characters (which could drive the terminal) become `?`. */
function printable(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/gu, '?');
}

/** Reads a draft of any supported kind, chosen by its extension. */
export async function readDraft(file: string): Promise<Draft> {
  const extension = path.extname(file).toLowerCase();
  const name = printable(path.basename(file));
  if (!(draftExtensions as readonly string[]).includes(extension)) {
    throw new Refusal(`${name}: the importer reads ${draftExtensions.join(', ')} files; save the draft in one of these formats (in Word: File > Save As > Word Document or Plain Text).`);
  }
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    throw new Refusal(`${printable(file)} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the path.`, { cause: error });
  }
  if (extension === '.docx') return readDocxDraft(buffer, name);
  const warnings: string[] = [];
  const text = cleanText(buffer.toString('utf8'), warnings);
  const draft = extension === '.txt' ? readTextDraft(text) : readMarkdownDraft(text);
  return { ...draft, warnings: [...warnings, ...draft.warnings] };
}

/** What `importDraft` needs besides the draft. */
export interface ImportRun extends Omit<ImportOptions, 'draftName'> {
  /** The project whose content/ receives the briefing. */
  root: string;
  /** Compute and report, but write nothing. */
  dryRun?: boolean;
}

/**
 * Imports a draft into `root`'s content/: reads it, plans every file, checks the result against
 * the whole archive as `npm run check` would, then writes all files or none.
 */
export async function importDraft(file: string, run: ImportRun): Promise<ImportPlan & { written: boolean }> {
  const draft = await readDraft(file);
  const { files } = await readContent(path.join(run.root, 'content'), run.root);
  const plan = await planImport(draft, snapshotContent(files), { ...run, draftName: path.basename(file) });
  const pending = new Map(plan.files.map((f) => [f.path, f.text]));
  const { problems } = await checkContent(run.root, pending);
  for (const problem of problems.filter((p) => pending.has(p.file))) {
    plan.report.warnings.push(`npm run check will report: ${formatProblem(problem)}`);
  }
  if (!run.dryRun) {
    await writeNewFiles(run.root, plan.files, () => 'Choose another id with --id <new-id>.');
  }
  return { ...plan, written: !run.dryRun };
}
