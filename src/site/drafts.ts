import { draftPreviewRequested, isDraft } from '../lib/drafts.ts';

/**
 * True when pages show drafts: in `npm run dev`, and in a preview build with drafts
 * (`npm run preview:drafts`, which sets BRIEFINGS_DRAFTS=1). A build for publication never does.
 */
export const showsDrafts: boolean = !import.meta.env.PROD || draftPreviewRequested(process.env);

/** The file of an entry that is a draft, for its page's banner; undefined for an entry that is published. */
export function draftFile(entry: { id: string; collection: string; data: unknown; filePath?: string | undefined }): string | undefined {
  if (!isDraft(entry.data)) return undefined;
  return entry.filePath ?? `content/${entry.collection}/${entry.id}`;
}
