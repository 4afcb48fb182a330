/** The words that start every placeholder the `import` and `new` commands write for staff to replace. */
export const PLACEHOLDER = 'TO FILL IN:';

/** A placeholder value that passes the schema and says what to write instead. */
export function placeholder(what: string): string {
  return `${PLACEHOLDER} ${what}`;
}

/** True when a value is still a placeholder. */
export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && value.trimStart().startsWith(PLACEHOLDER);
}
