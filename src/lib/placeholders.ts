/**
 * The placeholder rule, in one place: the `import` and `new` commands write placeholders for staff
 * to replace, and the check (which the build runs too) finds every one that is left, in the
 * fields and in the text. A file may keep placeholders only while it is a draft (`draft: true`).
 */

/** The words that start every placeholder the `import` and `new` commands write for staff to replace. */
export const PLACEHOLDER = 'TO FILL IN:';

/** A placeholder value that passes the schema and says what to write instead. */
export function placeholder(what: string): string {
  return `${PLACEHOLDER} ${what}`;
}

/** True when a value still holds a placeholder, anywhere in it (a placeholder half replaced still counts). */
export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && value.includes(PLACEHOLDER);
}

/** A placeholder as a report quotes it: from `TO FILL IN:` on, cut after about 60 characters. */
export function quotePlaceholder(value: string, max = 60): string {
  const from = value.slice(Math.max(0, value.indexOf(PLACEHOLDER))).replace(/\s+/gu, ' ').trim();
  return from.length <= max ? from : `${from.slice(0, max).replace(/\s+\S*$/u, '')}…`;
}

/** A placeholder found in a file's data, with the field path where it stands. */
export interface PlaceholderField {
  path: PropertyKey[];
  value: string;
}

/** Every placeholder in a file's data (frontmatter or YAML), in the order of the file. */
export function placeholderFields(data: unknown, path: PropertyKey[] = []): PlaceholderField[] {
  if (isPlaceholder(data)) return [{ path, value: data }];
  if (Array.isArray(data)) return data.flatMap((item, index) => placeholderFields(item, [...path, index]));
  if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => placeholderFields(value, [...path, key]));
  }
  return [];
}
