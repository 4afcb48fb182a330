/**
 * `npm run pdf`: builds the site with its PDF edition: every briefing printed by Chromium's print
 * engine with the site's print stylesheet (cover block, footnotes with their addresses, page
 * numbers) into dist/pdf/<id>.pdf, and each briefing page linking to its PDF and announcing it
 * with citation_pdf_url. Needs Debian's Chromium (or CHROMIUM_PATH).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, serveSite } from './support/browser.ts';
import { pdfFooterTemplate, pdfPath } from '../src/lib/pdf-edition.ts';
import { DRAFTS_VARIABLE } from '../src/lib/drafts.ts';
import { addressToBuildFor, buildEnvironment } from './support/site-address.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outFlag = process.argv.indexOf('--outDir');
const siteDir = path.resolve(outFlag > 0 ? (process.argv[outFlag + 1] ?? 'dist') : path.join(root, 'dist'));
// The address is resolved once: the build is made under its base, and served under it below.
const address = await addressToBuildFor(root, process.env, { publication: true });

console.log('Building the site with its PDF edition...');
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const build = spawnSync(process.execPath, [astro, 'build', '--outDir', siteDir, '--silent'], {
  cwd: root, stdio: 'inherit', env: { ...buildEnvironment(process.env, address), BRIEFINGS_PDF_EDITION: '1', [DRAFTS_VARIABLE]: '0' },
});
if (build.status !== 0) {
  console.error('The build failed; see the messages above. No PDF was made.');
  process.exit(1);
}

const briefings = (await readdir(path.join(siteDir, 'briefings'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
await mkdir(path.join(siteDir, 'pdf'), { recursive: true });
const server = await serveSite(siteDir, address.base);
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  for (const id of briefings) {
    await page.goto(`${server.url}briefings/${id}/`, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    const title = await page.locator('h1').innerText();
    const target = path.join(siteDir, pdfPath(id));
    await page.pdf({
      path: `${target}.partial`,
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: pdfFooterTemplate(title),
      margin: { top: '2cm', bottom: '2.2cm', left: '2cm', right: '2cm' },
      tagged: true,
      outline: true,
    });
    await rename(`${target}.partial`, target);
    console.log(`  ${path.relative(root, target)}`);
  }
  console.log(`Printed ${briefings.length} briefings to ${path.relative(root, path.join(siteDir, 'pdf'))}/.`);
} finally {
  await browser.close();
  await server.close();
}
