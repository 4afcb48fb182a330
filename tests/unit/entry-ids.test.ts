import { describe, expect, it } from 'vitest';
import { idProblem, suggestId } from '../../src/lib/entry-ids.ts';

describe('the ids of files in content/', () => {
  it('accepts lower-case ASCII words and numbers joined by single hyphens', () => {
    for (const id of ['max-bokayev', '2021-11', 'a', '2021-11-key-concerns', 'cc-405']) expect(idProblem(id), id).toBeUndefined();
  });

  it('says what is wrong with an id that is not one', () => {
    expect(idProblem('')).toBe('it is empty');
    expect(idProblem('../../x')).toBe('it has a slash, which would make a folder and punctuation (".")');
    expect(idProblem('sub/x')).toBe('it has a slash, which would make a folder');
    expect(idProblem('sub\\x')).toBe('it has a slash, which would make a folder');
    expect(idProblem('Max-Bokayev')).toBe('it has capital letters ("M", "B")');
    expect(idProblem('-x')).toBe('it has a hyphen at its start or end');
    expect(idProblem('x--y')).toBe('it has two hyphens in a row');
    expect(idProblem('макс-бокаев')).toBe('it has letters outside a–z ("м", "а", "к", "с", "б")');
    expect(idProblem('wcms_804447.yaml')).toBe('it has underscores and punctuation (".")');
  });

  it('suggests an id made from any text that is itself a valid id', () => {
    expect(suggestId('../../x')).toBe('x');
    expect(suggestId('sub/x')).toBe('sub-x');
    expect(suggestId('Key Concerns: Kazakhstan, 2021!')).toBe('key-concerns-kazakhstan-2021');
    expect(suggestId('Қазақстан: Бокаев')).toBe('kazakstan-bokaev');
    expect(suggestId('Aigúl Utepova')).toBe('aigul-utepova');
    expect(suggestId('ilo-wcms_804447')).toBe('ilo-wcms-804447');
    expect(suggestId('../..')).toBe('');
    for (const text of ['../../x', ' A -- b ', 'Ünïcödé_ПРИВЕТ/ok', '-x-', '日本語 2021']) {
      const id = suggestId(text);
      if (id !== '') expect(idProblem(id), `${text} → ${id}`).toBeUndefined();
    }
  });

  it('cuts a long suggestion at a word', () => {
    expect(suggestId('one two three four', 12)).toBe('one-two');
    expect(suggestId('abcdefghijklmnop', 5)).toBe('abcde');
  });
});
