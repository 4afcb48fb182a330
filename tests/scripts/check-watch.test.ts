import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFixture, repoRoot, type ContentFixture } from '../helpers/content-fixture.ts';

let fixture: ContentFixture | undefined;
afterEach(async () => {
  await fixture?.dispose();
  fixture = undefined;
});

describe('npm run check -- --watch', () => {
  it('checks once, then again when a file is saved, until it is stopped', async () => {
    fixture = await contentFixture();
    const child = spawn(process.execPath, [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), path.join(repoRoot, 'scripts/check.ts'), '--watch', '--root', fixture.root], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    const waitFor = (pattern: RegExp) => new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (pattern.test(output)) { clearInterval(timer); clearTimeout(limit); resolve(); }
      }, 50);
      const limit = setTimeout(() => { clearInterval(timer); reject(new Error(`timed out waiting for ${pattern}; output so far:\n${output}`)); }, 20_000);
    });
    try {
      await waitFor(/Watching content\/ for changes/u);
      expect(output).toMatch(/^Checked 10 content files: no problems\.$/mu);
      await fixture.edit('content/cases/max-bokayev.mdx', (t) => t.replace('law: cc-174', 'law: cc-4055'));
      await waitFor(/1 problem in 1 of 10 content files/u);
      expect(output).toMatch(/--- .* checking again ---/u);
      expect(output).toContain('content/cases/max-bokayev.mdx:14: charges[0].law: "cc-4055" does not exist in content/laws/; known: cc-174, cc-274');
    } finally {
      child.kill();
    }
    await new Promise((resolve) => child.once('exit', resolve));
  }, 30_000);
});
