import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { interfaceLanguages } from '../../src/lib/i18n/locales.ts';
import { languageCodeProblem, siteLanguageProblem } from '../../src/lib/language-codes.ts';
import { contentFixture, type ContentFixture } from '../helpers/content-fixture.ts';

const BRIEFING = 'content/briefings/2021-11-briefing.mdx';
const SOURCE = 'content/sources/azattyq-31110144.yaml';
const translation = (language: string) =>
  `---\nbriefing: 2021-11-briefing\nlanguage: ${language}\ntitle: Основные проблемы\nsummary: Краткий брифинг для тестов.\ntranslator: the archive's editors\n---\n`;

let fixture: ContentFixture;
beforeEach(async () => {
  fixture = await contentFixture();
});
afterEach(async () => {
  await fixture.dispose();
});

describe('the language of a briefing or a translation', () => {
  it('must be one of the site\'s languages, with the nearest one suggested', async () => {
    await fixture.edit(BRIEFING, (t) => t.replace('kind: briefing-paper', 'kind: briefing-paper\nlanguage: kz'));
    expect(await fixture.check()).toEqual([
      'content/briefings/2021-11-briefing.mdx:4: language: "kz" is not one of the site\'s languages; did you mean "kk"? write en (English), ru (Russian) or kk (Kazakh), the languages the site has pages in',
    ]);
  });

  it('refuses a made-up code and a real language the site has no pages in', async () => {
    await fixture.edit(BRIEFING, (t) => t.replace('kind: briefing-paper', 'kind: briefing-paper\nlanguage: xx'));
    await fixture.write('content/translations/de/2021-11-briefing.mdx', translation('de'));
    const problems = await fixture.check();
    expect(problems).toContain('content/briefings/2021-11-briefing.mdx:4: language: "xx" is not one of the site\'s languages; write en (English), ru (Russian) or kk (Kazakh), the languages the site has pages in');
    expect(problems).toContain('content/translations/de/2021-11-briefing.mdx:3: language: "de" (German) is not one of the site\'s languages; write en (English), ru (Russian) or kk (Kazakh), the languages the site has pages in');
    expect(problems).toHaveLength(2);
  });

  it('accepts each of the site\'s languages', async () => {
    await fixture.write('content/translations/ru/2021-11-briefing.mdx', translation('ru'));
    await fixture.write('content/translations/kk/2021-11-briefing.mdx', translation('kk'));
    expect(await fixture.check()).toEqual([]);
  });
});

describe('the language of a source', () => {
  it('may be any real language', async () => {
    await fixture.edit(SOURCE, (t) => t.replace('language: ru', 'language: de'));
    expect(await fixture.check()).toEqual([]);
  });

  it('refuses a code that is no language, and a country\'s code with the language meant', async () => {
    await fixture.edit(SOURCE, (t) => t.replace('language: ru', 'language: xx'));
    await fixture.edit('content/sources/bureau-kz-on-vyshel.yaml', (t) => t.replace('language: ru', 'language: kz'));
    expect(await fixture.check()).toEqual([
      expect.stringMatching(/^content\/sources\/azattyq-31110144\.yaml:\d+: language: "xx" is not the code of any language; write the two-letter code \(ISO 639\) of the document's language, e\.g\. en \(English\), ru \(Russian\), kk \(Kazakh\) or de \(German\)$/u),
      expect.stringMatching(/^content\/sources\/bureau-kz-on-vyshel\.yaml:\d+: language: "kz" is the code of a country \(Kazakhstan\), not of a language; did you mean "kk" \(Kazakh\)\?$/u),
    ]);
  });
});

describe('language codes', () => {
  it('are real languages that Intl names, written one way', () => {
    for (const code of ['en', 'ru', 'kk', 'de', 'uk', 'ky', 'ru-KZ', 'mul']) expect(languageCodeProblem(code), code).toBeUndefined();
    expect(languageCodeProblem('rus')).toBe('"rus" is Russian written another way; write "ru": the archive writes each language one way, so that files in the same language match');
    expect(languageCodeProblem('RU')).toMatch(/^"RU" is Russian written another way; write "ru"/u);
    expect(languageCodeProblem('Russian')).toBe('"Russian" is the name of a language, not its code; write "ru" (Russian)');
    expect(languageCodeProblem('казахский')).toBe('"казахский" is the name of a language, not its code; write "kk" (Kazakh)');
    expect(languageCodeProblem('ua')).toBe('"ua" is the code of a country (Ukraine), not of a language; did you mean "uk" (Ukrainian)?');
    expect(languageCodeProblem('en-XX')).toBe('"en-XX": "XX" is not a region or script that Intl knows; write "en" (English)');
    expect(languageCodeProblem('qq')).toMatch(/^"qq" is not the code of any language;/u);
  });

  it('of the site are those of its interface, with a guess only where one is likely', () => {
    expect(siteLanguageProblem('ru', interfaceLanguages)).toBeUndefined();
    expect(siteLanguageProblem('rus', interfaceLanguages)).toMatch(/^"rus" is not one of the site's languages; did you mean "ru"\?/u);
    expect(siteLanguageProblem('ru-KZ', interfaceLanguages)).toMatch(/^"ru-KZ" \(Russian \(Kazakhstan\)\) is not one of the site's languages; write en/u);
    expect(siteLanguageProblem('de', interfaceLanguages)).not.toMatch(/did you mean/u);
  });
});
