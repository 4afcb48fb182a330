import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import type { Processor, Transformer } from 'unified';
import { NativeParseRefused, parseMdxBody, parseMdxBodyNatively, type SmartPunctuation } from '../lib/mdx-syntax.ts';

/** SmartyPants settings as Astro's unified processor takes them (`smartypants`). */
export type Smartypants = boolean | NonNullable<Parameters<typeof remarkSmartypants>[0]> | undefined;

/** Sätteri's smart punctuation for SmartyPants settings; settings it has no rule for are refused. */
export function smartPunctuationFor(smartypants: Smartypants): SmartPunctuation {
  if (smartypants === false) return false;
  const settings = smartypants === true || smartypants === undefined ? {} : smartypants;
  const unsupported = [
    settings.dashes !== 'oldschool' && settings.dashes !== false && `dashes: ${JSON.stringify(settings.dashes ?? true)}`,
    settings.backticks !== false && `backticks: ${JSON.stringify(settings.backticks ?? true)}`,
    (settings.ellipses === 'spaced' || settings.ellipses === 'unspaced') && `ellipses: "${settings.ellipses}"`,
    settings.openingQuotes !== undefined && 'openingQuotes',
    settings.closingQuotes !== undefined && 'closingQuotes',
  ].filter(Boolean);
  if (unsupported.length > 0) {
    throw new Error(`astro.config.mjs: the markdown processor's smartypants settings (${unsupported.join(', ')}) have no equivalent in Sätteri's smart punctuation, which renders briefings and cases; use { dashes: 'oldschool', backticks: false } or smartypants: false`);
  }
  return { quotes: settings.quotes !== false, dashes: settings.dashes === 'oldschool', ellipses: settings.ellipses !== false };
}

/**
 * Makes a unified processor parse MDX with Sätteri, the native (Rust) parser of Astro 7, instead
 * of remark-parse and micromark: the same syntax tree in a fraction of the time, with the
 * SmartyPants settings applied by the parser (so the processor's own remark-smartypants must be
 * off). Every other remark and rehype plugin runs as before. unified calls the parser that the
 * last attacher set (`parse` in https://github.com/unifiedjs/unified/blob/main/lib/index.js), so
 * this plugin must come after remark-parse. A text Sätteri refuses is parsed by remark, with
 * remark-smartypants, which gives the same tree or reports the syntax error with its line.
 */
export function remarkNativeParse(this: Processor, options: { smartypants: Smartypants }): void {
  const smartPunctuation = smartPunctuationFor(options.smartypants);
  const settings = options.smartypants === true || options.smartypants === undefined ? {} : options.smartypants || {};
  const typeset = smartPunctuation === false ? undefined : (remarkSmartypants.call(this, settings) as Transformer | undefined);
  this.parser = (document: string): Root => {
    try {
      return parseMdxBodyNatively(document, smartPunctuation);
    } catch (error) {
      if (!(error instanceof NativeParseRefused)) throw error;
      const tree = parseMdxBody(document);
      // remark-smartypants' transformer is synchronous and reads only the tree.
      void typeset?.(tree, undefined as never, () => undefined);
      return tree;
    }
  };
}
