import type { z } from 'astro/zod';
import type { CollectionName } from '../../lib/collections.ts';
import type { ContentFile } from '../content-files.ts';
import type { DraftStatus } from '../../lib/draft-status.ts';
import type { Problem } from '../../lib/problems.ts';
import type { ValidEntry } from '../validate-schemas.ts';
import { checkAliases } from './aliases.ts';
import { checkChronology } from './chronology.ts';
import { checkCitations } from './citations.ts';
import { checkComponents } from './components.ts';
import { indexContent } from './content-index.ts';
import { checkDuplicateSources } from './duplicate-sources.ts';
import { checkDraftReferences, checkPlaceholders, listDrafts } from './drafts.ts';
import { checkEvidence } from './evidence.ts';
import { checkFootnotes } from './footnotes.ts';
import { checkHtml } from './html.ts';
import { checkReferences } from './references.ts';
import { checkTranslations } from './translations.ts';
import { checkUniqueIds } from './unique-ids.ts';

/**
 * Runs every rule that goes beyond a single file's schema, over the valid entries, and lists the
 * drafts with what each still needs.
 */
export function checkIntegrity(files: ContentFile[], entries: ValidEntry[], schemas: Record<CollectionName, z.ZodType>): { problems: Problem[]; drafts: DraftStatus[] } {
  const index = indexContent(files, entries);
  const problems = [
    ...checkUniqueIds(files),
    ...checkDuplicateSources(files),
    ...checkReferences(index, files, schemas),
    ...checkFootnotes(index),
    ...checkCitations(index),
    ...checkComponents(index),
    ...checkHtml(files, index),
    ...checkChronology(index),
    ...checkEvidence(index),
    ...checkAliases(index),
    ...checkTranslations(index),
    ...checkPlaceholders(files, schemas),
    ...checkDraftReferences(index, files, schemas),
  ];
  return { problems, drafts: listDrafts(index, files, schemas) };
}
