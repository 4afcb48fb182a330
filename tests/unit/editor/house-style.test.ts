import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { dump } from 'js-yaml';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatSavedFile, splitMdx } from '../../../src/editor/house-style.ts';
import { repoRoot } from '../../helpers/content-fixture.ts';

async function contentFiles(): Promise<string[]> {
  const entries = await readdir(path.join(repoRoot, 'content'), { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && /\.(mdx|yaml)$/.test(e.name) && e.name !== 'site.yaml')
    .map((e) => path.relative(repoRoot, path.join(e.parentPath, e.name))).sort();
}

/** What Keystatic 0.6.9 sends for an entry saved unchanged: js-yaml's dump, `draft: false`, dates as text, body as read. */
function keystaticSave(file: string, text: string): string {
  const yaml = file.endsWith('.mdx') ? splitMdx(text)!.yaml : text;
  const data = { ...(parse(yaml) as Record<string, unknown>) };
  data.draft ??= false;
  for (const [key, value] of Object.entries(data)) if (typeof value === 'number') data[key] = String(value);
  const dumped = dump(data);
  return file.endsWith('.mdx') ? `---\n${dumped}---\n${splitMdx(text)!.body}` : dumped;
}

describe('house style for saved entries', () => {
  it('gives back every real content file byte for byte when it is saved unchanged', async () => {
    const files = await contentFiles();
    expect(files.length).toBeGreaterThan(150);
    const changed: string[] = [];
    for (const file of files) {
      const original = await readFile(path.join(repoRoot, file), 'utf8');
      const saved = keystaticSave(file, original);
      if (formatSavedFile(file, saved, original) !== original) changed.push(file);
    }
    expect(changed).toEqual([]);
  });

  it('rewrites only the value that changed, keeping comments, flow lists and folded text', () => {
    const original = '# Imported from paper.docx on 2026-01-02\nname: Max\nroles: [journalist, blogger]\nsummary: >-\n  A long summary folded\n  by hand.\ncity: Atyrau # home\n';
    const saved = dump({ name: 'Max', roles: ['journalist', 'blogger'], summary: 'A long summary folded by hand.', city: 'Almaty', draft: false, aliases: [] });
    expect(formatSavedFile('content/x.yaml', saved, original)).toBe(
      '# Imported from paper.docx on 2026-01-02\nname: Max\nroles: [journalist, blogger]\nsummary: >-\n  A long summary folded\n  by hand.\ncity: Almaty\n',
    );
  });

  it('adds a list item and a field in place, and drops a field that was emptied', () => {
    const original = 'name: Max\ncity: Atyrau\ntimeline:\n  - date: 2016-11\n    event: Arrested.\n';
    const saved = dump({ name: 'Max', kind: 'person', timeline: [{ date: '2016-11', event: 'Arrested.', sources: [] }, { date: '2017-01', event: 'Sentenced.', sources: ['a-b'] }] });
    expect(formatSavedFile('content/x.yaml', saved, original)).toBe(
      'name: Max\nkind: person\ntimeline:\n  - date: 2016-11\n    event: Arrested.\n  - date: 2017-01\n    event: Sentenced.\n    sources:\n      - a-b\n',
    );
  });

  it('writes a new entry without the empty lists and draft: false Keystatic adds, and keeps the text as typed', () => {
    const saved = `---\n${dump({ title: 'Новый брифинг', draft: false, cases: [], published: '2025-11' })}---\n\nText[^1]\n\n[^1]: Note.\n`;
    expect(formatSavedFile('content/briefings/new.mdx', saved)).toBe('---\ntitle: Новый брифинг\npublished: 2025-11\n---\n\nText[^1]\n\n[^1]: Note.\n');
  });
});
