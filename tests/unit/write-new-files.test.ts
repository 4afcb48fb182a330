import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Refusal } from '../../src/lib/refusal.ts';
import { writeNewFile, writeNewFiles } from '../../src/import/write-new-files.ts';
import { smallFixture, type ProjectFixture } from '../helpers/project-fixture.ts';

let fixture: ProjectFixture;
beforeEach(async () => {
  fixture = await smallFixture();
});
afterEach(async () => {
  await fixture.dispose();
});

describe('writing new files into content/', () => {
  it('writes every file, leaving no temporary file behind', async () => {
    await writeNewFiles(fixture.root, [
      { path: 'content/sources/new-one.yaml', text: 'a: 1\n' },
      { path: 'content/topics/new-topic.yaml', text: 'b: 2\n' },
    ]);
    expect(await fixture.read('content/sources/new-one.yaml')).toBe('a: 1\n');
    expect(await fixture.read('content/topics/new-topic.yaml')).toBe('b: 2\n');
    expect((await readdir(path.join(fixture.root, 'content/sources'))).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('refuses before writing anything when one of the files exists, naming it', async () => {
    const before = await fixture.snapshot();
    const write = writeNewFiles(fixture.root, [
      { path: 'content/sources/new-one.yaml', text: 'a: 1\n' },
      { path: 'content/sources/azattyq-31110144.yaml', text: 'replaced\n' },
    ], () => 'Choose another id with --id <new-id>.');
    await expect(write).rejects.toThrow(Refusal);
    await expect(write).rejects.toThrow('content/sources/azattyq-31110144.yaml already exists, so nothing was written. Choose another id with --id <new-id>.');
    expect(await fixture.snapshot()).toEqual(before);
  });

  it('removes what it wrote, and the folders it made, when a later file cannot be written', async () => {
    const before = await fixture.snapshot();
    // The second file's folder would have to be the first file, which cannot be.
    await expect(writeNewFiles(fixture.root, [
      { path: 'content/laws/new/cc-1.yaml', text: 'a: 1\n' },
      { path: 'content/laws/new/cc-1.yaml/inner.yaml', text: 'b: 2\n' },
    ])).rejects.toThrow();
    expect(await fixture.snapshot()).toEqual(before);
    expect(await readdir(path.join(fixture.root, 'content/laws'))).toEqual(['cc-174.yaml', 'cc-274.yaml']);
  });
});

describe('writing one new file, text or bytes', () => {
  it('leaves no half-written file behind when a write fails part of the way through', async () => {
    const before = await fixture.snapshot();
    // Contents that fail after the first bytes are on disk, as a full disk does.
    async function* halfWritten() {
      yield new TextEncoder().encode('PK half of an archive');
      throw new Error('no space left on device');
    }
    const write = writeNewFile(path.join(fixture.root, 'content/archive.zip'), halfWritten() as unknown as Uint8Array, { display: 'content/archive.zip', advice: () => '' });
    await expect(write).rejects.toThrow('no space left on device');
    expect(await fixture.snapshot()).toEqual(before);
    expect((await readdir(path.join(fixture.root, 'content'))).filter((f) => f.includes('archive.zip'))).toEqual([]);
  });

  it('writes bytes with the permissions it is given, less the umask', async () => {
    const modes: string[] = [];
    for (const [mode, umask] of [[0o640, 0o002], [0o644, 0o027]] as const) {
      const file = path.join(fixture.root, `archive-${mode.toString(8)}.zip`);
      const previous = process.umask(umask);
      try {
        await writeNewFile(file, new Uint8Array([80, 75, 5, 6]), { display: path.basename(file), advice: () => '', mode });
      } finally {
        process.umask(previous);
      }
      expect([...(await readFile(file))]).toEqual([80, 75, 5, 6]);
      modes.push(((await stat(file)).mode & 0o777).toString(8));
    }
    expect(modes).toEqual(['640', '640']);
  });
});
