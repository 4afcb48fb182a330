/**
 * `npm run bundle`: builds the archive as an offline copy (every link relative, search included)
 * and packs it as a zip that works when unpacked and served from any folder (files 0644, folders
 * 0755). Refuses to overwrite an existing file, and leaves no half-written zip when it fails or is
 * stopped; `--out <file.zip>` chooses the name. Like `npm run build` it needs
 * the archive's public address (`url:` in content/site.yaml, or SITE_URL): the copy's canonical
 * links and citations name the published archive, wherever the copy is unpacked.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { constants, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AdmZip from 'adm-zip';
import { today } from '../src/lib/dates.ts';
import { Refusal } from '../src/lib/refusal.ts';
import { relativizeLinks } from '../src/lib/relative-links.ts';
import { DRAFTS_VARIABLE } from '../src/lib/drafts.ts';
import { writeNewFile } from '../src/import/write-new-files.ts';
import { addressToBuildFor, buildEnvironment } from './support/site-address.ts';

/** The folder the copy unpacks to. */
const FOLDER = 'briefing-archive';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outFlag = process.argv.indexOf('--out');
const out = path.resolve(outFlag > 0 ? (process.argv[outFlag + 1] ?? '') : path.join(root, `briefing-archive-${today()}.zip`));
const advice = 'Move it away or choose another name with --out <file.zip>.';

if (existsSync(out)) {
  console.error(`${path.relative(process.cwd(), out)} already exists; move it away or choose another name with --out <file.zip>.`);
  process.exit(1);
}

// The address is resolved once: the build is made under its base, and the links under that base
// are rewritten relative to each page below.
const address = await addressToBuildFor(root, process.env, { publication: true });

// A signal does not end the script where it is: it stops at the next step, removing what it made.
let stopped: NodeJS.Signals | undefined;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => (stopped = signal));
function goOn(): void {
  if (stopped) throw new Refusal(`Stopped (${stopped}); nothing was written.`);
}

/**
 * The built site as a zip under FOLDER/: every folder 0755 and every file 0644, whatever modes the
 * build left on disk (adm-zip's addLocalFolder copies them, so a build under umask 000 would pack
 * world-writable files). Anything that is neither a file nor a folder is refused.
 */
async function pack(siteDir: string): Promise<Buffer> {
  const zip = new AdmZip();
  zip.addFile(`${FOLDER}/`, Buffer.alloc(0), '', 0o755);
  const entries = (await readdir(siteDir, { recursive: true, withFileTypes: true }))
    .map((entry) => ({ entry, name: path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/') }))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const { entry, name } of entries) {
    if (entry.isDirectory()) zip.addFile(`${FOLDER}/${name}/`, Buffer.alloc(0), '', 0o755);
    else if (entry.isFile()) zip.addFile(`${FOLDER}/${name}`, await readFile(path.join(siteDir, name)), '', 0o644);
    else throw new Refusal(`The built site has ${name}, which is a link or another special file, not a file or a folder; the offline copy packs files and folders only. Remove it from public/ and pack again. Nothing was written.`);
  }
  return zip.toBufferPromise();
}

const siteDir = await mkdtemp(path.join(tmpdir(), 'briefing-archive-bundle-'));
try {
  console.log('Building the site for offline use...');
  const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
  const build = spawnSync(process.execPath, [astro, 'build', '--outDir', siteDir, '--silent'], {
    cwd: root, stdio: 'inherit', env: { ...buildEnvironment(process.env, address), [DRAFTS_VARIABLE]: '0' },
  });
  goOn();
  if (build.status !== 0) throw new Refusal('The build failed; see the messages above. Nothing was written.');
  const pages = (await readdir(siteDir, { recursive: true })).filter((file) => file.endsWith('.html'));
  for (const page of pages) {
    const file = path.join(siteDir, page);
    await writeFile(file, relativizeLinks(await readFile(file, 'utf8'), page.split(path.sep).join('/'), address.base));
  }
  goOn();
  const zip = await pack(siteDir);
  goOn();
  // Written under a temporary name and then given its own, never over another file; a write that
  // fails leaves nothing behind. 0644 less the umask, as any new file.
  await writeNewFile(out, zip, { display: path.relative(process.cwd(), out), advice: () => advice, mode: 0o644 });
  console.log(`Wrote ${path.relative(process.cwd(), out)} (${pages.length} pages). Unpack it and serve the ${FOLDER} folder with any web server, e.g. \`python3 -m http.server\` inside it.`);
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(error.message);
  process.exitCode = stopped ? 128 + constants.signals[stopped] : 1;
} finally {
  await rm(siteDir, { recursive: true, force: true });
}
