import type { z } from 'astro/zod';
import type { ContentFile } from './content-files.ts';
import { formatFieldPath, type Problem } from '../lib/problems.ts';
import { describeField, fieldNames } from '../schemas/schema-fields.ts';
import { didYouMean } from '../lib/suggest.ts';

/** A content file whose data passed its collection's schema. */
export interface ValidEntry {
  file: ContentFile;
  /** The schema's output: defaults filled in, references as `{ collection, id }`. */
  data: Record<string, unknown>;
}

function explainIssue(schema: z.ZodType, issue: z.core.$ZodIssue): string {
  const description = describeField(schema, issue.path);
  const about = description ? ` (${description})` : '';
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `is missing; add it${about}`;
  }
  if (issue.code === 'unrecognized_keys') {
    const known = fieldNames(schema, issue.path);
    return issue.keys
      .map((key) => {
        return `"${key}" is not a field here; ${didYouMean(key, known)}known fields: ${known.join(', ')}`;
      })
      .join('; ');
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((v) => String(v));
    const given = typeof issue.input === 'string' ? issue.input : JSON.stringify(issue.input);
    const hint = typeof issue.input === 'string' ? didYouMean(issue.input, allowed) : '';
    return `"${given}" is not allowed; ${hint}use one of: ${allowed.join(', ')}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'array') {
    return `${issue.message.startsWith('Too small') ? `needs at least ${String(issue.minimum)} item(s)` : issue.message}${about}`;
  }
  if (issue.code === 'invalid_type') {
    return `expected ${issue.expected}, found ${Array.isArray(issue.input) ? 'a list' : typeof issue.input}${about}`;
  }
  return `${issue.message}${issue.code === 'custom' ? '' : about}`;
}

/** A document to check against a schema: where it is, its data, and the line of each field. */
export interface SchemaDocument {
  /** Path from the project root. */
  path: string;
  data: unknown;
  lineOf(field: ReadonlyArray<PropertyKey>): number | undefined;
}

/** Checks one document against a schema: its output when it passes, else a problem per issue. */
export function validateDocument(document: SchemaDocument, schema: z.ZodType): { data?: Record<string, unknown>; problems: Problem[] } {
  const result = schema.safeParse(document.data, { reportInput: true });
  if (result.success) return { data: result.data as Record<string, unknown>, problems: [] };
  const problems = result.error.issues.map((issue): Problem => {
    const field = formatFieldPath(issue.path);
    const place = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    return { file: document.path, line: document.lineOf(place), field: field || undefined, message: explainIssue(schema, issue), rule: 'schema' };
  });
  return { problems };
}

/** Checks each file against its collection's schema; returns the valid entries and a problem per issue. */
export function validateSchemas(
  files: ContentFile[],
  schemas: Record<ContentFile['collection'], z.ZodType>,
): { entries: ValidEntry[]; problems: Problem[] } {
  const entries: ValidEntry[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    if (!file.readable) continue;
    const result = validateDocument(file, schemas[file.collection]);
    if (result.data) entries.push({ file, data: result.data });
    problems.push(...result.problems);
  }
  return { entries, problems };
}
