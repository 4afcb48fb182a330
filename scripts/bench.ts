/**
 * `npm run bench`: generates a synthetic archive, checks it, builds it with the archive's code and
 * with its peers (Starlight; Hugo plus the Pagefind CLI), and writes a table of wall times, peak
 * memory of each whole process tree, output and index sizes and search transfer to
 * scripts/bench/results/. A benchmark, never a test: its numbers depend on the machine's load.
 *
 *   npm run bench -- --size 1000|5000|10000 --mix realistic|copies --peers all|none|starlight|hugo
 *                    [--seed 2021] [--keep] [--no-search] [--check-only]
 *   npm run bench -- --report   (only rewrites RESULTS.md from the JSON results)
 */
import { mkdtemp, readdir, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { StageTiming } from '../src/system/stage-timings.ts';
import { cacheFile } from '../src/check/check-cache.ts';
import { editedBriefing, editedSource, generateCorpus, newBriefing, peerDocuments, type CorpusMix } from './bench/corpus.ts';
import { runMeasured, type TreeParts } from './bench/measure.ts';
import { buildHugo, buildStarlight, indexWithPagefindCli, prepareStarlight } from './bench/peers.ts';
import { readCorpus, writeArchiveProject } from './bench/project.ts';
import { formatBytes, formatRun, formatSeconds, formatTargets, slope, type BenchResult, type SystemResult } from './bench/report.ts';
import { measureSearchTransfer, pagefindDefaultUi, starlightSearch } from './bench/search-transfer.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(repoRoot, 'scripts/bench/results');
const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: '1000' },
    mix: { type: 'string', default: 'realistic' },
    peers: { type: 'string', default: 'all' },
    seed: { type: 'string', default: '2021' },
    keep: { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    'check-only': { type: 'boolean', default: false },
    report: { type: 'boolean', default: false },
  },
});
if (args.report) {
  // Only rewrite RESULTS.md from the JSON files, e.g. after editing a run's notes.
  await writeResultsTable();
  process.exit(0);
}
const size = Number(args.size);
const mix = args.mix as CorpusMix;
if (!Number.isInteger(size) || size < 10) throw new Error(`--size must be a whole number of briefings, e.g. 1000; got "${args.size}"`);
if (mix !== 'realistic' && mix !== 'copies') throw new Error(`--mix must be realistic or copies; got "${args.mix}"`);
if (!['all', 'none', 'starlight', 'hugo'].includes(args.peers)) throw new Error(`--peers must be all, none, starlight or hugo; got "${args.peers}"`);
const peers = args.peers;

const started = performance.now();
/** Progress on stderr, with the time since the start. */
const progress = (line: string) => process.stderr.write(`[bench ${formatSeconds(performance.now() - started).padStart(8)}] ${line}\n`);
/** Astro and Pagefind lines worth showing while a build runs. */
const echo = (system: string) => (line: string) => {
  if (/\[(briefings:[a-z]+|content|build|vite)\]|Completed in|Indexed|Finished|error/i.test(line) && !/├─|└─|MODULE_LEVEL_DIRECTIVE/.test(line)) progress(`  ${system}: ${line.replace(/^\d\d:\d\d:\d\d /, '').trim()}`);
};

async function folderSize(dir: string): Promise<{ bytes: number; html: number }> {
  let bytes = 0;
  let html = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    if (entry.name.endsWith('.html')) html++;
  }
  return { bytes, html };
}

/**
 * The highest memory sample in each stage, given stages as consecutive durations from `start`,
 * with the tree's parts at that sample (Astro's process, Pagefind, other processes).
 */
function peaksByStage(samples: Array<[number, number]>, parts: TreeParts[], start: number, stages: Record<string, number>, order: string[]): { peaks: Record<string, number>; parts: Record<string, TreeParts> } {
  const peaks: Record<string, number> = {};
  const partsAtPeak: Record<string, TreeParts> = {};
  let from = start;
  for (const stage of order) {
    const to = from + (stages[stage] ?? 0);
    let highest = -1;
    samples.forEach(([t, rss], i) => {
      if (t >= from && t < to && rss > (peaks[stage] ?? -1)) {
        peaks[stage] = rss;
        highest = i;
      }
    });
    peaks[stage] ??= 0;
    const at = parts[highest];
    if (at) partsAtPeak[stage] = at;
    from = to;
  }
  return { peaks, parts: partsAtPeak };
}

