import type { z } from 'astro/zod';
import type { CollectionName } from '../../lib/collections.ts';
import type { ContentFile } from '../content-files.ts';
import { formatPartialDate, isInTheFuture, type PartialDate } from '../../lib/dates.ts';
import { isDraft } from '../../lib/drafts.ts';
import { formatFieldPath, type Problem } from '../../lib/problems.ts';
import { fieldNames, valuesInRawData } from '../../schemas/schema-fields.ts';
import { pastDateDefinitions } from '../../schemas/fields.ts';

/** A date as YAML hands it over (text, a year as a number, a Date), as text. */
function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return undefined;
}

/**
 * No date of something that has already happened (`pastDate` fields: publication, correction,
 * retrieval, a case's events...) lies after `today` (`YYYY-MM-DD`), in a file that is not a
 * draft. A partial date is in the future only when its first day is. Read from the raw data, so
 * a file with other problems has its dates checked in the same run. The check passes the real
 * date (`todayAnywhere`); tests pass their own.
 */
export function checkFutureDates(files: ContentFile[], schemas: Record<CollectionName, z.ZodType>, today: PartialDate): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    if (!file.readable || isDraft(file.data)) continue;
    const schema = schemas[file.collection];
    const orDraft = fieldNames(schema, []).includes('draft') ? ', or keep the file a draft (draft: true) until that date' : '';
    for (const { path, value } of valuesInRawData(schema, file.data, (def) => pastDateDefinitions.has(def))) {
      const date = asText(value);
      if (date === undefined || !isInTheFuture(date, today)) continue;
      problems.push({
        file: file.path, line: file.lineOf(path), field: formatFieldPath(path), rule: 'dates',
        message: `${formatPartialDate(date)} is in the future (today is ${formatPartialDate(today)}); this date says when something already happened, so it cannot be later than today: correct it (a typo in the year?)${orDraft}`,
      });
    }
  }
  return problems;
}
