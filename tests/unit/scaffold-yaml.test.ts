import { describe, expect, it } from 'vitest';
import type { FieldDoc } from '../../src/schemas/content-model.ts';
import { scaffoldYaml } from '../../src/import/scaffold-yaml.ts';

const text = { kind: 'text' } as const;
/** A description of 95 characters: beside `# `, it fits on a line at column 2 but not at column 4. */
const long = 'Words that fill a comment line almost to the edge of a page, so that where it wraps is visible.';

const event: FieldDoc[] = [
  { name: 'date', path: 'events[].date', required: true, type: text, description: long },
  { name: 'note', path: 'events[].note', required: false, type: text, description: 'A note.' },
  { name: 'by', path: 'events[].by', required: false, type: { kind: 'list', of: text, minItems: 0 }, description: 'Who.', defaultValue: [] },
];
const fields: FieldDoc[] = [
  { name: 'title', path: 'title', required: true, type: text, description: 'The title.' },
  { name: 'events', path: 'events', required: true, type: { kind: 'list', of: { kind: 'group', fields: event }, minItems: 1 }, description: 'Events.' },
  { name: 'corrections', path: 'corrections', required: false, type: { kind: 'list', of: { kind: 'group', fields: event.slice(0, 2) }, minItems: 0 }, description: 'Corrections.', defaultValue: [] },
  { name: 'original', path: 'original', required: true, type: { kind: 'group', fields: event.slice(0, 2) }, description: 'The original.' },
  { name: 'subtitle', path: 'subtitle', required: false, type: text, description: 'A subtitle.' },
];

describe('the YAML of a new file', () => {
  it('explains each field above it, shows the fields left out commented out, and wraps each comment to 100 columns from where it stands', () => {
    const yaml = scaffoldYaml(fields, { title: 'Kazakhstan: a "new" paper # 1', events: [{ date: '2025', by: ['a'] }, { date: '2024' }], original: { date: '- 2023' } });
    expect(yaml).toBe(`# The title. [Required: text.]
title: 'Kazakhstan: a "new" paper # 1'
# Events. [Required: list of items, each a group of fields, at least 1.]
events:
  # Words that fill a comment line almost to the edge of a page, so that where it wraps is visible.
  # [Required: text.]
  - date: "2025"
    # A note. [Optional: text.]
    # note:
    # Who. [Optional: list of text.]
    by:
      - a
  - date: "2024"
    # note:
    by: []
# Corrections. [Optional: list of items, each a group of fields.]
corrections: []
# To add one, replace [] with a list of items (each starting with "- ") with these fields:
#   date: Words that fill a comment line almost to the edge of a page, so that where it wraps is
#   visible. [Required: text.]
#   note: A note. [Optional: text.]
# The original. [Required: group of fields: date, note.]
original:
  # Words that fill a comment line almost to the edge of a page, so that where it wraps is visible.
  # [Required: text.]
  date: "- 2023"
  # A note. [Optional: text.]
  # note:
# A subtitle. [Optional: text.]
# subtitle:
`);
  });
});
