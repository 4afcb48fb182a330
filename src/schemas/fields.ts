import { z } from 'astro/zod';
import { parsePartialDate } from '../lib/dates.ts';
import { interfaceLanguages } from '../lib/i18n/locales.ts';
import { languageCodeProblem, siteLanguageProblem } from '../lib/language-codes.ts';
import { isPlaceholder } from '../lib/placeholders.ts';
import { urlProblem } from '../lib/urls.ts';
import type { CollectionName } from '../lib/collections.ts';

/**
 * Builds the Zod type for a link to another collection. Astro passes its own `reference()`; the
 * `check` command passes a plain one that yields the same `{ collection, id }` shape.
 */
export type ReferenceFactory = <C extends CollectionName>(collection: C) => z.ZodType<{ collection: C; id: string }, string>;

/** A link from one entry to another, as both Astro and the check command resolve it. */
export interface EntryReference {
  collection: string;
  id: string;
}

/**
 * The collection each plain reference points at, keyed by the schema's definition object (which
 * `.describe()` and other clones share), so references can be found in raw data.
 */
export const referenceTargets = new WeakMap<object, string>();

/** The stand-in for Astro's `reference()` outside Astro: a string id becomes `{ collection, id }`. */
export const plainReference: ReferenceFactory = <C extends CollectionName>(collection: C) => {
  const schema = z.string().transform((id): { collection: C; id: string } => ({ collection, id }));
  referenceTargets.set(schema._zod.def, collection);
  return schema;
};

/**
 * A date as documents give it: `2021-11-15`, `2021-11` or `2021`. YAML parsers may hand over a
 * Date or a number; both are turned back into text so that one rule checks every date. A draft may
 * leave a date as a placeholder (`TO FILL IN: ...`) rather than guess one: the check lists it, and
 * refuses it in a file that is not a draft. Each call makes a schema of its own, so that `pastDate`
 * can be told apart from `partialDate`.
 */
function dateField() {
  return z
    .preprocess(
      (value) => {
        if (value instanceof Date) return value.toISOString().slice(0, 10);
        if (typeof value === 'number') return String(value);
        return value;
      },
      z.string({ error: 'write a date as YYYY-MM-DD, YYYY-MM or YYYY' }),
    )
    .superRefine((value, ctx) => {
      if (isPlaceholder(value)) return;
      const parsed = parsePartialDate(value);
      if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error });
    });
}

/** A date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) of something that may lie ahead, such as a dialogue round. */
export const partialDate = dateField();

/**
 * A date of something that has already happened (a publication, a correction, an event in a
 * case): a date of a file that is not a draft may not be in the future. Which date is "today"
 * is the check's to say (src/check/rules/future-dates.ts), so the schema stays the same every day.
 */
export const pastDate = dateField();

/** The definitions of the date fields that may not be in the future, as `pastDate` and its clones (`.describe()`, `.optional()`) share them. */
export const pastDateDefinitions = new WeakSet<object>([pastDate._zod.def]);

/** A full http(s) web address, with the typo checks the corpus needs. */
export const webAddress = z.string().superRefine((value, ctx) => {
  const problem = urlProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** The code of a real language (ISO 639, as Intl knows it), such as `en`, `ru`, `kk` or `de`, written the one way the archive compares codes. */
export const languageTag = z.string().superRefine((value, ctx) => {
  const problem = languageCodeProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** One of the languages the site has pages in (src/lib/i18n/locales.ts): `en`, `ru` or `kk`. */
export const siteLanguage = z.string().superRefine((value, ctx) => {
  const problem = siteLanguageProblem(value, interfaceLanguages);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/**
 * Whether a file is a draft: a field of every kind of file staff create with `npm run import` or
 * `npm run new`, which write `draft: true`.
 */
export const draft = z.boolean().optional().describe(
  'Write draft: true while the file is unfinished: it stays off the public site (pages, lists, feeds, search, data exports) and npm run check lists what it still needs. Delete the line to publish the file, once the check lists nothing left to fill in.',
);

/** Text that must not be empty. */
export const text = z.string().trim().min(1, 'must not be empty');
