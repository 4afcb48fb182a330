import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatBytes, formatRun, formatTargets, ratio, slope, type BenchResult } from '../../../scripts/bench/report.ts';
import { pagefindFileKind, transferSize } from '../../../scripts/bench/search-transfer.ts';

const GiB = 1024 ** 3;

describe('benchmark results', () => {
  it('formats sizes, ratios and the growth per 1,000 briefings', () => {
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MiB');
    expect(formatBytes(3 * GiB)).toBe('3.00 GiB');
    expect(ratio(50, 100)).toBe('0.50×');
    expect(slope({ size: 1000, wallMs: 60_000, peakRssBytes: GiB }, { size: 5000, wallMs: 260_000, peakRssBytes: 2 * GiB })).toEqual({ secondsPer1000: 50, mibPer1000: 256 });
  });

  it('writes one table row per system with its ratio to the archive', () => {
    const system = (name: string, wallMs: number) => ({ system: name, wallMs, peakRssBytes: GiB, stages: { build: wallMs }, pages: 100, outputBytes: 1024, searchIndexBytes: 1024 });
    const result: BenchResult = {
      date: '2026-11-23 12:00', mix: 'realistic', size: 1000, cases: 500, check: { wallMs: 9000, peakRssBytes: GiB, files: 1600 },
      systems: [system('briefing archive', 100_000), system('Starlight', 200_000)],
      machine: { cores: 2, memoryBytes: 24 * GiB, loadAverage: [1, 2, 3], node: 'v24' }, notes: ['noisy'],
    };
    const markdown = formatRun(result);
    expect(markdown).toContain('| briefing archive | 100.0 s | build 100.0 s | 100 | 1.0 | 1.00 GiB | 1.0 KiB | 1.0 KiB | 1× | 1× |');
    expect(markdown).toContain('| Starlight | 200.0 s |');
    expect(markdown).toContain('| 2.00× | 1.00× |');
    expect(markdown).toContain('- noisy');
  });

  it('sorts the files a search fetches by kind and counts text files gzipped', () => {
    expect(pagefindFileKind('/pagefind/fragment/en_1a2b.pf_fragment')).toBe('fragments');
    expect(pagefindFileKind('/mirror/pagefind/index/en_9f.pf_index')).toBe('index');
    expect(pagefindFileKind('/pagefind/filter/en_3c.pf_filter')).toBe('filters');
    expect(pagefindFileKind('/pagefind/pagefind.js')).toBe('code');
    expect(pagefindFileKind('/pagefind/wasm.en.pagefind')).toBe('code');
    expect(pagefindFileKind('/pagefind/pagefind-entry.json')).toBe('metadata');
    expect(pagefindFileKind('/pagefind/shard-3/fragment/en_1a2b.pf_fragment')).toBe('fragments');
    expect(pagefindFileKind('/mirror/pagefind/shard-12/index/en_9f.pf_index')).toBe('index');
    expect(pagefindFileKind('/pagefind/shard-2/pagefind.en_ede83bd13b.pf_meta')).toBe('metadata');
    const js = Buffer.from('const a = 1;\n'.repeat(200));
    expect(transferSize('/pagefind/pagefind.js', js)).toBe(gzipSync(js).length);
    expect(transferSize('/pagefind/fragment/x.pf_fragment', js)).toBe(js.length);
  });
});

describe('issue 20 targets', () => {
  const system = (name: string, wallMs: number, peakRssBytes: number) => ({ system: name, wallMs, peakRssBytes, stages: {}, pages: 1, outputBytes: 1, searchIndexBytes: 1 });
  const KiB = 1024;
  const run = (ours: number[], starlight: number[]): BenchResult => ({
    date: '', mix: 'realistic', size: 10000, cases: 5000, check: { wallMs: 1, files: 1 },
    systems: [system('briefing archive', 100, 2 * GiB), system('Starlight 0.42', 150, 9 * GiB)],
    search: { queries: ['a', 'b', 'c', 'd', 'e', 'f'], bytes: ours.map((k) => k * KiB), byKind: [], requests: [9, 2, 2, 2, 2, 2], results: [3, 3, 3, 3, 3, 3] },
    peerSearches: [{ system: 'Starlight', queries: ['a', 'b', 'c', 'd', 'e', 'f'], bytes: starlight.map((k) => k * KiB), byKind: [], requests: [7, 1, 1, 1, 1, 1], results: [5, 5, 5, 5, 5, 5] }],
    machine: { cores: 2, memoryBytes: GiB, loadAverage: [0, 0, 0], node: '' }, notes: [],
  });

  it('says which targets a run meets and which it misses, against Starlight in the same run', () => {
    expect(formatTargets(run([150, 30, 20, 10, 10, 500], [180, 27, 30, 10, 10, 0]))).toBe(
      "- 10,000 realistic: time 0.67× Starlight's (target ≤ 1× at 10,000): met; peak 2.00 GiB (target ≤ 3 GiB): met; first query 0.83× Starlight's (≤ 1×): met; following queries at most 500.0 KiB over Starlight's (≤ 4 KiB over): missed; session of 5 0.86× Starlight's (≤ 0.75×): missed.",
    );
    expect(formatTargets(run([100, 30, 20, 10, 10, 3], [180, 27, 30, 10, 10, 0]))).toContain("following queries at most 3.0 KiB over Starlight's (≤ 4 KiB over): met; session of 5 0.66× Starlight's (≤ 0.75×): met.");
  });

  it('writes the archive\'s search beside the peers\' with bytes, requests, results and ratios', () => {
    const markdown = formatRun(run([150, 30, 20, 10, 10, 5], [180, 27, 30, 10, 10, 0]));
    expect(markdown).toContain('| query | archive | Starlight | archive ÷ Starlight |');
    expect(markdown).toContain('| first “a” | 150.0 KiB, 9 req., 3 results | 180.0 KiB, 7 req., 5 results | 0.83× |');
    expect(markdown).toContain('| session of the first 5 | 220.0 KiB | 257.0 KiB | 0.86× |');
  });
});
