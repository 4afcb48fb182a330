import { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import { collectionSchemas } from '../schemas/index.ts';
import { partialDate, pastDateDefinitions, plainReference } from '../schemas/fields.ts';
import type { CollectionName } from '../lib/collections.ts';
import { isEntryReference } from '../check/rules/content-index.ts';

/** The collections published as open data, with the file names they are published under. */
export const openDataSets = ['cases', 'briefings', 'sources'] as const satisfies readonly CollectionName[];

/** A collection published as open data. */
export type OpenDataSet = (typeof openDataSets)[number];

/** The licence of the open data files. */
export const dataLicence = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Briefing archive, from briefings by the organisations each record names',
};

/** Replaces links to other entries (`{ collection, id }`) by their ids, as authors write them. */
export function withReferenceIds(value: unknown): unknown {
  if (isEntryReference(value)) return value.id;
  if (Array.isArray(value)) return value.map(withReferenceIds);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withReferenceIds(inner)]));
  }
  return value;
}

/**
 * One record of an open data file: the entry's fields as authors write them, with its id and page.
 * `draft` is left out: a build for publication has no drafts, so it would only ever say false.
 */
export function openDataRecord(entry: { id: string; data: object }, page: string): Record<string, unknown> {
  const { draft: _draft, ...fields } = withReferenceIds(entry.data) as Record<string, unknown>;
  return { id: entry.id, page, ...fields };
}

/** The JSON document of a data set: licence, the schema it follows, and the records. */
export function openDataDocument(set: OpenDataSet, records: Array<Record<string, unknown>>, generated: string): Record<string, unknown> {
  return { $schema: `./${set}.schema.json`, licence: dataLicence, generated, count: records.length, records };
}

/** The JSON Schema of a data set's document, generated from the collection's Zod schema. */
export function openDataJsonSchema(set: OpenDataSet): Record<string, unknown> {
  // `draft` is not in the published records (see openDataRecord).
  const schema = (collectionSchemas(plainReference)[set] as z.ZodObject).omit({ draft: true });
  const datePattern = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
  const record = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const def = (ctx.zodSchema as { _zod: { def: object } })._zod.def;
      if (def === (partialDate as unknown as { _zod: { def: object } })._zod.def || pastDateDefinitions.has(def)) {
        Object.assign(ctx.jsonSchema, { type: 'string', pattern: datePattern });
      }
    },
  }) as Record<string, unknown> & { properties: Record<string, unknown>; required?: string[] };
  delete record.$schema;
  record.properties = {
    id: { type: 'string', description: 'The entry\'s id: its file name in the archive and the last part of its address.' },
    page: { type: 'string', format: 'uri', description: 'The entry\'s page in the archive.' },
    ...record.properties,
  };
  record.required = ['id', 'page', ...(record.required ?? [])];
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `Briefing archive: ${set}`,
    type: 'object',
    required: ['licence', 'generated', 'count', 'records'],
    properties: {
      $schema: { type: 'string' },
      licence: { type: 'object' },
      generated: { type: 'string', description: 'When the file was built (YYYY-MM-DD).' },
      count: { type: 'integer', minimum: 0 },
      records: { type: 'array', items: record },
    },
  };
}

/** The shape of a case that the CSV needs. */
interface CaseRow {
  id: string;
  url: string;
  data: {
    name: string; aliases: string[]; kind: string; roles: string[]; region?: string | undefined; city?: string | undefined;
    summary: string; status: Array<{ status: string; since: string }>;
    charges: Array<{ law: { id: string }; date?: string | undefined; outcome: string; sentence?: string | undefined }>;
    politicalPrisoner: Array<{ by: Array<{ id: string }> }>;
  };
}

/**
 * The cases as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel shows Cyrillic), one
 * row per case, lists joined with " | ".
 */
export function casesCsv(cases: CaseRow[]): string {
  const rows = cases.map(({ id, url, data }) => {
    const current = data.status[data.status.length - 1];
    return {
      id, name: data.name, aliases: data.aliases.join(' | '), kind: data.kind, roles: data.roles.join(' | '),
      region: data.region ?? '', city: data.city ?? '', status: current?.status ?? '', status_since: current?.since ?? '',
      charges: data.charges.map((c) => [c.law.id, c.outcome, c.date, c.sentence].filter(Boolean).join(', ')).join(' | '),
      political_prisoner_recognised_by: [...new Set(data.politicalPrisoner.flatMap((p) => p.by.map((o) => o.id)))].join(' | '),
      summary: data.summary, page: url,
    };
  });
  const columns = ['id', 'name', 'aliases', 'kind', 'roles', 'region', 'city', 'status', 'status_since', 'charges', 'political_prisoner_recognised_by', 'summary', 'page'];
  return `\uFEFF${stringify(rows, { header: true, columns, record_delimiter: 'windows' })}`;
}
