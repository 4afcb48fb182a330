/**
 * `npm run preview:drafts`: builds a preview of the site for staff with the drafts in it
 * (BRIEFINGS_DRAFTS=1): every draft's page says "Draft — not published" at the top, and every page
 * asks search engines not to index it. It is built into dist-drafts/ (never dist/, which holds the
 * site for publication) and served at http://127.0.0.1:4321/. `--outDir <folder>` builds elsewhere;
 * `--build-only` builds without serving.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DRAFTS_VARIABLE } from '../src/lib/drafts.ts';
import { localPreview } from '../src/lib/site-address.ts';
import { addressToBuildFor, buildEnvironment } from './support/site-address.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let args: { outDir?: string | undefined; 'build-only': boolean };
try {
  ({ values: args } = parseArgs({ options: { outDir: { type: 'string' }, 'build-only': { type: 'boolean', default: false } } }));
} catch (error) {
  console.error(`${(error as Error).message}. npm run preview:drafts takes --outDir <folder> and --build-only.`);
  process.exit(2);
}
const outDir = path.resolve(args.outDir ?? path.join(root, 'dist-drafts'));
if (outDir === path.join(root, 'dist')) {
  console.error('dist/ holds the site for publication; build the preview with drafts into another folder (the default is dist-drafts/).');
  process.exit(2);
}

// Built for the address it is served at (unless SITE_URL names another), so its links and
// citations resolve there; the build and the preview server take the base resolved here.
const previewEnv = { ...process.env, SITE_URL: process.env.SITE_URL ?? `http://${localPreview.host}:${localPreview.port}`, [DRAFTS_VARIABLE]: '1' };
const env = buildEnvironment(previewEnv, await addressToBuildFor(root, previewEnv, { publication: false }));
console.log(`Building a preview with drafts into ${path.relative(process.cwd(), outDir) || '.'}/ (not for publication)...`);
const build = spawnSync(process.execPath, [path.join(root, 'scripts/astro.mjs'), 'build', '--outDir', outDir], { cwd: root, stdio: 'inherit', env });
if (build.status !== 0) {
  console.error('The preview was not built; see the messages above.');
  process.exit(build.status ?? 1);
}
if (!args['build-only']) {
  const preview = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--outDir', outDir, '--host', '127.0.0.1'], { cwd: root, stdio: 'inherit', env });
  process.exitCode = preview.status ?? 0;
}
