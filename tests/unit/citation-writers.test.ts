import { describe, expect, it } from 'vitest';
import { treeParts } from '../../scripts/bench/measure.ts';
import type { CslItem } from '../../src/lib/citations/csl.ts';
import { citationWriters } from '../../src/site/citations/writers.ts';
import { ChildProcessPool } from '../../src/system/process-pool.ts';

const MiB = 2 ** 20;

/** Records like the benchmark's: a report by two organisations with a date and an address. */
function records(count: number): CslItem[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `record-${i}`,
    type: 'report',
    title: `Kazakhstan: trial of activists number ${i} — monitoring report on Article 405 of the Criminal Code`,
    author: [{ literal: 'International Partnership for Human Rights' }, { literal: `Kazakhstan Bureau ${i % 37}` }],
    publisher: 'International Partnership for Human Rights',
    genre: 'Briefing paper',
    issued: { 'date-parts': [[2000 + (i % 25), 1 + (i % 12)]] },
    URL: `https://example.org/reports/${i}`,
    language: 'en',
  }));
}

describe('child processes of the build', () => {
  it('start with the Node options their pool is given', async () => {
    const worker = new URL('../fixtures/workers/heap-limit.mjs', import.meta.url);
    const limited = new ChildProcessPool<number, number>(worker, { processes: 1, nodeOptions: ['--max-old-space-size=64', '--max-semi-space-size=1'] });
    const plain = new ChildProcessPool<number, number>(worker, { processes: 1 });
    try {
      const [[small], [usual]] = await Promise.all([limited.run([0]), plain.run([0])]);
      // V8's limit: the old space asked for and three semi-spaces.
      expect(small).toBeLessThan(128 * MiB);
      expect(usual).toBeGreaterThan(512 * MiB);
    } finally {
      await Promise.all([limited.close(), plain.close()]);
    }
  });

  it('write 3,000 citations with the citation writers in under 400 MiB, however many batches they take', async () => {
    const pool = new ChildProcessPool<CslItem, unknown>(new URL('../../src/site/citations/format-worker.ts', import.meta.url), citationWriters);
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeParts(process.pid).others)), 50);
    try {
      const all = records(3000);
      const batches: Array<Promise<unknown[]>> = [];
      for (let i = 0; i < all.length; i += 150) batches.push(pool.run(all.slice(i, i + 150)));
      const written = (await Promise.all(batches)).flat();
      expect(written).toHaveLength(3000);
      expect(JSON.stringify(written[2999])).toContain('record-2999');
    } finally {
      clearInterval(sampler);
      await pool.close();
    }
    expect(peak).toBeGreaterThan(50 * MiB);
    expect(peak / MiB).toBeLessThan(400);
  }, 120_000);
});
