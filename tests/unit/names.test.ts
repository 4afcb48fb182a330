import { describe, expect, it } from 'vitest';
import { entryIdFromPath } from '../../src/lib/entry-ids.ts';
import { normaliseName } from '../../src/lib/names.ts';

describe('names and ids', () => {
  it('matches spellings that differ only in case, accents, ё or punctuation', () => {
    expect(normaliseName('Ermek  Narymbaev')).toBe(normaliseName('ERMEK NARYMBAEV'));
    expect(normaliseName('Семёнова')).toBe(normaliseName('Семенова'));
    expect(normaliseName('Aigúl Utepova')).toBe(normaliseName('Aigul-Utepova'));
    expect(normaliseName('Bokayev')).not.toBe(normaliseName('Bokaev'));
  });

  it('derives the same entry ids as Astro: lowercase, hyphenated, per folder', () => {
    expect(entryIdFromPath('max-bokayev.mdx')).toBe('max-bokayev');
    expect(entryIdFromPath('Max Bokayev.mdx')).toBe('max-bokayev');
    expect(entryIdFromPath('2021/Key Concerns.mdx')).toBe('2021/key-concerns');
  });
});
