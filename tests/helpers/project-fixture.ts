import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './content-fixture.ts';

/** A temporary project root holding a copy of a content/ folder. */
export interface ProjectFixture {
  root: string;
  /** Every file under content/ with a hash of its bytes, to prove that a command left it unchanged. */
  snapshot(): Promise<Map<string, string>>;
  /** Reads a file under the root. */
  read(file: string): Promise<string>;
  dispose(): Promise<void>;
}

async function fixtureFrom(contentDir: string): Promise<ProjectFixture> {
  const root = await mkdtemp(path.join(tmpdir(), 'briefings-project-'));
  await cp(contentDir, path.join(root, 'content'), { recursive: true });
  return {
    root,
    snapshot: async () => {
      const files = new Map<string, string>();
      const entries = await readdir(path.join(root, 'content'), { recursive: true, withFileTypes: true });
      for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => a.name.localeCompare(b.name))) {
        const file = path.join(entry.parentPath, entry.name);
        files.set(path.relative(root, file), createHash('sha256').update(await readFile(file)).digest('hex'));
      }
      return files;
    },
    read: (file) => readFile(path.join(root, file), 'utf8'),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}

/** A temporary project with a copy of the bundled corpus (the repository's own content/). */
export function corpusFixture(): Promise<ProjectFixture> {
  return fixtureFrom(path.join(repoRoot, 'content'));
}

/** A temporary project with a copy of the small valid fixture's content/. */
export function smallFixture(): Promise<ProjectFixture> {
  return fixtureFrom(path.join(repoRoot, 'tests/fixtures/valid-content/content'));
}

/** A draft from tests/fixtures/drafts/. */
export function draftPath(name: string): string {
  return path.join(repoRoot, 'tests/fixtures/drafts', name);
}
