import { describe, expect, it } from 'vitest';
import { addFootnote, caseMention } from '../../../src/editor/body-edits.ts';

describe('the body field pickers', () => {
  const source = { id: 'azattyq-31110144', title: 'Activist detained', url: 'https://rus.azattyq.org/a/31110144.html' };

  it('adds a numbered footnote at the caret and its note, citing the source by its address, after the notes', () => {
    const one = addFootnote('He was detained.', 'He was detained'.length, source);
    expect(one).toEqual({ text: 'He was detained[^1].\n\n[^1]: Activist detained: https://rus.azattyq.org/a/31110144.html\n', caret: 19 });
    const two = addFootnote(one.text, one.text.length, { id: 'no-address', title: 'Court ruling' }).text;
    expect(two).toBe('He was detained[^1].[^2]\n\n[^1]: Activist detained: https://rus.azattyq.org/a/31110144.html\n[^2]: [Court ruling](source:no-address)\n');
  });

  it('writes a case mention with the case name', () => {
    expect(caseMention({ id: 'max-bokayev', title: 'Max Bokayev' })).toBe('<Case id="max-bokayev">Max Bokayev</Case>');
  });
});
