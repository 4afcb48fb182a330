/**
 * Which language codes a file may give: any real language for a source (a document may be in
 * any language), one of the site's languages for a briefing or a translation (their pages are
 * in those languages). "Real" means what Intl (ICU, CLDR) knows a name for, so `xx` and `kz` (a
 * country) are refused, and each code is written the one way the archive compares codes: `ru`,
 * not `rus` or `RU`.
 */
import { distance } from 'fastest-levenshtein';
import { suggestClosest } from './suggest.ts';

const englishNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** The English name of a language code Intl knows, e.g. `ru` → Russian; undefined for a code it does not. */
function knownName(code: string): string | undefined {
  try {
    return englishNames.of(code);
  } catch {
    return undefined;
  }
}

/** The code as Intl writes it (`rus` → `ru`, `ru-kz` → `ru-KZ`); undefined when it is not a well-formed code. */
function canonicalCode(code: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(code)[0];
  } catch {
    return undefined;
  }
}

interface LanguageNames {
  /** Two-letter codes by their names in English, Russian and Kazakh, lower case: `russian` → `ru`, `русский` → `ru`. */
  byName: Map<string, string>;
  /** Every two-letter code Intl knows, with its English name. */
  english: Array<[code: string, name: string]>;
}

let names: LanguageNames | undefined;

/** The names of every two-letter language code (about 190), made once when a code needs explaining. */
function languageNames(): LanguageNames {
  if (!names) {
    names = { byName: new Map(), english: [] };
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const namers = ['en', 'ru', 'kk'].map((lang) => new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' }));
    for (const a of letters) {
      for (const b of letters) {
        const code = a + b;
        namers.forEach((namer, i) => {
          const found = namer.of(code);
          if (!found) return;
          if (i === 0) names?.english.push([code, found]);
          if (!names?.byName.has(found.toLowerCase())) names?.byName.set(found.toLowerCase(), code);
        });
      }
    }
  }
  return names;
}

/** The code of a language from its name: `Russian`, `русский` → `ru`. */
function codeByName(name: string): string | undefined {
  return languageNames().byName.get(name.trim().toLowerCase());
}

/** The country a two-letter code names, when it is a country code: `kz` → Kazakhstan. */
function countryOf(code: string): string | undefined {
  if (!/^[a-z]{2}$/iu.test(code)) return undefined;
  return regionNames.of(code.toUpperCase());
}

/**
 * The language a country code was probably written for: the language named like the country
 * (`kz`, Kazakhstan → `kk`, Kazakh; `ua`, Ukraine → `uk`), else the one CLDR thinks most written there.
 */
function languageForCountry(code: string, country: string): string | undefined {
  let best: { code: string; shared: number } | undefined;
  for (const [language, name] of languageNames().english) {
    let shared = 0;
    while (shared < name.length && name[shared] === country[shared]) shared++;
    if (shared >= 4 && shared > (best?.shared ?? 0)) best = { code: language, shared };
  }
  if (best) return best.code;
  try {
    return new Intl.Locale(`und-${code.toUpperCase()}`).maximize().language;
  } catch {
    return undefined;
  }
}

/** A code with its English name, as a message shows it: `ru (Russian)`. */
export function codeWithName(code: string): string {
  const name = knownName(code);
  return name ? `${code} (${name})` : code;
}

/** The real language a code that is not one most likely means, with a sentence that says so; undefined when nothing is likely. */
function likelyMeant(value: string): { code: string; sentence: string } | undefined {
  const canonical = canonicalCode(value);
  const name = (code: string) => knownName(code) ?? code;
  if (canonical && canonical !== value && knownName(canonical)) {
    return { code: canonical, sentence: `"${value}" is ${name(canonical)} written another way; write "${canonical}": the archive writes each language one way, so that files in the same language match` };
  }
  const byName = codeByName(value);
  if (byName) return { code: byName, sentence: `"${value}" is the name of a language, not its code; write "${byName}" (${name(byName)})` };
  const country = countryOf(value);
  const likely = country ? languageForCountry(value, country) : undefined;
  if (country && likely) return { code: likely, sentence: `"${value}" is the code of a country (${country}), not of a language; did you mean "${likely}" (${name(likely)})?` };
  const [primary, ...rest] = canonical?.split('-') ?? [];
  if (primary && rest.length > 0 && knownName(primary)) {
    return { code: primary, sentence: `"${value}": "${rest.join('-')}" is not a region or script that Intl knows; write "${primary}" (${name(primary)})` };
  }
  return undefined;
}

/**
 * Why a value is not the code of a real language, with the code to write instead; undefined when
 * it is one, written as the archive writes codes (ISO 639, e.g. `ru`, `kk`, `de`, `ru-KZ`).
 */
export function languageCodeProblem(value: string): string | undefined {
  const canonical = canonicalCode(value);
  if (canonical === value && knownName(value)) return undefined;
  return likelyMeant(value)?.sentence
    ?? `"${value}" is not the code of any language; write the two-letter code (ISO 639) of the document's language, e.g. en (English), ru (Russian), kk (Kazakh) or de (German)`;
}

/**
 * Why a value is not one of `languages` (the languages the site has pages in), with the nearest of
 * them; undefined when it is one.
 */
export function siteLanguageProblem(value: string, languages: readonly string[]): string | undefined {
  if (languages.includes(value)) return undefined;
  const real = canonicalCode(value) === value ? knownName(value) : undefined;
  const meant = real ? undefined : likelyMeant(value);
  const near = real || meant ? undefined : suggestClosest(value, languages);
  const guess = [meant?.code, meant?.code.split('-')[0], near !== undefined && distance(value, near) <= 1 ? near : undefined]
    .find((code) => code !== undefined && languages.includes(code));
  const hint = guess ? `did you mean "${guess}"? ` : '';
  const named = languages.map(codeWithName);
  return `"${value}"${real ? ` (${real})` : ''} is not one of the site's languages; ${hint}write ${named.slice(0, -1).join(', ')} or ${named.at(-1) ?? ''}, the languages the site has pages in`;
}
