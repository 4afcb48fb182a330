import { describe, expect, inject, it } from 'vitest';
import { htmlErrors } from '../helpers/quality.ts';

describe('the Nu HTML Checker (vnu-jar)', () => {
  it('finds no error on any built page', () => {
    expect(htmlErrors(inject('siteDir'))).toEqual([]);
  });
});
