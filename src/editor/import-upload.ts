/**
 * A draft brought in through the editor's import page: the upload is written to a temporary
 * folder and handed to the same importer as `npm run import` (same guarantees: every file or
 * none, never one replaced, the check run first), and its summary comes back as printed there.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importDraft } from '../import/index.ts';
import { formatImportReport } from '../import/report.ts';
import { today } from '../lib/dates.ts';
import { Refusal } from '../lib/refusal.ts';
import { projectRoot } from './entry-files.ts';

/** What the import page shows: the importer's summary, or why nothing was written. */
export type UploadResult =
  | { ok: true; summary: string; briefingId: string; warnings: string[] }
  | { ok: false; message: string };

/** The fields of the import form. */
export interface UploadForm {
  file: File;
  organisations: string[];
  kind?: string | undefined;
  date?: string | undefined;
  title?: string | undefined;
  id?: string | undefined;
  linkCases: boolean;
}

/** Imports an uploaded .docx, .txt or .md draft into the working copy. */
export async function importUpload(form: UploadForm): Promise<UploadResult> {
  const folder = await mkdtemp(path.join(tmpdir(), 'briefings-upload-'));
  // The name is the importer's to judge (it refuses other kinds); only its last part is used.
  const draftPath = path.join(folder, path.basename(form.file.name.replace(/\\/g, '/')) || 'draft');
  try {
    await writeFile(draftPath, Buffer.from(await form.file.arrayBuffer()));
    const result = await importDraft(draftPath, {
      root: projectRoot, organisations: form.organisations, kind: form.kind, date: form.date,
      title: form.title, id: form.id, linkCases: form.linkCases, today: today(),
    });
    const briefingId = path.basename(result.report.briefing).replace(/\.mdx$/, '');
    return { ok: true, summary: formatImportReport(result.report, path.basename(draftPath), result.written), briefingId, warnings: result.report.warnings };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message };
    return { ok: false, message: `The import failed and nothing was written to content/: ${error instanceof Error ? error.message : String(error)}. This is a fault of the importer, not of your draft: please report it with the draft attached.` };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
