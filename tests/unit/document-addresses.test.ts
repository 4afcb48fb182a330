import { describe, expect, it } from 'vitest';
import { footnoteSources, sourceIdsByUrl } from '../../src/site/relations/footnote-sources.ts';
import { documentAddress, DocumentAddressMap } from '../../src/lib/urls.ts';

describe('the same document at addresses written differently', () => {
  it('is one document over http:// and https://, with a slash at the end or not, in any case of the host name, with the default port or not', () => {
    const one = documentAddress('https://bureau.kz/novosti/priznat-i-otrechsya/');
    for (const url of [
      'http://bureau.kz/novosti/priznat-i-otrechsya/', 'https://bureau.kz/novosti/priznat-i-otrechsya',
      'HTTPS://Bureau.KZ/novosti/priznat-i-otrechsya', 'https://bureau.kz:443/novosti/priznat-i-otrechsya/', 'http://bureau.kz:80/novosti/priznat-i-otrechsya//',
    ]) expect(documentAddress(url), url).toBe(one);
    expect(documentAddress('http://tirik.info')).toBe(documentAddress('https://tirik.info/'));
  });

  it('is another document with or without www., with another query, fragment, path case or path', () => {
    const one = documentAddress('https://adilsoz.kz/news/show/id/3284');
    for (const url of [
      'https://www.adilsoz.kz/news/show/id/3284', 'https://adilsoz.kz/news/show/id/3284?lang=ru', 'https://adilsoz.kz/news/show/id/3284#comments',
      'https://adilsoz.kz/News/show/id/3284', 'https://adilsoz.kz/news/show/id/32845', 'https://adilsoz.kz:8080/news/show/id/3284',
    ]) expect(documentAddress(url), url).not.toBe(one);
  });

  it('leaves what is not a web address as it is', () => {
    expect(documentAddress('source:azattyq-1')).toBe('source:azattyq-1');
    expect(documentAddress('not an address')).toBe('not an address');
  });

  it('finds a source record by any address of its document, in a map made by the constructor or by set', () => {
    const map = new DocumentAddressMap([['https://bureau.kz/a/', 'bureau-a']]);
    map.set('http://example.org/b', 'example-b');
    expect(map.get('http://bureau.kz/a')).toBe('bureau-a');
    expect(map.has('https://example.org/b/')).toBe(true);
    expect(map.get('https://www.example.org/b')).toBeUndefined();
  });

  it('lets the site find the source a note cites over http:// when the record has https://', () => {
    const urls = sourceIdsByUrl([{ id: 'bureau-a', data: { url: 'https://bureau.kz/a/' } }]);
    expect(footnoteSources('Text.[^1]\n\n[^1]: See http://bureau.kz/a\n', urls)).toEqual(new Map([['1', ['bureau-a']]]));
  });
});
