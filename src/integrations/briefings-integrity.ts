import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent } from '../check/check-content.ts';
import { draftPreviewRequested } from '../lib/drafts.ts';
import { formatReport } from '../lib/problems.ts';
import { recordStage } from '../system/stage-timings.ts';

/**
 * Runs the content check before Astro reads any content, with the same rules and messages as
 * `npm run check`. A build stops on any problem; the dev server reports problems and keeps going.
 * It also says whether the drafts the check lists are in the site (`npm run dev`, a preview with
 * drafts) or left out of it (a build for publication: see src/site/collections.ts).
 */
export function briefingsIntegrity(): AstroIntegration {
  return {
    name: 'briefings-integrity',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const log = logger.fork('briefings:check');
        const started = Date.now();
        // The same cache and worker threads as `npm run check`: a large archive is checked in seconds.
        const { problems, drafts, fileCount } = await checkContent(fileURLToPath(config.root), new Map(), { cache: true, threads: availableParallelism() });
        recordStage('check', started, { files: fileCount });
        const report = formatReport(problems, fileCount, drafts);
        if (problems.length === 0) {
          log.info(report);
          if (drafts.length > 0) {
            const shown = command === 'dev' || draftPreviewRequested(process.env);
            log.info(shown
              ? `This ${command === 'dev' ? 'preview' : 'preview build'} shows the ${drafts.length} draft(s), each page marked "Draft — not published".`
              : `This build for publication leaves the ${drafts.length} draft(s) out of every page, list, feed, search index and data file.`);
          }
        } else if (command === 'build') {
          throw new AstroError(`The content has problems, so the site was not built:\n\n${report}`);
        } else {
          log.warn(`\n${report}`);
        }
      },
    },
  };
}
