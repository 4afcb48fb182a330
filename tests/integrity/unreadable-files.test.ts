import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeContentBytes } from '../../src/lib/content-bytes.ts';
import { contentFixture, type ContentFixture } from '../helpers/content-fixture.ts';
import { briefingDocx } from '../helpers/docx.ts';

let fixture: ContentFixture;
beforeEach(async () => {
  fixture = await contentFixture();
});
afterEach(async () => {
  await fixture.dispose();
});

describe('a file that is empty or half-written', () => {
  it('says that an empty YAML file is empty, and what to write in it', async () => {
    await fixture.write('content/topics/elections.yaml', '');
    expect(await fixture.check()).toEqual([
      'content/topics/elections.yaml:1: the file is empty; write the fields of a topic in it (each is explained at /publishing/content-model/#topics), or delete the file',
    ]);
  });

  it('says that a YAML file of comments alone has no fields', async () => {
    await fixture.write('content/sources/new-source.yaml', '# title: to do\n\n# url: https://example.kz/\n');
    expect(await fixture.check()).toEqual([
      'content/sources/new-source.yaml:1: the file has only comments, no fields; write the fields of a source in it (each is explained at /publishing/content-model/#sources), or delete the file',
    ]);
  });

  it('says that an empty MDX file is empty', async () => {
    await fixture.write('content/cases/new-case.mdx', '\n\n');
    expect(await fixture.check()).toEqual([
      'content/cases/new-case.mdx:1: the file is empty; write the fields of a case in it (each is explained at /publishing/content-model/#cases), or delete the file',
    ]);
  });

  it('says that a frontmatter opened by --- is never closed', async () => {
    await fixture.edit('content/cases/talgat-ayan.mdx', (t) => t.replace(/\n---\n/u, '\n\n'));
    expect(await fixture.check()).toEqual([
      'content/cases/talgat-ayan.mdx:1: the frontmatter is never closed: the `---` on this line opens it, but no line `---` ends it; add a line `---` after the last field, before the text',
    ]);
  });
});

describe('a file that is not text', () => {
  it('says that a Word document renamed to .mdx is not text, and that npm run import turns a Word draft into a briefing', async () => {
    await fixture.write('content/briefings/2025-11-new-paper.mdx', await briefingDocx([]));
    expect(await fixture.check()).toEqual([
      'content/briefings/2025-11-new-paper.mdx:1: is not text: it is a Word document (.docx), or another zipped file, renamed to .mdx, and a .mdx file is Markdown text with a frontmatter of fields. Delete it; for a Word draft of a briefing, run `npm run import -- <the .docx file> --org <organisation>`, which writes the .mdx file for you',
    ]);
  });

  it('says that a binary file renamed to .yaml is not text', async () => {
    await fixture.write('content/laws/cc-405.yaml', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]));
    expect(await fixture.check()).toEqual([
      expect.stringMatching(/^content\/laws\/cc-405\.yaml:1: is not text \(it holds bytes that no text has, like a program's file or an image\), and a \.yaml file is text, one `field: value` a line\. Delete it; /u),
    ]);
  });

  it('names the first line of a file saved in another encoding than UTF-8', async () => {
    const windows1251 = new Uint8Array([0xcc, 0xe0, 0xea, 0xf1]); // "Макс" in Windows-1251
    await fixture.write('content/sources/bokayev-interview.yaml', new Uint8Array([...Buffer.from('title: Interview with Max Bokayev\ntitleOriginal: '), ...windows1251, ...Buffer.from('\n')]));
    expect(await fixture.check()).toEqual([
      'content/sources/bokayev-interview.yaml:2: is not UTF-8 text: line 2 has bytes of another encoding (such as Windows-1251 or KOI8-R), which would show as garbage; open the file in a text editor and save it as UTF-8 (in most editors: Save As… → Encoding: UTF-8)',
    ]);
  });

  it('says that a file saved as UTF-16 is to be saved as UTF-8', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'name: x'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeContentBytes(utf16, '.yaml')).toEqual({ line: 1, message: expect.stringMatching(/^is saved as UTF-16 text .*save it again as UTF-8/u) });
  });

  it('reads UTF-8 text as before, a byte-order mark included', () => {
    expect(decodeContentBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('name: Қазақстан')]), '.yaml')).toEqual({ text: '\uFEFFname: Қазақстан' });
  });
});

describe('symbolic links', () => {
  let outside: string;
  beforeEach(async () => {
    outside = await mkdtemp(path.join(tmpdir(), 'briefings-outside-'));
    await writeFile(path.join(outside, 'private.yaml'), 'name: Not for publication\ndescription: A file outside the archive.\n');
  });
  afterEach(async () => {
    await rm(outside, { recursive: true, force: true });
  });

  it('refuses a content file that is a symbolic link, saying to copy the file into content/', async () => {
    await symlink(path.join(outside, 'private.yaml'), path.join(fixture.root, 'content/topics/private.yaml'));
    expect(await fixture.check()).toEqual([
      `content/topics/private.yaml: is a symbolic link to ${outside}/private.yaml; the archive publishes only files that are really in content/ (a link could publish any file of the computer it is built on), so copy the file into content/ instead of linking to it`,
    ]);
  });

  it('refuses a folder that is a symbolic link, and a link to nothing', async () => {
    await symlink(outside, path.join(fixture.root, 'content/topics/more'));
    await symlink(path.join(outside, 'gone.mdx'), path.join(fixture.root, 'content/cases/gone.mdx'));
    expect(await fixture.check()).toEqual([
      `content/cases/gone.mdx: is a symbolic link to ${outside}/gone.mdx, which does not exist; delete the link, and copy the file into content/ if it is needed`,
      `content/topics/more: is a symbolic link to the folder ${outside}; the archive publishes only files that are really in content/ (a link could publish any file of the computer it is built on), so copy the folder's files into content/ instead of linking to them`,
    ]);
  });

  it('refuses a collection folder that is a symbolic link, and still checks its files', async () => {
    const topics = path.join(outside, 'topics');
    await mkdir(topics);
    await writeFile(path.join(topics, 'freedom-of-expression.yaml'), 'name: Freedom of expression\ndescription: Speech, press and the internet.\n');
    await rm(path.join(fixture.root, 'content/topics'), { recursive: true });
    await symlink(topics, path.join(fixture.root, 'content/topics'));
    expect(await fixture.check()).toEqual([
      `content/topics: is a symbolic link to the folder ${topics}; the archive publishes only files that are really in content/ (a link could publish any file of the computer it is built on), so copy the folder's files into content/ instead of linking to them`,
    ]);
  });

  it('leaves hidden links alone, such as an editor\'s lock file', async () => {
    await symlink('user@host.1234:1700000000', path.join(fixture.root, 'content/cases/.#max-bokayev.mdx'));
    expect(await fixture.check()).toEqual([]);
  });
});
