import { describe, expect, it } from 'vitest';
import { suggestRepair, urlProblem } from '../../src/lib/urls.ts';

describe('web addresses', () => {
  it('accepts the addresses the 2021 paper cites, queries and fragments included', () => {
    for (const url of [
      'https://online.zakon.kz/Document/?doc_id=36271780#pos=330;-49',
      'https://www.youtube.com/watch?v=nekos_9eOv0&ab_channel=%D0%90%D1%80',
      'http://tirik.info/dir/wpbdp_category/list01/',
      'https://web.archive.org/web/2021/https://bureau.kz/novosti/',
    ]) {
      expect(urlProblem(url), url).toBeUndefined();
    }
  });

  it('catches the doubled scheme of the 2021 paper and proposes the repair', () => {
    const typo = 'http://ttps://bureau.kz/novosti/sobstvennaya_informaciya/on_vyshel_chtoby_vernutsya/';
    expect(urlProblem(typo)).toMatch(/has a second scheme inside it/);
    expect(suggestRepair(typo)).toBe('https://bureau.kz/novosti/sobstvennaya_informaciya/on_vyshel_chtoby_vernutsya/');
  });

  it('refuses addresses without a domain, with spaces or with another scheme', () => {
    expect(urlProblem('https://bureau/novosti')).toMatch(/has no domain name/);
    expect(urlProblem('https://bureau.kz/a b')).toMatch(/contains a space/);
    expect(urlProblem('ftp://bureau.kz/file')).toMatch(/only http:\/\/ and https:\/\//);
    expect(urlProblem('bureau.kz/novosti')).toMatch(/is not a web address/);
  });
});
