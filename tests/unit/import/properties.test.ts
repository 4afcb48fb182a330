import { compile } from '@mdx-js/mdx';
import fc from 'fast-check';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../../src/check/content-files.ts';
import { collectFootnotes } from '../../../src/lib/footnotes.ts';
import { snapshotContent, type ContentSnapshot } from '../../../src/import/content-snapshot.ts';
import { importDraft } from '../../../src/import/index.ts';
import { planImport } from '../../../src/import/plan.ts';
import { readTextDraft } from '../../../src/import/text-draft.ts';
import { parseMdx } from '../../../src/lib/mdx-syntax.ts';
import { Refusal } from '../../../src/lib/refusal.ts';
import { smallFixture, type ProjectFixture } from '../../helpers/project-fixture.ts';

/** Pieces of text that MDX, Markdown or the importer's own rules could misread. */
const hostile = fc.constantFrom(
  '{', '}', '{x}', '<', '>', '<div>', '</Case>', '<Case id="x">', '<https://rus.azattyq.org/a/1.html>', '<https://',
  '[^x]', '[^1]', '[^1]: note', '[1]', '¹', '²³', '⁵⁹', '\n', '\n\n', '\n1 ', '\n20 See ', '\n• ', '\n· ', '\n- ', '\n* ', '\n> ',
  '\n# ', '\n1. ', 'http://ttps://bureau.kz/novosti/x/', 'https://example.org/a_b?c=1&d=2', 'www.example.org', '**', '*', '_',
  '`', '```', '|', '| a | b |\n|---|---|', '&amp;', '&#123;', '\\', '\nimport x from "y"\n', '\nexport const a = 1\n',
  '---', '\nRecommendations\n', ' (in Russian): ', 'Max Bokayev', '$$', ':::', '<!-- c -->', '\t', '\u00a0', '\r\n', '🙂', 'Ё',
);
const draftText = fc.array(fc.oneof(hostile, fc.string(), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.lorem({ maxCount: 8 })), { maxLength: 30 })
  .map((parts) => parts.join(''));

let fixture: ProjectFixture;
let snapshot: ContentSnapshot;
beforeAll(async () => {
  fixture = await smallFixture();
  snapshot = snapshotContent((await readContent(path.join(fixture.root, 'content'), fixture.root)).files);
});
afterAll(async () => {
  await fixture.dispose();
});

const options = { draftName: 'draft.txt', organisations: ['kibhr'], linkCases: true, today: '2025-11-23' };

describe('the text importer on random and hostile input', () => {
  it('never throws anything but a refusal, and whatever it plans compiles as MDX with every note kept', async () => {
    await fc.assert(
      fc.asyncProperty(draftText, async (text) => {
        let plan;
        try {
          plan = await planImport(readTextDraft(text), snapshot, options);
        } catch (error) {
          expect(error, String(error)).toBeInstanceOf(Refusal);
          return;
        }
        const briefing = plan.files[0]?.text ?? '';
        const tree = parseMdx(briefing);
        await compile(briefing, { remarkPlugins: [remarkFrontmatter, remarkGfm] });
        expect(collectFootnotes(tree).notes).toHaveLength(plan.report.footnotesIn);
        expect(tree.children.some((n) => n.type === 'mdxjsEsm' || n.type === 'mdxFlowExpression')).toBe(false);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('never overwrites or changes an existing file, whatever the draft', async () => {
    const before = await fixture.snapshot();
    const draft = path.join(fixture.root, 'draft.txt');
    await fc.assert(
      fc.asyncProperty(draftText, fc.boolean(), async (text, clash) => {
        await writeFile(draft, text);
        let written: string[] = [];
        try {
          // With --id of the existing briefing the import must refuse; otherwise it may write new files.
          const result = await importDraft(draft, { ...options, root: fixture.root, id: clash ? '2021-11-briefing' : undefined });
          written = result.files.map((f) => f.path);
          expect(clash).toBe(false);
        } catch (error) {
          expect(error, String(error)).toBeInstanceOf(Refusal);
        }
        const after = await fixture.snapshot();
        for (const [file, hash] of before) expect(after.get(file), file).toBe(hash);
        expect([...after.keys()].filter((f) => !before.has(f)).sort()).toEqual(written.map((f) => path.normalize(f)).sort());
        for (const file of written) await rm(path.join(fixture.root, file));
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
