/**
 * Types for the parts of Citation.js the archive uses: its 0.8 packages, the newest that the RIS
 * plugin supports, ship no declarations (https://github.com/citation-js/citation-js/issues/104).
 * These follow its documented API (https://citation.js.org/api/0.7/).
 */

declare module '@citation-js/core' {
  /** A Citation.js list of records, read from any format a loaded plugin understands. */
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    /** The records as CSL-JSON objects. */
    data: Array<Record<string, unknown>>;
    /** Writes the records in an output format: `data` (CSL-JSON), `bibliography`, `bibtex`, `ris` ... */
    format(format: string, options?: Record<string, unknown>): string;
  }

  /** A named store of templates, styles or locales, as plugins keep them. */
  interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
    get(name: string): T;
  }

  export const plugins: {
    config: {
      get(plugin: '@csl'): { styles: Register<string>; locales: Register<string> };
      get(plugin: '@bibtex'): { format: { useIdAsLabel: boolean; checkLabel: boolean; asciiOnly: boolean } };
      get(plugin: string): unknown;
    };
  };
}

declare module '@citation-js/plugin-csl' {}
declare module '@citation-js/plugin-bibtex' {}
declare module '@citation-js/plugin-ris' {}

declare module '@citation-js/name' {
  /** A personal name split into CSL-JSON parts. */
  export function parse(name: string): { given?: string; family?: string; 'non-dropping-particle'?: string; 'dropping-particle'?: string; suffix?: string; literal?: string };
}
