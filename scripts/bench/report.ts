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
  /** At each stage's peak: the resident bytes of Astro's process, of Pagefind and of the other processes (scripts/bench/measure.ts). */
  stagePeakParts?: Record<string, { main: number; pagefind: number; others: number }>;
  /** HTML pages written. */
  pages: number;
  outputBytes: number;
  searchIndexBytes: number;
}

/** Bytes a browser fetched from /pagefind/ for the first query and for each query after it, through a site's own search page. */
export interface SearchTransfer {
  /** The system searched, for the peers' searches (the archive's own search has none). */
  system?: string;
  queries: string[];
  /** Bytes per query, in the order of `queries`; the first includes Pagefind's code and entry files. */
  bytes: number[];
  /** The same bytes by kind of file (code, metadata, index, filters, fragments), per query. */
  byKind: Array<Record<string, number>>;
  /** Requests under /pagefind/ per query (absent in runs before issue 20). */
  requests?: number[];
  /** Results the search page announced per query (absent in runs before issue 20). */
  results?: number[];
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
  /** The same queries through the peers' own search pages: Starlight's dialog, Pagefind's default UI on Hugo. */
  peerSearches?: SearchTransfer[];
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
      'Search transfer (bytes under /pagefind/, gzipped as a server would send them; fragments are the excerpts and titles of the results shown):',
      '',
      '| query | total | code | metadata | filters | index | fragments |',
      '|---|---|---|---|---|---|---|',
      ...search.queries.map((q, i) => {
        const kinds = search.byKind[i] ?? {};
        const cell = (kind: string) => formatBytes(kinds[kind] ?? 0);
        return `| ${i === 0 ? 'first' : 'then'} “${q}” | ${formatBytes(search.bytes[i] ?? 0)} | ${cell('code')} | ${cell('metadata')} | ${cell('filters')} | ${cell('index')} | ${cell('fragments')} |`;
      }),
    );
    if (result.peerSearches && result.peerSearches.length > 0) lines.push('', ...formatSideBySide(search, result.peerSearches));
  }
  if (result.notes.length > 0) lines.push('', ...result.notes.map((note) => `- ${note}`));
  return `${lines.join('\n')}\n`;
}

/** The queries of a session: the first and the four after it. */
export const SESSION_QUERIES = 5;

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** One search's cell: bytes, requests and the results the page announced. */
function searchCell(search: SearchTransfer, i: number): string {
  const requests = search.requests?.[i];
  const results = search.results?.[i];
  return `${formatBytes(search.bytes[i] ?? 0)}${requests === undefined ? '' : `, ${requests} req.`}${results === undefined ? '' : `, ${results} results`}`;
}

/**
 * The archive's search beside the peers' for the same queries, each through its own search page:
 * bytes, requests and results per query, a session of five, and the archive's ratio to each peer.
 */
export function formatSideBySide(ours: SearchTransfer, peers: readonly SearchTransfer[]): string[] {
  const session = (search: SearchTransfer) => sum(search.bytes.slice(0, SESSION_QUERIES));
  return [
    'The same queries through each site\'s own search page (bytes under /pagefind/ as served, requests, results announced):',
    '',
    `| query | archive | ${peers.map((p) => p.system ?? 'peer').join(' | ')} | ${peers.map((p) => `archive ÷ ${p.system ?? 'peer'}`).join(' | ')} |`,
    `|---|---|${peers.map(() => '---|').join('')}${peers.map(() => '---|').join('')}`,
    ...ours.queries.map((q, i) => `| ${i === 0 ? 'first' : 'then'} “${q}” | ${searchCell(ours, i)} | ${peers.map((p) => searchCell(p, i)).join(' | ')} | ${peers.map((p) => ratio(ours.bytes[i] ?? 0, p.bytes[i] ?? 0)).join(' | ')} |`),
    `| session of the first ${SESSION_QUERIES} | ${formatBytes(session(ours))} | ${peers.map((p) => formatBytes(session(p))).join(' | ')} | ${peers.map((p) => ratio(session(ours), session(p))).join(' | ')} |`,
  ];
}

/** Issue 20's targets: build time and search transfer against Starlight in the same run, memory absolute. */
const TARGETS = { timeVsStarlight: 1, peakBytes: 3 * 1024 ** 3, rebuildVsCold: 0.3, firstQueryVsStarlight: 1, followingQuerySlackBytes: 4 * 1024, sessionVsStarlight: 0.75 };

/** Issue 20's targets for one run, each as met or missed with the measured value. */
export function formatTargets(result: BenchResult): string {
  const ours = result.systems[0];
  if (!ours) return '';
  const verdict = (met: boolean) => (met ? 'met' : 'missed');
  const parts: string[] = [];
  const starlight = result.systems.find((s) => s.system.startsWith('Starlight'));
  if (starlight) parts.push(`time ${ratio(ours.wallMs, starlight.wallMs)} Starlight's (target ≤ ${TARGETS.timeVsStarlight}× at 10,000): ${verdict(ours.wallMs <= TARGETS.timeVsStarlight * starlight.wallMs)}`);
  parts.push(`peak ${formatBytes(ours.peakRssBytes)} (target ≤ 3 GiB): ${verdict(ours.peakRssBytes <= TARGETS.peakBytes)}`);
  for (const rebuild of result.systems.filter((s) => s.system.startsWith(`${ours.system}, rebuild`))) {
    parts.push(`${rebuild.system.slice(ours.system.length + 2)} ${ratio(rebuild.wallMs, ours.wallMs)} the cold build (target ≤ ${TARGETS.rebuildVsCold}× at 1,000): ${verdict(rebuild.wallMs <= TARGETS.rebuildVsCold * ours.wallMs)}`);
  }
  const theirs = result.peerSearches?.find((s) => s.system?.startsWith('Starlight'));
  if (result.search && theirs) {
    const [first = 0, ...following] = result.search.bytes;
    const [theirFirst = 0, ...theirFollowing] = theirs.bytes;
    const over = following.map((bytes, i) => bytes - (theirFollowing[i] ?? 0));
    const worst = Math.max(0, ...over);
    const session = sum(result.search.bytes.slice(0, SESSION_QUERIES));
    const theirSession = sum(theirs.bytes.slice(0, SESSION_QUERIES));
    parts.push(`first query ${ratio(first, theirFirst)} Starlight's (≤ ${TARGETS.firstQueryVsStarlight}×): ${verdict(first <= TARGETS.firstQueryVsStarlight * theirFirst)}`);
    parts.push(`following queries at most ${formatBytes(worst)} over Starlight's (≤ 4 KiB over): ${verdict(worst <= TARGETS.followingQuerySlackBytes)}`);
    parts.push(`session of ${SESSION_QUERIES} ${ratio(session, theirSession)} Starlight's (≤ ${TARGETS.sessionVsStarlight}×): ${verdict(session <= TARGETS.sessionVsStarlight * theirSession)}`);
  }
  return `- ${result.size.toLocaleString('en')} ${result.mix}: ${parts.join('; ')}.`;
}
