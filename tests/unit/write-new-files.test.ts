import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Refusal } from '../../src/lib/refusal.ts';
import { writeNewFiles } from '../../src/lib/write-new-files.ts';
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
