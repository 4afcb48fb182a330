import { isPartialDate } from '../lib/dates.ts';

/** What a note says about one document it cites, as far as its words show it. */
export interface NoteCitation {
  /** The document's title: quoted in the note, or the note's words before the address. */
  title?: string | undefined;
  /** Where the title came from: a quotation is likely right, the note's words are a guess. */
  titleFrom?: 'quote' | 'words' | undefined;
  /** The title in the original language, when the note quotes one in Cyrillic. */
  titleOriginal?: string | undefined;
  /** The language of a Cyrillic title: kk when it has letters only Kazakh uses, otherwise ru. */
  titleLanguage?: 'ru' | 'kk' | undefined;
  /** Who published it, when the note names them before a quoted title (`Adil Soz, "..."`). */
  publisher?: string | undefined;
  /** When it was published, when the note gives a date after a quoted title: YYYY-MM-DD or YYYY-MM, never a guessed day. */
  date?: string | undefined;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')})`;
const QUOTED = /["“«„]([^"“”«»„]{3,300}?)["”»“]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
/** Words that start a note and say nothing about the document: "See", "See also:", "Source:". */
const LEAD_IN = /^(?:(?:see|read|source|sources|more|cf\.?|also|for example|e\.g\.)\b[\s:,.]*)+/iu;
/** Words that end the lead-in to an address: "... can be read here:", "... here (in Russian):". */
const LEAD_OUT = /(?:\s*(?:\((?:in|на) [^)]*\)|[:,.;–—-]|\b(?:can|may)\s+be\s+(?:read|found|seen|viewed|downloaded)|\b(?:is|are)\s+available|\bavailable|\bhere|\bat|\bon|\bin|\bfrom|\bvia))+\s*$/iu;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.toLowerCase()) + 1;
}

/** A date written out in a note: "12 March 2021", "March 12, 2021", "March 2021" or "2021-03-12"; undefined if none is whole. */
export function dateInNote(text: string): string | undefined {
  const candidates: Array<[RegExp, (m: RegExpExecArray) => string]> = [
    [/\b(\d{4})-(\d{2})-(\d{2})\b/u, (m) => `${m[1]}-${m[2]}-${m[3]}`],
    [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'iu'), (m) => `${m[3]}-${pad(monthNumber(m[2] ?? ''))}-${pad(Number(m[1]))}`],
    [new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'iu'), (m) => `${m[3]}-${pad(monthNumber(m[1] ?? ''))}-${pad(Number(m[2]))}`],
    [new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'iu'), (m) => `${m[2]}-${pad(monthNumber(m[1] ?? ''))}`],
  ];
  for (const [pattern, toDate] of candidates) {
    const match = pattern.exec(text);
    if (!match) continue;
    const date = toDate(match);
    return isPartialDate(date) ? date : undefined;
  }
  return undefined;
}

/** A name as a note writes it before a quoted title: a few words, starting with a capital, no sentence in it. */
function publisherIn(prefix: string): string | undefined {
  const name = prefix.replace(LEAD_IN, '').replace(/[\s,:;–—-]+$/u, '').trim();
  const words = name.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > 8 || !/^[\p{Lu}\p{N}]/u.test(name) || /[.!?;:]\s/u.test(name)) return undefined;
  return name;
}

/** Words that show a note's text is a sentence about the documents, not a name for one: "See, for instance, several cases here". */
const NOT_A_TITLE = /\b(?:here|please|for instance|for example|examples? of|such as)\b/iu;

/** The note's own words before the address, without "See" before them and "can be read here:" after. */
function leadingWords(before: string): string {
  let words = before.replace(/\s+/gu, ' ').trim();
  for (let previous = ''; previous !== words;) {
    previous = words;
    words = words.replace(LEAD_IN, '').replace(LEAD_OUT, '').trim();
  }
  return words;
}

/** A note that points at a document with its words: "See <what> here:", "<What> can be read here:". */
const POINTS_AT = /^\s*(?:see|read|source)\b|\b(?:here|available|can be (?:read|found|seen|viewed|downloaded))\b/iu;

/**
 * The words before the address, as a guessed title, if they can be one: only in a note that points
 * at the document ("See <what> here:"), where the words name what it is.
 */
function titleFromWords(before: string, words: string): string | undefined {
  if (!POINTS_AT.test(before)) return undefined;
  // Three words at least: "the statement" or "the Resolution" says too little to be a title.
  if (words.split(' ').length < 3 || words.length > 200 || NOT_A_TITLE.test(words) || /^[(\[]/u.test(words) || /:\s/u.test(words)) return undefined;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A part of a citation that is a date and nothing else: "12 March 2021", "March 2021", "2021-03-12". */
const WHOLE_DATE = /^(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+,?\s+\d{4}|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\p{L}+\s+\d{4}|\d{4}-\d{2}-\d{2})\.?$/u;

/** A citation written with commas and no quotation marks: `Adil Soz, Journalist fined for post, 12 March 2021`. */
function commaCitation(words: string): NoteCitation | undefined {
  const parts = words.split(/,\s+/u);
  const dateAt = parts.findIndex((part) => WHOLE_DATE.test(part.trim()) && dateInNote(part) !== undefined);
  if (parts.length < 2 || dateAt < 1) return undefined;
  const publisher = dateAt >= 2 ? publisherIn(parts[0] ?? '') : undefined;
  const title = parts.slice(publisher ? 1 : 0, dateAt).join(', ');
  if (!title) return undefined;
  return { title, titleFrom: 'words', publisher, date: dateInNote(parts[dateAt] ?? '') };
}

/**
 * Reads what a note says about the document at one of its addresses: `before` is the note's text
 * from its start (or the previous address) to this address, `after` the text up to the next one,
 * and `first` whether it is the note's first address. A quoted title is taken as it is, with the
 * name before it as the publisher and a date after it; without a quotation, the words before the
 * note's first address are a guess at the title (`Publisher, Title, 12 March 2021` is read as
 * such). Nothing is made up: what the note does not say stays undefined.
 */
export function readNoteCitation(before: string, after = '', first = true): NoteCitation {
  const quote = QUOTED.exec(before) ?? QUOTED.exec(after);
  if (quote) {
    const quoted = (quote[1] ?? '').replace(/\s+/gu, ' ').trim().replace(/[,.]$/u, '');
    const inBefore = quote.input === before;
    const prefix = (inBefore ? before : after).slice(0, quote.index);
    const rest = (inBefore ? `${before.slice(quote.index + quote[0].length)} ${after}` : after.slice(quote.index + quote[0].length))
      // "accessed 5 May 2023" is when someone looked, not when it was published.
      .replace(/\b(?:accessed|retrieved|visited|viewed|checked)\b[^,;)]*/giu, '');
    const cyrillic = CYRILLIC.test(quoted);
    return {
      ...(cyrillic
        ? { titleOriginal: quoted, titleLanguage: KAZAKH_LETTERS.test(quoted) ? 'kk' : 'ru' }
        : { title: quoted, titleFrom: 'quote' }),
      publisher: publisherIn(prefix),
      date: dateInNote(rest),
    };
  }
  if (!first) return {};
  const words = leadingWords(before);
  const cited = commaCitation(words);
  if (cited) return cited;
  const title = titleFromWords(before, words);
  return title ? { title, titleFrom: 'words' } : {};
}
