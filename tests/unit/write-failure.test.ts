import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importDraft } from '../../src/import/index.ts';
import { Refusal } from '../../src/lib/refusal.ts';
import { replaceFile } from '../../src/system/replace-file.ts';
import { writeNewFiles } from '../../src/import/write-new-files.ts';
import { smallFixture, type ProjectFixture } from '../helpers/project-fixture.ts';

/** Which write fails part-way (the nth file written, counting from 1), and with which error code. */
const failing = vi.hoisted(() => ({ nth: 0, code: 'ENOSPC', count: 0 }));

/** A disk that fills up: the chosen write puts some of its bytes on disk, then fails as the real one would. */
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const fail = async (write: (part: string) => Promise<void>, data: unknown): Promise<void> => {
    const text = String(data);
    await write(text.slice(0, Math.ceil(text.length / 2)));
    throw Object.assign(new Error(`${failing.code}: the test's disk failed, write`), { code: failing.code, errno: -28, syscall: 'write' });
  };
  const failsNow = () => failing.nth > 0 && ++failing.count === failing.nth;
  return {
    ...fs,
    open: async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      const writeFile = handle.writeFile.bind(handle);
      return Object.assign(handle, {
        writeFile: (data: string, options?: BufferEncoding) => (failsNow() ? fail((part) => writeFile(part, options), data) : writeFile(data, options)),
      });
    },
    writeFile: (file: string, data: string, options?: BufferEncoding) => (failsNow() ? fail((part) => fs.writeFile(file, part, options), data) : fs.writeFile(file, data, options)),
  };
});

let fixture: ProjectFixture;
beforeEach(async () => {
  fixture = await smallFixture();
  Object.assign(failing, { nth: 0, code: 'ENOSPC', count: 0 });
});
afterEach(async () => {
  await fixture.dispose();
});

/** Every file and folder under content/, hidden ones included. */
async function everything(root: string): Promise<string[]> {
  return (await readdir(path.join(root, 'content'), { recursive: true })).sort();
}

describe('a write that fails part-way', () => {
  it.each([1, 2, 3])('leaves no file, no temporary file and no new folder when write %i of 3 fails, and says so truly', async (nth) => {
    const before = await everything(fixture.root);
    failing.nth = nth;
    const write = writeNewFiles(fixture.root, [
      { path: 'content/briefings/new-paper.mdx', text: 'a'.repeat(10_000) },
      { path: 'content/sources/new-source.yaml', text: 'b: 2\n' },
      { path: 'content/laws/new/cc-1.yaml', text: 'c: 3\n' },
    ], () => 'Choose another id with --id <new-id>.');
    const name = ['content/briefings/new-paper.mdx', 'content/sources/new-source.yaml', 'content/laws/new/cc-1.yaml'][nth - 1];
    await expect(write).rejects.toThrow(Refusal);
    await expect(write).rejects.toThrow(`${name} could not be written: the disk is full (ENOSPC). Nothing was written to content/: free some space, then run the command again.`);
    expect(await everything(fixture.root)).toEqual(before);
  });

  it('names a file too large for the file system, and leaves nothing behind', async () => {
    const before = await everything(fixture.root);
    Object.assign(failing, { nth: 1, code: 'EFBIG' });
    const write = writeNewFiles(fixture.root, [{ path: 'content/briefings/huge.mdx', text: 'x'.repeat(1000) }]);
    await expect(write).rejects.toThrow('content/briefings/huge.mdx could not be written: the file is larger than the disk allows (EFBIG). Nothing was written to content/: shorten the draft or split it, then run the command again.');
    expect(await everything(fixture.root)).toEqual(before);
  });

  it('leaves the old file and no temporary file when a file being replaced cannot be written', async () => {
    const file = path.join(fixture.root, 'content/site.yaml');
    const old = await fixture.read('content/site.yaml');
    const before = await everything(fixture.root);
    failing.nth = 1;
    await expect(replaceFile(file, 'new: text\n'.repeat(100))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await fixture.read('content/site.yaml')).toBe(old);
    expect(await everything(fixture.root)).toEqual(before);
  });

  it('makes an import end with a true message and content/ as it was when the disk fills up at its second file', async () => {
    const draft = path.join(fixture.root, 'draft.txt');
    await writeFile(draft, 'A paper\n\nA claim.¹\n\n¹ See: https://example.org/new-report\n');
    const before = await everything(fixture.root);
    failing.nth = 2; // the briefing, then the new source record
    const run = importDraft(draft, { root: fixture.root, organisations: ['kibhr'], linkCases: false, today: '2025-11-23' });
    await expect(run).rejects.toThrow('content/sources/example-new-report.yaml could not be written: the disk is full (ENOSPC). Nothing was written to content/: free some space, then run the command again.');
    expect(await everything(fixture.root)).toEqual(before);
  });
});
