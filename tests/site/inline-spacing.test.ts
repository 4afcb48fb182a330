import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../helpers/built-site.ts';

// Astro 7's compiler drops the line break and indentation between text and an element that starts
// or ends a line of a template, so "in the\n<strong>editor</strong>" is built as "in the<strong>".
// The templates keep such text and elements on one line; this finds any that run together.
const GLUED = /[A-Za-z]<(a|strong|em|code|abbr|cite|kbd|time)[\s>][^<]*<\/\1>|<\/(a|strong|em|code|abbr|cite|kbd|time)>[A-Za-z(]/g;

describe('the words of every built page', () => {
  it('keep their spaces around links, emphasis and code', async () => {
    const siteDir = inject('siteDir');
    const glued: string[] = [];
    for (const page of await htmlPages(siteDir)) {
      const body = (await readFile(path.join(siteDir, page), 'utf8')).replace(/<(script|style)[\s\S]*?<\/\1>/g, '');
      for (const match of body.matchAll(GLUED)) glued.push(`${page}: …${body.slice(Math.max(0, match.index - 30), match.index + match[0].length + 10)}…`);
    }
    expect(glued).toEqual([]);
  });
});
