import { describe, expect, it } from 'vitest';
import { addressHost, sourcesByPublisher } from '../../src/lib/source-groups.ts';

const source = (id: string, publisher: string, title: string, date?: string) => ({ id, data: { publisher, title, ...(date ? { date } : {}) } });

describe('sourcesByPublisher', () => {
  it('names each publisher once, in alphabetical order, with its sources oldest first and undated last', () => {
    const groups = sourcesByPublisher([
      source('a', 'Radio Azattyq', 'Verdict', '2021-02-03'),
      source('b', 'KIBHR', 'Trial note'),
      source('c', 'Radio Azattyq', 'Arrest', '2020'),
      source('d', 'aronatabek.com', 'Biography'),
      source('e', 'Radio Azattyq', 'Undated'),
      source('f', 'Radio Azattyq', 'Appeal', '2021-02-03'),
    ], 'en');
    expect(groups.map((g) => [g.publisher, g.sources.map((s) => s.id)])).toEqual([
      ['aronatabek.com', ['d']],
      ['KIBHR', ['b']],
      ['Radio Azattyq', ['c', 'f', 'a', 'e']],
    ]);
  });
});

describe('addressHost', () => {
  it('shortens an address to its host without www., and leaves anything else as it is', () => {
    expect(addressHost('https://rus.azattyq.org/a/31115496.html')).toBe('rus.azattyq.org');
    expect(addressHost('https://www.hrw.org/news/2020/12/17/x')).toBe('hrw.org');
    expect(addressHost('not an address')).toBe('not an address');
  });
});
