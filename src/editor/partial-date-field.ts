/** The archive's partial date (YYYY, YYYY-MM or YYYY-MM-DD) as a Keystatic field; its own date field takes only YYYY-MM-DD. */
import { createElement as h } from 'react';
import { TextField } from '@keystar/ui/text-field';
import type { BasicFormField } from '@keystatic/core';

/** YAML hands over `2016` as a number and a js-yaml read of `2017-06-12` as a Date: both become the text written. */
function asText(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : '';
}

/**
 * A partial date typed as text. It does not validate: the check panel and the save gate say what is
 * wrong in the check's own words, so a problem is never shown twice in two wordings.
 */
export function partialDateField(label: string, description: string): BasicFormField<string, string, string | undefined> {
  return {
    kind: 'form',
    label,
    Input: (props) => h(TextField, {
      label, description: `${description} (YYYY-MM-DD, YYYY-MM or YYYY)`, value: props.value,
      onChange: props.onChange, autoFocus: props.autoFocus,
    }),
    defaultValue: () => '',
    parse: (value) => asText(value),
    serialize: (value) => ({ value: value === '' ? undefined : value }),
    validate: (value) => value,
    reader: { parse: (value) => (value === undefined ? undefined : asText(value)) },
  };
}
