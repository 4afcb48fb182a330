import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { replaceFile } from '../system/replace-file.ts';

/** What the cache remembers of one rendered text: the key it was rendered under and the digest of what was written. */
interface Remembered {
  key: string;
  digest: string;
}

// No .json or .html ending: removeBodiesExcept (rendered-bodies.ts) takes those for texts.
const MANIFEST = '.render-keys';

/**
 * The rendered texts of one collection that a rebuild can keep: for each entry, the key its text
 * was rendered under (the file's digest, the renderer's settings and code) and the digest of the
 * HTML and facts written (rendered-bodies.ts). A text whose key is unchanged and whose files are
 * still there is not rendered again. Kept as one file in the collection's folder of rendered
 * texts, written whole after each load; a missing or unreadable file means "render everything".
 */
export class RenderCache {
  readonly #file: string;
  readonly #previous: Map<string, Remembered>;
  readonly #next = new Map<string, Remembered>();

  private constructor(file: string, previous: Map<string, Remembered>) {
    this.#file = file;
    this.#previous = previous;
  }

  /** The cache of the collection whose rendered texts are in `folder` (see bodyFolder). */
  static open(folder: string): RenderCache {
    const file = path.join(folder, MANIFEST);
    let previous = new Map<string, Remembered>();
    try {
      previous = new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, Remembered>));
    } catch {
      // No cache yet, or one that cannot be read: every text is rendered.
    }
    return new RenderCache(file, previous);
  }

  /** The digest of the text rendered last time under `key`, if its files (`bodyFile` and its facts) are still there. */
  reusable(id: string, key: string, files: string[]): string | undefined {
    const known = this.#previous.get(id);
    if (known?.key !== key || !files.every((file) => existsSync(file))) return undefined;
    return known.digest;
  }

  /** Records the text of `id` as rendered (or kept) under `key`, with the digest of what was written. */
  remember(id: string, key: string, digest: string): void {
    this.#next.set(id, { key, digest });
  }

  /** Writes what this load rendered or kept; entries no longer loaded are forgotten. */
  async save(): Promise<void> {
    await mkdir(path.dirname(this.#file), { recursive: true });
    await replaceFile(this.#file, JSON.stringify(Object.fromEntries(this.#next)));
  }
}
