/**
 * `npm start`: builds the archive for a local preview and serves it at http://127.0.0.1:4321/.
 * The build names that address (SITE_URL), so canonical links, citations and feeds resolve where
 * the preview is served, whether or not content/site.yaml gives the public address. Publish with
 * `npm run build`, never this build's dist/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { localPreview } from '../src/lib/site-address.ts';
import { addressToBuildFor, buildEnvironment } from './support/site-address.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const launcher = fileURLToPath(new URL('./astro.mjs', import.meta.url));
// Options after `npm start --` (e.g. `--outDir <folder>`) go to both the build and the preview.
const options = process.argv.slice(2);
const previewEnv = { ...process.env, SITE_URL: `http://${localPreview.host}:${localPreview.port}` };
// The base (SITE_BASE, e.g. to try a mirror's sub-path) is resolved once, for the build and the preview.
const env = buildEnvironment(previewEnv, await addressToBuildFor(root, previewEnv, { publication: false }));

const build = spawnSync(process.execPath, [launcher, 'build', ...options], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);
const preview = spawn(process.execPath, [launcher, 'preview', '--host', localPreview.host, '--port', String(localPreview.port), ...options], { stdio: 'inherit', env });
// Stopping `npm start` stops the preview server with it.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => preview.kill(signal));
preview.on('exit', (code) => process.exit(code ?? 0));
