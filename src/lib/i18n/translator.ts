import { en, type StringKey, type StringValue } from './strings-en.ts';

export type { StringKey, StringValue };
import { kk } from './strings-kk.ts';
import { ru } from './strings-ru.ts';
import { defaultLanguage, type InterfaceLanguage } from './locales.ts';
import { fillMarks, pluralForm } from './string-template.ts';

/** Every interface language's strings; only English must have every key. */
export type Dictionaries = { en: Record<StringKey, StringValue> } & Partial<Record<InterfaceLanguage, Partial<Record<StringKey, StringValue>>>>;

/** The archive's own dictionaries. */
export const dictionaries: Dictionaries = { en, ru, kk };

/** Values filled into a string's `{name}` marks; `count` also chooses the plural form. */
export type StringParams = Record<string, string | number>;

/** Looks up an interface string in one language, filling in its values. */
export type Translate = (key: StringKey, params?: StringParams) => string;

function choose(value: StringValue, lang: string, params: StringParams): string {
  if (typeof value === 'string') return value;
  const count = params['count'];
  if (typeof count !== 'number') throw new Error(`The interface string has plural forms but no count was given: ${JSON.stringify(value)}`);
  return pluralForm(value, new Intl.PluralRules(lang), count);
}

/** The language a string is actually shown in: its own, or English when the language lacks it. */
export function stringLanguage(lang: InterfaceLanguage, key: StringKey, from: Dictionaries = dictionaries): InterfaceLanguage {
  return from[lang]?.[key] === undefined ? defaultLanguage : lang;
}

/** The interface strings of one language; a string the language lacks comes in English. */
export function translator(lang: InterfaceLanguage, from: Dictionaries = dictionaries): Translate {
  return (key, params = {}) => {
    const language = stringLanguage(lang, key, from);
    const value = language === lang ? from[lang]?.[key] : from.en[key];
    return fillMarks(choose(value ?? from.en[key], language, params), params);
  };
}
