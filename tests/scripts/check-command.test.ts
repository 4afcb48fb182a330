import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentFixture, type ContentFixture } from '../helpers/content-fixture.ts';
import { runScript } from '../helpers/run.ts';

let fixture: ContentFixture;
beforeEach(async () => {
  fixture = await contentFixture();
});
afterEach(async () => {
  await fixture.dispose();
});

describe('npm run check', () => {
  it('exits 0 and says so when the content is valid', () => {
    const result = runScript('scripts/check.ts', ['--root', fixture.root]);
    expect(result.stdout).toMatch(/^Checked 10 content files: no problems\.$/m);
    expect(result.status).toBe(0);
  });

  it('reports every problem of every file in one run and exits 1', async () => {
    await fixture.edit('content/cases/max-bokayev.mdx', (t) => t.replace('law: cc-174', 'law: cc-4055').replace('  - date: 2021-02\n', '  - date: 2021-02-30\n'));
    await fixture.edit('content/briefings/2021-11-briefing.mdx', (t) => t.replace('See (in Russian): https://bureau.kz/', 'See (in Russian): http://ttps://bureau.kz/'));
    const result = runScript('scripts/check.ts', ['--root', fixture.root]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'content/briefings/2021-11-briefing.mdx:27: "http://ttps://bureau.kz/novosti/sobstvennaya_informaciya/on_vyshel_chtoby_vernutsya/" has a second scheme inside it (a copy-and-paste typo); keep one, e.g. https://bureau.kz/novosti/sobstvennaya_informaciya/on_vyshel_chtoby_vernutsya/',
      'content/cases/max-bokayev.mdx:14: charges[0].law: "cc-4055" does not exist in content/laws/; known: cc-174, cc-274',
      'content/cases/max-bokayev.mdx:22: timeline[1].date: "2021-02-30" is not a real date: February 2021 has 28 days',
      '',
      '3 problems in 2 of 10 content files. Fix them and run `npm run check` again.',
    ]);
  });
});
