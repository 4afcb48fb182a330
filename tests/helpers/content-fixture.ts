import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, type CheckOptions } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/lib/problems.ts';

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A copy of a fixture project in a temporary folder, which a test may change freely. */
export interface ContentFixture {
  root: string;
  /** Writes a file under the fixture's root, e.g. `content/laws/cc-405.yaml`, making its folders. */
  write(file: string, text: string | Uint8Array): Promise<void>;
  /** Rewrites a file with a function of its current text. */
  edit(file: string, change: (text: string) => string): Promise<void>;
  /** Removes a file. */
  remove(file: string): Promise<void>;
  /** Runs the content check (on the day `options.today`, if given) and returns its problems as the report prints them. */
  check(options?: CheckOptions): Promise<string[]>;
  dispose(): Promise<void>;
}

/** Copies `tests/fixtures/<name>` to a temporary folder. */
export async function contentFixture(name = 'valid-content'): Promise<ContentFixture> {
  const root = await mkdtemp(path.join(tmpdir(), 'briefings-fixture-'));
  await cp(path.join(repoRoot, 'tests/fixtures', name), root, { recursive: true });
  const at = (file: string) => path.join(root, file);
  return {
    root,
    write: async (file, text) => {
      await mkdir(path.dirname(at(file)), { recursive: true });
      await writeFile(at(file), text);
    },
    edit: async (file, change) => writeFile(at(file), change(await readFile(at(file), 'utf8'))),
    remove: (file) => rm(at(file)),
    check: async (options) => (await checkContent(root, new Map(), options)).problems.map(formatProblem),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}
