import { compile } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { ContentSnapshot } from '../../../src/import/content-snapshot.ts';
import type { Draft } from '../../../src/import/draft.ts';
import { planImport, type ImportOptions, type ImportPlan } from '../../../src/import/plan.ts';
import { DocumentAddressMap } from '../../../src/lib/urls.ts';

/** A small archive for the importer: one organisation, two cases, one source record. */
export function testSnapshot(): ContentSnapshot {
  return {
    ids: new Map([
      ['organisations', new Set(['kibhr', 'iphr'])], ['briefings', new Set(['existing-paper'])],
      ['sources', new Set(['azattyq-31115496'])], ['dialogues', new Set(['2021-11'])],
    ]),
    sourceIdsByUrl: new DocumentAddressMap([['https://rus.azattyq.org/a/31115496.html', 'azattyq-31115496']]),
    sourceAddresses: new Map([['azattyq-31115496', { url: 'https://rus.azattyq.org/a/31115496.html' }]]),
    sourcesBySite: new Map([['rus.azattyq.org', [{ publisher: 'Radio Azattyq', kind: 'news' }]]]),
    cases: [
      { id: 'max-bokayev', name: 'Max Bokayev', spellings: ['Max Bokayev', 'Max Bokaev', 'Bokayev', 'Макс Бокаев'] },
      { id: 'talgat-ayan', name: 'Talgat Ayan', spellings: ['Talgat Ayan'] },
    ],
    organisations: new Map([['kibhr', 'Kazakhstan International Bureau for Human Rights and Rule of Law'], ['iphr', 'International Partnership for Human Rights']]),
  };
}

/** Plans an import with sensible options, for tests that look at the briefing written. */
export function plan(draft: Draft, options: Partial<ImportOptions> = {}): Promise<ImportPlan> {
  return planImport(draft, testSnapshot(), { draftName: 'draft.txt', organisations: ['kibhr'], linkCases: false, today: '2025-11-23', ...options });
}

/** The text of a planned briefing below its frontmatter. */
export function bodyOf(result: ImportPlan): string {
  return (result.files[0]?.text ?? '').split(/^---$/mu).slice(2).join('---').trim();
}

/** Compiles MDX as the site does, throwing if it cannot. */
export async function compiles(text: string): Promise<void> {
  await compile(text, { remarkPlugins: [remarkFrontmatter, remarkGfm] });
}
