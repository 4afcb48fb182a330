/**
 * How an interface string is written out: its plural form chosen for a count, its `{name}` marks
 * filled in. The build's translator (translator.ts) and the search page's script
 * (src/client/search/page-text.ts) both write strings this way.
 */
import type { StringValue } from './strings-en.ts';

/** The form of a string for a count: the string itself, or the plural form the language's rules choose. */
export function pluralForm(value: StringValue, rules: Intl.PluralRules, count: number): string {
  return typeof value === 'string' ? value : (value[rules.select(count)] ?? value.other);
}

/** Fills a string's `{name}` marks with the values given; a mark with no value stays as it is. */
export function fillMarks(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (mark, name: string) => (name in params ? String(params[name]) : mark));
}
