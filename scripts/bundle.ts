/**
 * `npm run bundle`: builds the archive as an offline copy (every link relative, search included)
 * and packs it as a zip that works when unpacked and served from any folder. Refuses to
 * overwrite an existing file; `--out <file.zip>` chooses the name. Like `npm run build` it needs
 * the archive's public address (`url:` in content/site.yaml, or SITE_URL): the copy's canonical
 * links and citations name the published archive, wherever the copy is unpacked.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AdmZip from 'adm-zip';
import { today } from '../src/lib/dates.ts';
import { relativizeLinks } from '../src/lib/relative-links.ts';
import { loadSiteConfiguration } from '../src/lib/site-settings-file.ts';
import { DRAFTS_VARIABLE } from '../src/lib/drafts.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outFlag = process.argv.indexOf('--out');
const out = path.resolve(outFlag > 0 ? (process.argv[outFlag + 1] ?? '') : path.join(root, `briefing-archive-${today()}.zip`));

if (existsSync(out)) {
  console.error(`${path.relative(process.cwd(), out)} already exists; move it away or choose another name with --out <file.zip>.`);
  process.exit(1);
}

// The base of the build's links, rewritten relative to each page below.
const { base } = (await loadSiteConfiguration(root, process.env)).address;
const siteDir = await mkdtemp(path.join(tmpdir(), 'briefing-archive-bundle-'));
try {
  console.log('Building the site for offline use...');
  const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
  const build = spawnSync(process.execPath, [astro, 'build', '--outDir', siteDir, '--silent'], {
    cwd: root, stdio: 'inherit', env: { ...process.env, [DRAFTS_VARIABLE]: '0' },
  });
  if (build.status !== 0) throw new Error('The build failed; see the messages above. Nothing was written.');
  const pages = (await readdir(siteDir, { recursive: true })).filter((file) => file.endsWith('.html'));
  for (const page of pages) {
    const file = path.join(siteDir, page);
    await writeFile(file, relativizeLinks(await readFile(file, 'utf8'), page.split(path.sep).join('/'), base));
  }
  const zip = new AdmZip();
  zip.addLocalFolder(siteDir, 'briefing-archive');
  const partial = `${out}.partial`;
  await zip.writeZipPromise(partial);
  await rename(partial, out);
  console.log(`Wrote ${path.relative(process.cwd(), out)} (${pages.length} pages). Unpack it and serve the briefing-archive folder with any web server, e.g. \`python3 -m http.server\` inside it.`);
} finally {
  await rm(siteDir, { recursive: true, force: true });
}