/** Wall time by stage from the integrations' timings file and the build's own start and end. */
function archiveStages(timings: StageTiming[], buildStart: number, buildEnd: number, renderStart: number | undefined): Record<string, number> {
  const at = (stage: string) => timings.find((t) => t.stage === stage);
  const check = at('check');
  const bundleStart = at('build-start');
  const generated = at('pages-generated');
  const index = at('index');
  if (!check || !bundleStart || !generated || !index) throw new Error(`The build did not record every stage (BRIEFINGS_TIMINGS_FILE): got ${timings.map((t) => t.stage).join(', ')}`);
  return {
    'start + check': check.end - buildStart,
    'content sync': bundleStart.start - check.end,
    // Astro prints "generating static routes" when it starts rendering pages.
    ...(renderStart === undefined
      ? { 'bundle + render': generated.start - bundleStart.start }
      : { bundle: renderStart - bundleStart.start, 'render pages + index them': generated.start - renderStart }),
    // Pagefind indexes while pages render (src/integrations/search-indexer.ts); what is left
    // after the last page is the rest of the queue and the last shard.
    'pages written → index': index.start - generated.start,
    'last shard': index.end - index.start,
    exit: buildEnd - index.end,
  };
}

// The generated archive is built for a test address (`.test` is reserved for testing), as the tests build.
const env = { PATH: `${path.join(repoRoot, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'https://archive.test' };
const work = await mkdtemp(path.join(tmpdir(), `briefings-bench-${mix}-${size}-`));
const notes: string[] = [];
const result: BenchResult = {
  date: new Date().toISOString().slice(0, 16).replace('T', ' '),
  mix,
  size,
  cases: 0,
  check: { wallMs: 0, files: 0 },
  systems: [],
  machine: { cores: availableParallelism(), memoryBytes: totalmem(), loadAverage: loadavg(), node: process.version },
  notes,
};
try {
  progress(`generating ${size} briefings (${mix}) in ${work}`);
  const files = generateCorpus(await readCorpus(path.join(repoRoot, 'content')), { size, mix, seed: Number(args.seed) });
  const root = path.join(work, 'archive');
  await writeArchiveProject(repoRoot, root, files);
  result.cases = [...files.keys()].filter((f) => f.startsWith('cases/')).length;
  progress(`wrote ${files.size} files (${formatBytes([...files.values()].reduce((n, t) => n + Buffer.byteLength(t), 0))}); running npm run check`);

  // The check trusts a file's stamp only when the file is older than 2 s at the check before
  // (src/check/check-cache.ts, RACY_MS); wait, so that the warm run below sees files as an author's are.
  await new Promise((resolve) => setTimeout(resolve, 2500));
  const runCheck = async (label: string, extra: string[] = []) => {
    const run = await runMeasured(path.join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/check.ts', '--root', root, ...extra], { cwd: repoRoot, env });
    if (run.code !== 0) throw new Error(`The generated corpus does not pass npm run check:\n${run.output.slice(0, 4000)}`);
    progress(`check (${label}): ${formatSeconds(run.wallMs)}, peak ${formatBytes(run.peakRssBytes)}, no problems`);
    return run;
  };
  // Cold: no cache yet for this content folder (the run parses every file and writes the cache).
  const check = await runCheck('cold, writes the cache');
  const checkedFiles = Number(/Checked (\d+)/.exec(check.output)?.[1] ?? 0);
  result.check = { wallMs: check.wallMs, peakRssBytes: check.peakRssBytes, files: checkedFiles };
  if (args['check-only']) {
    const warm = await runCheck('warm, nothing changed');
    const uncached = await runCheck('--no-cache', ['--no-cache']);
    const loadAverage = result.machine.loadAverage.map((l) => l.toFixed(1)).join(' / ');
    const line = `npm run check on ${size.toLocaleString('en')} briefings (${mix}), ${checkedFiles.toLocaleString('en')} files: cold ${formatSeconds(check.wallMs)} (peak ${formatBytes(check.peakRssBytes)}), warm ${formatSeconds(warm.wallMs)} (peak ${formatBytes(warm.peakRssBytes)}), --no-cache ${formatSeconds(uncached.wallMs)} (peak ${formatBytes(uncached.peakRssBytes)}) (${result.date}, load average ${loadAverage})`;
    await mkdir(resultsDir, { recursive: true });
    await writeFile(path.join(resultsDir, `check-only-${mix}-${size}.txt`), `${line}\n`);
    process.stdout.write(`${line}\n`);
    await rm(cacheFile(root, path.join(root, 'content')), { force: true });
    await rm(work, { recursive: true, force: true });
    process.exit(0);
  }

  // Cold means cold: the check above left its cache of this corpus behind, which the build's own
  // check would use; the project is new, so Astro's and Vite's caches (its own node_modules/.astro
  // and .vite, see writeArchiveProject) are empty.
  await rm(cacheFile(root, path.join(root, 'content')), { force: true });
  // Inside the project, so that the prerender chunks find node_modules.
  const outDir = path.join(root, 'dist');
  /** Builds the project as `npm run build` does and measures it; `system` names the row. */
  const buildArchive = async (system: string): Promise<SystemResult> => {
    const timingsFile = path.join(work, `timings-${result.systems.length}.jsonl`);
    const buildStart = Date.now();
    let renderStart: number | undefined;
    let reused = 0;
    // As `npm run build` runs it (scripts/astro.mjs applies the memory settings first).
    const build = await runMeasured(process.execPath, [path.join(repoRoot, 'scripts/astro.mjs'), 'build', '--root', root, '--outDir', outDir], {
      cwd: root,
      env: { ...env, BRIEFINGS_TIMINGS_FILE: timingsFile },
      onLine: (line) => {
        if (renderStart === undefined && line.includes('generating static routes')) renderStart = Date.now();
        if (line.includes('(restored)')) reused++;
        echo('archive')(line);
      },
    });
    if (build.code !== 0) throw new Error(`The archive build (${system}) failed:\n${build.output.slice(-4000)}`);
    const timings = (await readFile(timingsFile, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as StageTiming);
    const site = await folderSize(outDir);
    const row: SystemResult = {
      system,
      wallMs: build.wallMs,
      peakRssBytes: build.peakRssBytes,
      stages: archiveStages(timings, buildStart, buildStart + build.wallMs, renderStart),
      pages: site.html,
      outputBytes: site.bytes,
      searchIndexBytes: (await folderSize(path.join(outDir, 'pagefind'))).bytes,
    };
    const peaks = peaksByStage(build.samples, build.parts, buildStart, row.stages, Object.keys(row.stages));
    row.stagePeaks = peaks.peaks;
    row.stagePeakParts = peaks.parts;
    for (const [stage, at] of Object.entries(peaks.parts)) progress(`  ${stage}: peak ${formatBytes(peaks.peaks[stage] ?? 0)} (Astro ${formatBytes(at.main)}, Pagefind ${formatBytes(at.pagefind)}, other processes ${formatBytes(at.others)})`);
    const shards = timings.find((t) => t.stage === 'index')?.detail;
    progress(`${system}: ${formatSeconds(row.wallMs)}, ${row.pages} pages (${reused} taken from the last build), search shards kept ${shards?.['reused'] ?? 0} of ${shards?.['shards'] ?? '?'} (${shards?.['reindexedPages'] ?? 0} pages indexed again in ${formatSeconds(shards?.['reindexMs'] ?? 0)}; ${shards?.['restoredFiles'] ?? 0} citation files put back in ${formatSeconds(shards?.['restoreMs'] ?? 0)}), peak ${formatBytes(row.peakRssBytes)}`);
    return row;
  };
  progress('building the archive (cold: no .astro, Vite or check cache)');
  const ours = await buildArchive('briefing archive');
  result.systems.push(ours);

  // Staff publish one briefing at a time: the same project rebuilt, its caches kept, after one
  // sentence of one briefing is edited, then after one new briefing is added, then after the
  // title of one source record is corrected.
  for (const [system, [file, text]] of [
    ['briefing archive, rebuild after one edited briefing', editedBriefing(files)],
    ['briefing archive, rebuild after one new briefing', newBriefing(files)],
    ['briefing archive, rebuild after one edited source record', editedSource(files)],
  ] as const) {
    await writeFile(path.join(root, 'content', file), text);
    files.set(file, text);
    progress(`rebuilding after writing content/${file}`);
    result.systems.push(await buildArchive(system));
  }

  if (!args['no-search']) {
    progress('measuring search transfer in Chromium');
    result.search = await measureSearchTransfer(outDir);
    progress(`search: ${result.search.bytes.map(formatBytes).join(', ')}`);
  }

  const docs = peerDocuments(files);
  if (peers === 'all' || peers === 'starlight') {
    const project = path.join(tmpdir(), 'briefings-bench-starlight');
    await prepareStarlight(project, progress);
    progress(`building ${docs.length} briefings with Starlight`);
    const starlight = await buildStarlight(project, docs, env, echo('starlight'));
    const out = await folderSize(starlight.siteDir);
    result.systems.push({
      system: 'Starlight 0.42 (+ its Pagefind)',
      wallMs: starlight.wallMs,
      peakRssBytes: starlight.peakRssBytes ?? 0,
      stages: { 'build + index': starlight.wallMs },
      pages: out.html,
      outputBytes: out.bytes,
      searchIndexBytes: (await folderSize(path.join(starlight.siteDir, 'pagefind'))).bytes,
    });
    progress(`starlight: ${formatSeconds(starlight.wallMs)}, peak ${formatBytes(starlight.peakRssBytes ?? 0)}`);
    if (!args['no-search']) {
      progress('measuring search transfer in Chromium through Starlight\'s search dialog');
      const search = { system: 'Starlight', ...(await measureSearchTransfer(starlight.siteDir, starlightSearch)) };
      (result.peerSearches ??= []).push(search);
      progress(`starlight search: ${search.bytes.map(formatBytes).join(', ')}`);
    }
  }
  if (peers === 'all' || peers === 'hugo') {
    progress(`building ${docs.length} briefings with Hugo`);
    const hugo = await buildHugo(path.join(work, 'hugo'), docs, echo('hugo'));
    progress(`hugo: ${formatSeconds(hugo.wallMs)}; indexing with the Pagefind CLI`);
    const indexed = await indexWithPagefindCli(repoRoot, hugo.siteDir, echo('pagefind'));
    const out = await folderSize(hugo.siteDir);
    result.systems.push({
      system: 'Hugo 0.111 + Pagefind 1.6 CLI',
      wallMs: hugo.wallMs + indexed.wallMs,
      peakRssBytes: Math.max(hugo.peakRssBytes ?? 0, indexed.peakRssBytes ?? 0),
      stages: { render: hugo.wallMs, 'search index': indexed.wallMs },
      pages: out.html,
      outputBytes: out.bytes,
      searchIndexBytes: (await folderSize(path.join(hugo.siteDir, 'pagefind'))).bytes,
    });
    progress(`pagefind CLI: ${formatSeconds(indexed.wallMs)}, peak ${formatBytes(indexed.peakRssBytes ?? 0)}`);
    if (!args['no-search']) {
      progress('measuring search transfer in Chromium through Pagefind\'s default UI on the Hugo site');
      const search = { system: 'Hugo + Pagefind UI', ...(await measureSearchTransfer(hugo.siteDir, pagefindDefaultUi)) };
      (result.peerSearches ??= []).push(search);
      progress(`hugo search: ${search.bytes.map(formatBytes).join(', ')}`);
    }
  }
  notes.push(
    'Peak RSS is sampled every 100 ms from /proc over the whole process tree (Astro, Vite workers, Pagefind). Other builds ran on the machine at the same time: compare systems within one run, not across runs.',
    'The archive builds about twice as many pages as its peers for the same briefings: case profiles, source records and the directories are pages too.',
  );
} finally {
  // The project's node_modules is the repository's: remove the check's cache of this corpus from it.
  await rm(cacheFile(path.join(work, 'archive'), path.join(work, 'archive', 'content')), { force: true });
  if (args.keep) progress(`kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}

