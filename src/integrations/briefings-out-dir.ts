import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { setAsideContents, type SetAside } from '../system/set-aside.ts';

/**
 * Empties the build's output folder (`outDir`) by moving its contents aside and deleting them in
 * the background while the build runs, instead of letting Astro delete them file by file before
 * it bundles (https://github.com/withastro/astro/blob/main/packages/astro/src/core/build/static-build.ts,
 * `emptyDir` in `viteBuild`): at 1,000 briefings the last build left about 25,000 files, and that
 * deletion held up every rebuild by seconds (docs/build.md#rebuilds). The folder is still empty
 * when Astro starts, so nothing of the last build survives into this one (a page withdrawn or
 * made a draft disappears); `.git` is kept, as Astro keeps it.
 */
export function briefingsOutDir(): AstroIntegration {
  let outDir: string | undefined;
  let setAside: SetAside | undefined;
  return {
    name: 'briefings-out-dir',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async ({ logger }) => {
        if (!outDir) return;
        setAside = await setAsideContents(outDir, new Set(['.git']));
        if (setAside.stopped) logger.info(`Could not move the last build's files out of ${outDir} at once (${setAside.stopped.message}); Astro deletes the rest before bundling.`);
      },
      'astro:build:done': async () => {
        await setAside?.removal;
        setAside = undefined;
      },
    },
  };
}
