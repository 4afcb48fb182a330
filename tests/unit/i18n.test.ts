import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../src/lib/dates.ts';
import { hreflangLinks, localizedVersions } from '../../src/lib/i18n/alternates.ts';
import { interfaceLanguageOf, localePath, sectionPath, translationPath } from '../../src/lib/i18n/locales.ts';
import { en } from '../../src/lib/i18n/strings-en.ts';
import { ru } from '../../src/lib/i18n/strings-ru.ts';
import { dictionaries, stringLanguage, translator } from '../../src/lib/i18n/translator.ts';
import { briefingVersions, translationsByBriefing } from '../../src/lib/translations.ts';

describe('interface strings', () => {
  it('gives Russian every string English has, and no string English lacks', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(dictionaries.kk ?? {})) expect(Object.keys(en), key).toContain(key);
    expect(value(ru['site.skip'])).not.toBe(en['site.skip']);
  });

  it('keeps every {mark} of the English string in its translations', () => {
    const marks = (v: unknown) => [...JSON.stringify(v).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const language of ['ru', 'kk'] as const) {
      for (const [key, translated] of Object.entries(dictionaries[language] ?? {})) {
        expect(new Set(marks(translated)), `${language} ${key}`).toEqual(new Set(marks(en[key as keyof typeof en])));
      }
    }
  });

  it('chooses Russian plural forms by count', () => {
    const t = translator('ru');
    expect(t('search.results', { count: 1 })).toBe('1 результат');
    expect(t('search.results', { count: 3 })).toBe('3 результата');
    expect(t('search.results', { count: 11 })).toBe('11 результатов');
    expect(t('search.results', { count: 21 })).toBe('21 результат');
    expect(translator('en')('search.results', { count: 1 })).toBe('1 result');
  });

  it('falls back to English for a string a language lacks, and says so', () => {
    const partial = { en, kk: { 'site.languages': 'Тілдер' } };
    const t = translator('kk', partial);
    expect(t('site.languages')).toBe('Тілдер');
    expect(t('site.skip')).toBe('Skip to content');
    expect(stringLanguage('kk', 'site.skip', partial)).toBe('en');
    expect(stringLanguage('kk', 'site.languages', partial)).toBe('kk');
  });

  it('refuses a plural string without a count, which would otherwise print the wrong form', () => {
    expect(() => translator('ru')('search.results')).toThrow(/no count/);
  });
});

describe('locale routes', () => {
  it('puts English at the root and other languages under their prefix', () => {
    expect(localePath('en', 'search/')).toBe('search/');
    expect(localePath('ru', 'search/')).toBe('ru/search/');
    expect(localePath('kk', '')).toBe('kk/');
    expect(sectionPath('ru', 'briefings/')).toBe('ru/briefings/');
    expect(sectionPath('ru', 'cases/')).toBe('cases/');
    expect(translationPath('kk', '2021-11-paper')).toBe('kk/briefings/2021-11-paper/');
  });

  it('maps a content language to the interface language that serves it', () => {
    expect(interfaceLanguageOf('ru-KZ')).toBe('ru');
    expect(interfaceLanguageOf('kk')).toBe('kk');
    expect(interfaceLanguageOf('de')).toBe('en');
  });

  it('links every language version with hreflang, and English as x-default', () => {
    expect(hreflangLinks(localizedVersions('briefings/'))).toEqual([
      { hreflang: 'en', path: 'briefings/' },
      { hreflang: 'ru', path: 'ru/briefings/' },
      { hreflang: 'kk', path: 'kk/briefings/' },
      { hreflang: 'x-default', path: 'briefings/' },
    ]);
    expect(hreflangLinks([{ lang: 'en', path: 'cases/x/' }])).toEqual([]);
  });

  it('makes the original the x-default of a Russian briefing with a Kazakh translation', () => {
    const briefing = { id: 'zhanaozen-2012', data: { language: 'ru' } };
    const translations = [{ data: { briefing: { id: 'zhanaozen-2012' }, language: 'kk' } }, { data: { briefing: { id: 'other' }, language: 'ru' } }];
    const versions = briefingVersions(briefing, translations);
    expect(versions).toEqual([{ lang: 'ru', path: 'briefings/zhanaozen-2012/' }, { lang: 'kk', path: 'kk/briefings/zhanaozen-2012/' }]);
    expect(hreflangLinks(versions).at(-1)).toEqual({ hreflang: 'x-default', path: 'briefings/zhanaozen-2012/' });
    expect([...translationsByBriefing(translations).keys()].sort()).toEqual(['other', 'zhanaozen-2012']);
  });
});

describe('dates in other languages', () => {
  it('writes partial dates as each language does', () => {
    expect(formatPartialDate('2021-11-15', 'ru')).toBe('15 ноября 2021 г.');
    expect(formatPartialDate('2021-11', 'ru')).toBe('ноябрь 2021 г.');
    expect(formatPartialDate('2021', 'kk')).toBe('2021');
    expect(formatPartialDate('2021-11', 'kk')).toMatch(/қараша/);
    expect(formatPartialDate('2021-11-15')).toBe('15 November 2021');
  });
});

function value(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}
