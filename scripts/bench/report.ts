/** The results of `npm run bench`: their shape, and the Markdown table they are read in. */

/** Wall time and peak memory of one measured command or stage. */
export interface StepResult {
  wallMs: number;
  /** Peak resident memory of the whole process tree; absent for stages inside one process. */
  peakRssBytes?: number;
}

/** One system's build of the corpus. */
export interface SystemResult {
  system: string;
  /** Total wall time from the first command to the search index written. */
  wallMs: number;
  peakRssBytes: number;
  /** Wall time by stage, in order. */
  stages: Record<string, number>;
  /** Peak resident memory of the process tree by stage, where stages are known. */
  stagePeaks?: Record<string, number>;
  /** HTML pages written. */
  pages: number;
  outputBytes: number;
  searchIndexBytes: number;
}

/** Bytes a browser fetched from /pagefind/ for the first query and for each query after it. */
export interface SearchTransfer {
  queries: string[];
  /** Bytes per query, in the order of `queries`; the first includes Pagefind's code and entry files. */
  bytes: number[];
  /** The same bytes by kind of file (code, metadata, index, filters, fragments), per query. */
  byKind: Array<Record<string, number>>;
}

/** A whole run. */
export interface BenchResult {
  date: string;
  mix: string;
  size: number;
  cases: number;
  /** `npm run check` on the corpus: wall time and peak memory. */
  check: StepResult & { files: number };
  systems: SystemResult[];
  search?: SearchTransfer;
  machine: { cores: number; memoryBytes: number; loadAverage: number[]; node: string };
  notes: string[];
}

const MiB = 1024 * 1024;

/** `1234567` → `1.2 MiB`; `2 GiB` from 1024 MiB up. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * MiB) return `${(bytes / 1024 / MiB).toFixed(2)} GiB`;
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1)} MiB`;
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** `83456` → `83.5 s`. */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** How many times `value` is `reference` (`0.45×`), for "ours / peer" ratios. */
export function ratio(value: number, reference: number): string {
  return reference > 0 ? `${(value / reference).toFixed(2)}×` : 'n/a';
}

/** The slope between two runs of one system: added seconds and MiB per 1,000 briefings. */
export function slope(small: { size: number; wallMs: number; peakRssBytes: number }, large: { size: number; wallMs: number; peakRssBytes: number }): { secondsPer1000: number; mibPer1000: number } {
  const thousands = (large.size - small.size) / 1000;
  return {
    secondsPer1000: (large.wallMs - small.wallMs) / 1000 / thousands,
    mibPer1000: (large.peakRssBytes - small.peakRssBytes) / MiB / thousands,
  };
}

/** One run as a Markdown section: a table of the systems, ratios to ours, search transfer, notes. */
export function formatRun(result: BenchResult): string {
  const ours = result.systems[0];
  const lines = [
    `### ${result.size.toLocaleString('en')} briefings (${result.mix}), ${result.cases.toLocaleString('en')} cases — ${result.date}`,
    '',
    `Machine: ${result.machine.cores} cores, ${formatBytes(result.machine.memoryBytes)}, load average at start ${result.machine.loadAverage.map((l) => l.toFixed(1)).join(' / ')}, Node ${result.machine.node}.`,
    '',
    `\`npm run check\`: ${formatSeconds(result.check.wallMs)} for ${result.check.files.toLocaleString('en')} files, peak ${formatBytes(result.check.peakRssBytes ?? 0)}.`,
    '',
    '| system | wall | stages | pages | pages/s | peak RSS (tree) | output | search index | time vs ours | memory vs ours |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...result.systems.map((s) =>
      [
        s.system,
        formatSeconds(s.wallMs),
        Object.entries(s.stages).map(([stage, ms]) => `${stage} ${formatSeconds(ms)}${s.stagePeaks?.[stage] ? ` (${formatBytes(s.stagePeaks[stage])})` : ''}`).join(', '),
        s.pages.toLocaleString('en'),
        (s.pages / (s.wallMs / 1000)).toFixed(1),
        formatBytes(s.peakRssBytes),
        formatBytes(s.outputBytes),
        formatBytes(s.searchIndexBytes),
        ours && s !== ours ? ratio(s.wallMs, ours.wallMs) : '1×',
        ours && s !== ours ? ratio(s.peakRssBytes, ours.peakRssBytes) : '1×',
      ].join(' | ').replace(/^/, '| ').replace(/$/, ' |'),
    ),
  ];
  if (result.search) {
    const search = result.search;
    lines.push(
      '',
      'Search transfer (bytes under /pagefind/, gzipped as a server would send them; fragments are the 20 results\' excerpts and titles):',
      '',
      '| query | total | code | metadata | filters | index | fragments |',
      '|---|---|---|---|---|---|---|',
      ...search.queries.map((q, i) => {
        const kinds = search.byKind[i] ?? {};
        const cell = (kind: string) => formatBytes(kinds[kind] ?? 0);
        return `| ${i === 0 ? 'first' : 'then'} “${q}” | ${formatBytes(search.bytes[i] ?? 0)} | ${cell('code')} | ${cell('metadata')} | ${cell('filters')} | ${cell('index')} | ${cell('fragments')} |`;
      }),
    );
  }
  if (result.notes.length > 0) lines.push('', ...result.notes.map((note) => `- ${note}`));
  return `${lines.join('\n')}\n`;
}

const TARGETS = { rebuildVsCold: 0.3, timeVsStarlight: 0.5, peakBytes: 3 * 1024 ** 3, firstQueryBytes: 120 * 1024, followingQueryBytes: 10 * 1024 };

/** Issue 8's targets for one run, each as met or missed with the measured value. */
export function formatTargets(result: BenchResult): string {
  const ours = result.systems[0];
  if (!ours) return '';
  const verdict = (met: boolean) => (met ? 'met' : 'missed');
  const parts: string[] = [];
  const starlight = result.systems.find((s) => s.system.startsWith('Starlight'));
  if (starlight) parts.push(`time ${ratio(ours.wallMs, starlight.wallMs)} Starlight's (target ≤ ${TARGETS.timeVsStarlight}×): ${verdict(ours.wallMs <= TARGETS.timeVsStarlight * starlight.wallMs)}`);
  parts.push(`peak ${formatBytes(ours.peakRssBytes)} (target ≤ 3 GiB): ${verdict(ours.peakRssBytes <= TARGETS.peakBytes)}`);
  for (const rebuild of result.systems.filter((s) => s.system.startsWith(`${ours.system}, rebuild`))) {
    parts.push(`${rebuild.system.slice(ours.system.length + 2)} ${ratio(rebuild.wallMs, ours.wallMs)} the cold build (target ≤ ${TARGETS.rebuildVsCold}×): ${verdict(rebuild.wallMs <= TARGETS.rebuildVsCold * ours.wallMs)}`);
  }
  if (result.search) {
    const [first = 0, ...following] = result.search.bytes;
    const worst = Math.max(0, ...following);
    parts.push(`first query ${formatBytes(first)} (≤ 120 KiB): ${verdict(first <= TARGETS.firstQueryBytes)}`);
    parts.push(`following queries up to ${formatBytes(worst)} (≤ 10 KiB each): ${verdict(worst <= TARGETS.followingQueryBytes)}`);
  }
  return `- ${result.size.toLocaleString('en')} ${result.mix}: ${parts.join('; ')}.`;
}
