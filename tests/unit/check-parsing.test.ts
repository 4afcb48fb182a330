import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textHash } from '../../src/check/check-cache.ts';
import { parseContentFile } from '../../src/check/content-files.ts';
import { parseMdx, parseMdxNatively } from '../../src/lib/mdx-syntax.ts';
import type { ParseJob } from '../../src/check/parse-job.ts';
import { parseHere, parseInWorkers } from '../../src/check/parse-workers.ts';
import { textFacts } from '../../src/check/text-facts.ts';
import { lineInTable, parseYaml } from '../../src/lib/yaml-lines.ts';
import { repoRoot } from '../helpers/content-fixture.ts';

async function mdxFiles(folder: string): Promise<Array<{ file: string; text: string }>> {
  const names = (await readdir(path.join(repoRoot, folder), { recursive: true })).filter((name) => name.endsWith('.mdx')).sort();
  return Promise.all(names.map(async (name) => ({ file: `${folder}/${name}`, text: await readFile(path.join(repoRoot, folder, name), 'utf8') })));
}

/** What the check reads from a parse: the text's facts and the frontmatter with its line, or the error. */
function outcome(parse: (source: string) => ReturnType<typeof parseMdx>, text: string) {
  try {
    const tree = parse(text);
    const frontmatter = tree.children.find((node) => node.type === 'yaml');
    return { facts: textFacts(tree, 'file.mdx'), frontmatter: frontmatter && { value: frontmatter.value, line: frontmatter.position?.start.line } };
  } catch (error) {
    return { error: String(error), line: (error as { line?: number }).line };
  }
}

describe('the check parses MDX natively', () => {
  it('finds the same footnotes, links, components and frontmatter as remark in every bundled and fixture file', async () => {
    const files = [...(await mdxFiles('content')), ...(await mdxFiles('tests/fixtures'))];
    expect(files.length).toBeGreaterThan(40);
    for (const { file, text } of files) {
      expect({ file, ...outcome(parseMdxNatively, text) }).toEqual({ file, ...outcome(parseMdx, text) });
    }
  });

  it('reads undefined marks, bare addresses, link references, fragments and notes of several paragraphs as remark does', async () => {
    const text = await readFile(path.join(repoRoot, 'tests/fixtures/tricky-mdx/footnotes-links-components.mdx'), 'utf8');
    const native = outcome(parseMdxNatively, text);
    expect(native).toEqual(outcome(parseMdx, text));
    // The facts themselves, so that two parsers agreeing on nothing would not pass.
    expect(native.facts?.elements.map((e) => `${e.name}:${String(e.id)}`)).toEqual(['Case:a', 'Case:null', ':undefined', 'lower:undefined', 'Case:b', 'Recommendations:undefined', 'Case:c']);
    expect(native.facts?.cites.map((c) => `${c.label}@${c.line}`)).toEqual(['one@25', 'one@25', 'one@25', 'one@27', 'multi@41', 'multi@43']);
    expect(native.facts?.footnoteProblems.map((p) => `${p.line}: ${p.message.split(';')[0]}`)).toEqual([
      '29: footnote [^ONE] is defined twice (first at line 25)',
      '6: footnote [^nope] is cited but has no note',
      '32: footnote [^escaped] is cited but has no note',
      '32: footnote [^em] is cited but has no note',
      '30: footnote [^unused] is defined but never cited',
      '41: footnote [^multi] is defined but never cited',
    ]);
    expect(native.facts?.linkProblems.map((p) => `${p.line}: ${p.message.split(';')[0]}`)).toEqual([
      '22: "http://bad" has no domain name ("bad")',
      '23: the link "../x" will not work on every copy of the site',
      '36: "http://ttps://bureau.kz/typo" has a second scheme inside it (a copy-and-paste typo)',
    ]);
  });

  it('reports a syntax error in the words and on the line remark gives', async () => {
    for (const name of ['open-expression.mdx', 'open-tag.mdx']) {
      const text = await readFile(path.join(repoRoot, 'tests/fixtures/tricky-mdx', name), 'utf8');
      const native = outcome(parseMdxNatively, text);
      expect(native).toMatchObject({ error: expect.stringMatching(/\w/), line: expect.any(Number) });
      expect(native).toEqual(outcome(parseMdx, text));
    }
  });
});

describe('parsing in child processes', () => {
  it('gives the same results, in the same order, as parsing in this thread', async () => {
    const files = await mdxFiles('content');
    const jobs: ParseJob[] = files.map(({ file, text }) => ({
      file: { collection: file.startsWith('content/cases/') ? 'cases' : 'briefings', entryPath: path.basename(file), path: file },
      source: text,
    }));
    const threaded = await parseInWorkers(jobs, 2, 1);
    expect(threaded.map(({ parsed }) => parsed.path)).toEqual(files.map(({ file }) => file));
    expect(threaded).toEqual(parseHere(jobs));
    // Given by their paths, the files are read where they are parsed, with the same results and the hash of what was read.
    const byPath: ParseJob[] = files.map(({ file, text }, i) => ({ file: (jobs[i] as ParseJob).file, absolutePath: path.join(repoRoot, file), size: Buffer.byteLength(text) }));
    const read = await parseInWorkers(byPath, 2, 1);
    expect(read.map(({ parsed }) => parsed)).toEqual(threaded.map(({ parsed }) => parsed));
    expect(read.map(({ hash }) => hash)).toEqual(files.map(({ text }) => textHash(text)));
  }, 60_000);
});

describe('lines of YAML fields', () => {
  const yaml = 'title: A\ncharges:\n  - law: cc-174\n    article: 1\n  - law: cc-274\nnested:\n  deeper:\n    value: x\n';
  const { lines } = parseYaml(yaml, 'content/cases/a.mdx', 1);

  it('names the line of a field, of a list item and of a field inside one, after the frontmatter fence', () => {
    expect(lineInTable(lines, ['title'])).toBe(2);
    expect(lineInTable(lines, ['charges', 1])).toBe(6);
    expect(lineInTable(lines, ['charges', 0, 'article'])).toBe(5);
    expect(lineInTable(lines, ['nested', 'deeper', 'value'])).toBe(9);
  });

  it('falls back to the nearest field that exists (a list starts on the line of its first item)', () => {
    expect(lineInTable(lines, ['charges', 1, 'missing'])).toBe(6);
    expect(lineInTable(lines, ['charges', 7, 'law'])).toBe(4);
    expect(lineInTable(lines, ['absent'])).toBe(2);
  });

  it('tells a list index from a text key', () => {
    expect(lineInTable(lines, ['charges', '1'])).toBe(4);
  });
});

describe('parse results', () => {
  it('are plain data that survive the cache and worker threads unchanged', () => {
    const { parsed } = parseContentFile({ collection: 'cases', entryPath: 'a.mdx', path: 'content/cases/a.mdx' }, '---\nname: A\n---\n\nText.[^1] <Case id="a" />\n\n[^1]: https://example.org/a\n');
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed);
    expect(structuredClone(parsed)).toEqual(parsed);
  });
});
