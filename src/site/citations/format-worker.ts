/**
 * A child process of the build that writes the citations of a batch of records in every style
 * pages show and every file they offer (see citationTexts in src/site/citations/texts.ts):
 * Citation.js's work, about 5 ms a record, off the build's own thread.
 */
import { registerHooks } from 'node:module';
import type { Batch } from '../../system/process-pool.ts';
import type { CslItem } from '../../lib/citations/csl.ts';

// formats.ts imports a CSL style from rehype-citation's "./node/" folder export, which Vite
// resolves for the build and Node no longer does (https://nodejs.org/api/deprecations.html#DEP0148):
// map it to the package's dist/node/ folder, next to its entry point, as the export says.
const FOLDER = 'rehype-citation/node/';
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (!specifier.startsWith(FOLDER)) return nextResolve(specifier, context);
    const entry = nextResolve('rehype-citation', context);
    return { url: new URL(specifier.slice(FOLDER.length), entry.url).href, shortCircuit: true };
  },
});
const { citationTextsOf } = await import('../../lib/citations/texts.ts');

/** Every citation of each record, in order. */
export default function formatBatch({ jobs }: Batch<CslItem>) {
  return jobs.map(citationTextsOf);
}
