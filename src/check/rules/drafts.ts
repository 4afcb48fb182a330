import type { z } from 'astro/zod';
import type { CollectionName } from '../../lib/collections.ts';
import type { ContentFile } from '../content-files.ts';
import type { DraftStatus } from '../../lib/draft-status.ts';
import { isDraft } from '../../lib/drafts.ts';
import { placeholderFields, quotePlaceholder } from '../../lib/placeholders.ts';
import { formatFieldPath, type Problem } from '../../lib/problems.ts';
import { fieldNames, referencesInRawData } from '../../schemas/schema-fields.ts';
import { referenceTargets } from '../../schemas/fields.ts';
import type { ContentIndex } from './content-index.ts';
import { SOURCE_LINK_PREFIX } from '../../lib/links.ts';

/** Whether files of a collection can be drafts: its schema has the `draft` field. */
function hasDraftField(schemas: Record<CollectionName, z.ZodType>, collection: CollectionName): boolean {
  return fieldNames(schemas[collection], []).includes('draft');
}

/** One placeholder left in a file: where it is and what it says. */
interface Unfinished {
  field: string;
  line: number | undefined;
  quote: string;
}

/** Every placeholder left in a file: in its fields, then in its text. */
function unfinishedIn(file: ContentFile): Unfinished[] {
  return [
    ...placeholderFields(file.data).map(({ path, value }) => ({ field: formatFieldPath(path), line: file.lineOf(path), quote: quotePlaceholder(value) })),
    ...(file.text?.placeholders ?? []).map(({ line, text }) => ({ field: 'text', line, quote: text })),
  ];
}

/** What a file refers to (links in its data, the sources its notes cite, the cases its text mentions), with where. */
function referencesOf(file: ContentFile, index: ContentIndex, schemas: Record<CollectionName, z.ZodType>) {
  const found: Array<{ collection: CollectionName; id: string; line: number | undefined; field?: string; subject: string }> = [];
  for (const { path, collection, id } of referencesInRawData(schemas[file.collection], file.data, referenceTargets)) {
    found.push({ collection: collection as CollectionName, id, line: file.lineOf(path), field: formatFieldPath(path), subject: `"${id}" is` });
  }
  for (const { label, url, line } of file.text?.cites ?? []) {
    const id = url.startsWith(SOURCE_LINK_PREFIX) ? url.slice(SOURCE_LINK_PREFIX.length) : index.sourceIdsByUrl.get(url);
    if (id !== undefined) found.push({ collection: 'sources', id, line, subject: `footnote [^${label}] cites ${url}, the address of` });
  }
  for (const { name, id, line } of file.text?.elements ?? []) {
    if (name === 'Case' && typeof id === 'string') found.push({ collection: 'cases', id, line, subject: `<Case id="${id}"> names` });
  }
  return found;
}

/**
 * A file that is not a draft holds no placeholder, in its fields or its text: the public site
 * would show "TO FILL IN" to readers. `npm run import` and `npm run new` write placeholders only
 * into drafts.
 */
export function checkPlaceholders(files: ContentFile[], schemas: Record<CollectionName, z.ZodType>): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    if (!file.readable || isDraft(file.data)) continue;
    const orDraft = hasDraftField(schemas, file.collection) ? ', or add draft: true at the top of the file to keep it off the public site until it is ready' : '';
    for (const { field, line, quote } of unfinishedIn(file)) {
      problems.push({
        file: file.path, line, field: field === 'text' ? undefined : field, rule: 'placeholders',
        message: `${field === 'text' ? 'the text ' : ''}still says "${quote}"; write what it asks for${orDraft}`,
      });
    }
  }
  return problems;
}

/**
 * A file that is published refers to no draft: a build for publication leaves drafts out, so the
 * link, the footnote's source or the case mention would lead nowhere.
 */
export function checkDraftReferences(index: ContentIndex, files: ContentFile[], schemas: Record<CollectionName, z.ZodType>): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    if (!file.readable || isDraft(file.data)) continue;
    for (const { collection, id, line, field, subject } of referencesOf(file, index, schemas)) {
      const target = index.drafts.get(collection)?.get(id);
      if (!target) continue;
      problems.push({
        file: file.path, line, field, rule: 'drafts',
        message: `${subject} ${target.path}, a draft (draft: true) that the public site leaves out, so the link would lead nowhere; publish it too (fill it in and remove draft: true) or remove the reference`,
      });
    }
  }
  return problems;
}

/** Every draft, with what it still needs to be published: the placeholders left and the drafts it refers to. */
export function listDrafts(index: ContentIndex, files: ContentFile[], schemas: Record<CollectionName, z.ZodType>): DraftStatus[] {
  return files.filter((file) => file.readable && isDraft(file.data)).map((file) => {
    const waitsFor = new Set<string>();
    for (const { collection, id } of referencesOf(file, index, schemas)) {
      const target = index.drafts.get(collection)?.get(id);
      if (target && target !== file) waitsFor.add(target.path);
    }
    return {
      file: file.path,
      line: file.lineOf(['draft']),
      unfinished: unfinishedIn(file).map(({ field, line }) => ({ field, line })),
      waitsFor: [...waitsFor].sort(),
    };
  });
}