await mkdir(resultsDir, { recursive: true });
// A run with fewer peers does not replace the last run with all of them.
const resultName = peers === 'all' ? `${mix}-${size}` : `${mix}-${size}-peers-${peers}`;
await writeFile(path.join(resultsDir, `${resultName}.json`), `${JSON.stringify(result, null, 2)}\n`);
await writeResultsTable();
process.stdout.write(`\n${formatRun(result)}\nWrote scripts/bench/results/${resultName}.json and RESULTS.md\n`);

/** Writes RESULTS.md from every run's JSON in the results folder. */
async function writeResultsTable(): Promise<void> {
  const runs: BenchResult[] = [];
  for (const name of (await readdir(resultsDir)).filter((n) => n.endsWith('.json')).sort()) {
    runs.push(JSON.parse(await readFile(path.join(resultsDir, name), 'utf8')) as BenchResult);
  }
  runs.sort((a, b) => a.mix.localeCompare(b.mix) || a.size - b.size || b.systems.length - a.systems.length);
  const slopes: string[] = [];
  for (const m of new Set(runs.map((r) => r.mix))) {
    const ofMix = runs.filter((r) => r.mix === m);
    const [small, large] = [ofMix[0], ofMix.at(-1)];
    if (!small || !large || small === large) continue;
    for (const system of large.systems) {
      const before = small.systems.find((s) => s.system === system.system);
      if (!before) continue;
      const s = slope({ size: small.size, ...before }, { size: large.size, ...system });
      slopes.push(`- ${m}, ${system.system}: +${s.secondsPer1000.toFixed(1)} s and ${s.mibPer1000 >= 0 ? '+' : ''}${s.mibPer1000.toFixed(0)} MiB peak per 1,000 briefings (${small.size} → ${large.size}).`);
    }
  }
  const checkOnly: string[] = [];
  for (const name of (await readdir(resultsDir)).filter((n) => n.startsWith('check-only-')).sort()) {
    checkOnly.push(`- ${(await readFile(path.join(resultsDir, name), 'utf8')).trim()}`);
  }
  const markdown = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (see docs/benchmark.md); each section is the latest run of one size and mix.',
    '',
    ...runs.map(formatRun),
    ...(checkOnly.length > 0 ? ['## `npm run check` alone (`--check-only`)', '', ...checkOnly, ''] : []),
    ...(slopes.length > 0 ? ['## Growth from the smallest to the largest run', '', ...slopes, ''] : []),
    '## Targets, run by run',
    '',
    '(Issue 20\'s targets for build time, memory and search against Starlight in the same run, issue 8\'s for `npm run check`; they are set for 1,000 and 10,000 briefings.)',
    '',
    ...runs.filter((r) => r.systems.length > 1).map(formatTargets),
    ...checkOnly.map((line) => {
      const what = line.replace(/: (cold|[\d.]+ s).*$/, '').replace(/^- npm run check on/, '- `npm run check` on');
      // Lines written before the cache have one time; later ones a cold and a warm time.
      const times = [...line.matchAll(/(cold|warm|--no-cache|: )\s*([\d.]+) s/g)].map(([, kind, seconds]) => ({ kind: kind === ': ' ? 'no cache' : kind, seconds: Number(seconds) }));
      return `${what} (target ≤ 10 s at 10,000): ${times.map(({ kind, seconds }) => `${kind} ${seconds.toFixed(1)} s ${seconds <= 10 ? 'met' : 'missed'}`).join('; ')}.`;
    }),
    '',
  ].join('\n');
  await writeFile(path.join(resultsDir, 'RESULTS.md'), markdown);
}
