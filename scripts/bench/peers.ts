/**
 * The peers `npm run bench` compares with, building the same briefings: Starlight (in a project
 * folder of its own, never this repository's package.json) and Hugo followed by the Pagefind CLI.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify as stringifyYaml } from 'yaml';
import type { PeerDocument } from './corpus.ts';
import { runMeasured } from './measure.ts';
import type { StepResult } from './report.ts';

/** The Starlight release the issue measured, on the Astro release this archive uses. */
export const STARLIGHT_VERSION = '0.42.4';

function frontmatter(doc: PeerDocument): string {
  return `---\n${stringifyYaml({ title: doc.title, description: doc.description }, { lineWidth: 0 }).trimEnd()}\n---\n\n`;
}

async function writeDocuments(dir: string, docs: PeerDocument[], extension: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < docs.length; i += 64) {
    await Promise.all(docs.slice(i, i + 64).map((doc) => writeFile(path.join(dir, `${doc.id}${extension}`), frontmatter(doc) + doc.body)));
  }
}

/**
 * Makes (once) a Starlight project in `projectDir` with its own package.json and node_modules,
 * installed with npm from the registry. Later runs reuse the installation.
 */
export async function prepareStarlight(projectDir: string, progress: (line: string) => void): Promise<void> {
  await mkdir(projectDir, { recursive: true });
  const manifest = { name: 'briefings-bench-starlight', private: true, type: 'module', dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro: '7.3.5' } };
  await writeFile(path.join(projectDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  if (existsSync(path.join(projectDir, 'node_modules/@astrojs/starlight/package.json'))) return;
  progress(`installing Starlight ${STARLIGHT_VERSION} in ${projectDir} (once)`);
  const installed = await runMeasured('npm', ['install', '--no-audit', '--no-fund'], { cwd: projectDir });
  if (installed.code !== 0) throw new Error(`npm install of Starlight failed:\n${installed.output.slice(-2000)}`);
}

/**
 * Builds the documents with Starlight's defaults (its Pagefind search included), except for the
 * sidebar: one link instead of every page, so that 10,000 pages do not each list 10,000 links.
 */
export async function buildStarlight(projectDir: string, docs: PeerDocument[], env: NodeJS.ProcessEnv, onLine: (line: string) => void): Promise<StepResult & { siteDir: string }> {
  await writeDocuments(path.join(projectDir, 'src/content/docs/briefings'), docs, '.mdx');
  await writeFile(path.join(projectDir, 'src/content/docs/index.md'), '---\ntitle: Briefings\n---\n\nThe archive.\n');
  await writeFile(
    path.join(projectDir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  await writeFile(
    path.join(projectDir, 'astro.config.mjs'),
    "import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\n\nexport default defineConfig({ integrations: [starlight({ title: 'Briefings', sidebar: [{ label: 'Home', link: '/' }] })] });\n",
  );
  const siteDir = path.join(projectDir, 'dist');
  await rm(siteDir, { recursive: true, force: true });
  await rm(path.join(projectDir, '.astro'), { recursive: true, force: true });
  await rm(path.join(projectDir, 'node_modules/.astro'), { recursive: true, force: true });
  const run = await runMeasured(path.join(projectDir, 'node_modules/.bin/astro'), ['build'], { cwd: projectDir, env, onLine });
  if (run.code !== 0) throw new Error(`Starlight build failed:\n${run.output.slice(-3000)}`);
  return { wallMs: run.wallMs, peakRssBytes: run.peakRssBytes, siteDir };
}

const HUGO_LAYOUT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title><meta name="description" content="{{ .Description }}"></head>
<body><main data-pagefind-body><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>
`;

/** The search page of the Hugo site: Pagefind's default UI, set up as Pagefind's documentation shows it (https://pagefind.app/docs/ui-usage/). */
const HUGO_SEARCH_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Search</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head>
<body><main><h1>Search</h1><div id="search"></div></main>
<script>window.addEventListener('DOMContentLoaded', () => { new PagefindUI({ element: '#search', showSubResults: true }); });</script></body></html>
`;

/** Renders the documents with Debian's Hugo into `dir/public`, with a one-file layout, footnotes as GFM, and a search page (`/search/`). */
export async function buildHugo(dir: string, docs: PeerDocument[], onLine: (line: string) => void): Promise<StepResult & { siteDir: string }> {
  await rm(dir, { recursive: true, force: true });
  await writeDocuments(path.join(dir, 'content/briefings'), docs, '.md');
  await mkdir(path.join(dir, 'layouts/_default'), { recursive: true });
  await writeFile(path.join(dir, 'layouts/_default/single.html'), HUGO_LAYOUT);
  await writeFile(path.join(dir, 'layouts/_default/list.html'), '<!doctype html><html lang="en"><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1></body></html>\n');
  await mkdir(path.join(dir, 'static/search'), { recursive: true });
  await writeFile(path.join(dir, 'static/search/index.html'), HUGO_SEARCH_PAGE);
  await writeFile(path.join(dir, 'config.toml'), 'baseURL = "https://archive.test/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n');
  const run = await runMeasured('hugo', ['--quiet', '--destination', 'public'], { cwd: dir, onLine });
  if (run.code !== 0) throw new Error(`Hugo failed (install it with apt-get install hugo):\n${run.output.slice(-3000)}`);
  return { wallMs: run.wallMs, peakRssBytes: run.peakRssBytes, siteDir: path.join(dir, 'public') };
}

/** Indexes a built site with the Pagefind CLI that the archive's own pagefind package ships. */
export async function indexWithPagefindCli(repoRoot: string, siteDir: string, onLine: (line: string) => void): Promise<StepResult> {
  const run = await runMeasured(path.join(repoRoot, 'node_modules/.bin/pagefind'), ['--site', siteDir], { cwd: repoRoot, onLine });
  if (run.code !== 0) throw new Error(`Pagefind CLI failed:\n${run.output.slice(-3000)}`);
  return { wallMs: run.wallMs, peakRssBytes: run.peakRssBytes };
}
