/**
 * Every citation format the archive offers, written by Citation.js from the CSL-JSON records:
 * APA and Chicago text (citeproc-js with the CSL styles), BibTeX, RIS and CSL-JSON files.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
// Citation.js bundles APA (7th edition) only among the styles the archive shows; rehype-citation
// ships the CSL project's Chicago author-date style (17th edition) as a module.
import chicagoAuthorDate from 'rehype-citation/node/styles/chicago.js';
import { withoutRepeatedPublisher, type CslItem } from './csl.ts';

/** The citation styles shown on pages, by CSL style name, with the name readers know. */
export const citationStyles = {
  apa: 'APA (7th edition)',
  'chicago-author-date': 'Chicago (17th edition, author-date)',
} as const;

/** A citation style the archive shows. */
export type CitationStyle = keyof typeof citationStyles;

const csl = plugins.config.get('@csl');
if (!csl.styles.has('chicago-author-date')) csl.styles.add('chicago-author-date', chicagoAuthorDate);

// The APA style Citation.js bundles prints "Retrieved <address>" for an undated page with no
// access date: its "Retrieved …, from" is not grouped with the date, so it stays when the date is
// empty. The CSL project's apa.csl groups them (macro "source-DOI-URL", "4.7. DOI or URL" in
// https://github.com/citation-style-language/styles/blob/master/apa.csl); the same group is added here.
const RETRIEVED = '<text term="retrieved" text-case="capitalize-first"/><group delimiter=", "><date form="text" variable="accessed"/><text term="from"/></group>';
const apaStyle = csl.styles.get('apa') as string;
if (!apaStyle.includes(`<group delimiter=" ">${RETRIEVED}</group>`)) {
  if (!apaStyle.includes(RETRIEVED)) throw new Error('The APA style of @citation-js/plugin-csl changed: check its "source-DOI-URL" macro and the fix in src/lib/citations/formats.ts.');
  csl.styles.add('apa', apaStyle.replace(RETRIEVED, `<group delimiter=" ">${RETRIEVED}</group>`));
}

// BibTeX keys are the records' ids (file names, already safe), and text stays UTF-8: with its
// default ASCII-only output Citation.js drops letters it has no LaTeX command for, such as all
// Cyrillic (https://github.com/citation-js/citation-js/issues/177).
Object.assign(plugins.config.get('@bibtex').format, { useIdAsLabel: true, checkLabel: false, asciiOnly: false });

/** One record formatted in a style, as HTML (`<div class="csl-entry">`, addresses as links) or plain text. */
export function formatCitation(record: CslItem, style: CitationStyle, format: 'html' | 'text' = 'html'): string {
  return new Cite(withoutRepeatedPublisher(record)).format('bibliography', { template: style, format, lang: 'en-US', hyperlinks: format === 'html' }).trim();
}

// LaTeX reads these as commands unless escaped. Citation.js escapes them only in ASCII-only mode
// (https://github.com/citation-js/citation-js/issues/232), so they are escaped here, outside
// addresses, which BibTeX keeps verbatim.
const LATEX_SPECIAL = /[&%$#_]/g;
const escapeLatex = (text: string) => text.replace(LATEX_SPECIAL, (char) => `\\${char}`);

function forBibtex(record: CslItem): CslItem {
  return {
    ...record,
    title: escapeLatex(record.title),
    ...(record.publisher ? { publisher: escapeLatex(record.publisher) } : {}),
    ...(record['container-title'] ? { 'container-title': escapeLatex(record['container-title']) } : {}),
    ...(record.genre ? { genre: escapeLatex(record.genre) } : {}),
    ...(record.number ? { number: escapeLatex(record.number) } : {}),
    ...(record.note ? { note: escapeLatex(record.note) } : {}),
    ...(record.author ? { author: record.author.map((name) => Object.fromEntries(Object.entries(name).map(([k, v]) => [k, escapeLatex(v)])) as typeof name) } : {}),
  };
}

/** The records as a BibTeX file (UTF-8), keyed by their ids. */
export function toBibtex(records: CslItem[]): string {
  return new Cite(records.map(forBibtex)).format('bibtex', { format: 'text' });
}

/**
 * The records as a RIS file. Citation.js maps the fields; the lines are written here because its
 * RIS writer breaks every value after 70 characters and its reader joins the pieces with a space,
 * which splits titles and addresses (format() of @citation-js/plugin-ris 0.8, in
 * https://github.com/citation-js/citation-js/blob/main/packages/plugin-ris/src/ris.js).
 */
export function toRis(records: CslItem[]): string {
  const entries = new Cite(records).format('ris', { format: 'object' }) as unknown as Array<Record<string, string | string[]>>;
  return entries
    .map(({ TY, ...tags }) => {
      const lines = [`TY  - ${String(TY)}`];
      for (const [tag, value] of Object.entries(tags)) {
        for (const item of [value].flat()) lines.push(`${tag}  - ${String(item).replace(/\s*\n\s*/g, ' ')}`);
      }
      lines.push('ER  - ');
      return lines.join('\n');
    })
    .join('\n\n')
    .concat('\n');
}

/** The records as a CSL-JSON file. */
export function toCslJson(records: CslItem[]): string {
  return `${new Cite(records).format('data', { format: 'text' })}\n`;
}
