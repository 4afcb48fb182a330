import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isInTheFuture, todayAnywhere } from '../../src/lib/dates.ts';
import { contentFixture, type ContentFixture } from '../helpers/content-fixture.ts';

const BRIEFING = 'content/briefings/2021-11-briefing.mdx';
const CASE = 'content/cases/max-bokayev.mdx';
const SOURCE = 'content/sources/azattyq-31110144.yaml';

let fixture: ContentFixture;
beforeEach(async () => {
  fixture = await contentFixture();
});
afterEach(async () => {
  await fixture.dispose();
});

describe('dates of what has already happened', () => {
  it('refuses a briefing published after today, saying which day today is', async () => {
    expect(await fixture.check({ today: '2021-10-31' })).toContain(
      'content/briefings/2021-11-briefing.mdx:4: published: November 2021 is in the future (today is 31 October 2021); this date says when something already happened, so it cannot be later than today: correct it (a typo in the year?), or keep the file a draft (draft: true) until that date',
    );
  });

  it('counts a month as in the future only when its first day is', async () => {
    expect(await fixture.check({ today: '2021-11-01' })).toEqual([]);
  });

  it('checks corrections, retrieval, a source\'s dates and a case\'s events and statuses', async () => {
    await fixture.edit(BRIEFING, (t) => t.replace('  publisher: Kazakhstan', '  retrieved: 2031-01-05\n  publisher: Kazakhstan').replace('summary:', 'corrections:\n  - date: 2030\n    note: Corrected a date.\nsummary:'));
    await fixture.edit(SOURCE, (t) => `${t}date: 2030-02\naccessed: 2030-02-03\n`);
    await fixture.edit(CASE, (t) => t.replace('    since: 2021-02\n', '    since: 2030-02\n').replace('  - date: 2021-02\n', '  - date: 2030-02\n'));
    const problems = (await fixture.check({ today: '2026-12-07' })).map((p) => p.replace(/ is in the future .*$/u, ''));
    expect(problems.sort()).toEqual([
      'content/briefings/2021-11-briefing.mdx:10: corrections[0].date: 2030',
      'content/briefings/2021-11-briefing.mdx:14: original.retrieved: 5 January 2031',
      'content/cases/max-bokayev.mdx:12: status[1].since: February 2030',
      'content/cases/max-bokayev.mdx:22: timeline[1].date: February 2030',
      'content/sources/azattyq-31110144.yaml:6: date: February 2030',
      'content/sources/azattyq-31110144.yaml:7: accessed: 3 February 2030',
    ]);
  });

  it('checks the dates of a file that has other problems in the same run', async () => {
    await fixture.edit(BRIEFING, (t) => t.replace('published: 2021-11', 'published: 2030-11').replace('kind: briefing-paper', 'kind: paper'));
    const problems = await fixture.check({ today: '2026-12-07' });
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual(expect.stringMatching(/^content\/briefings\/2021-11-briefing\.mdx:4: published: November 2030 is in the future/u));
  });

  it('lets a draft keep a date still to come, and a dialogue round be scheduled ahead', async () => {
    await fixture.edit(SOURCE, (t) => `draft: true\n${t}date: 2030-02\n`);
    await fixture.edit(BRIEFING, (t) => t.replace('[^57]: See (in Russian): https://rus.azattyq.org/a/kazakhstan-sud-nalozhil-noviye-ogranicheniya-na-maksa-bokaeva/31110144.html', '[^57]: A note.'));
    await fixture.edit(CASE, (t) => t.replace('sources: [azattyq-31110144]', 'briefings: [2021-11-briefing]'));
    await fixture.edit('content/dialogues/2021-11.yaml', (t) => t.replace(/^date: .*$/mu, 'date: 2030-11'));
    expect(await fixture.check({ today: '2026-12-07' })).toEqual([]);
  });

  it('uses the real date when none is given', async () => {
    await fixture.edit(BRIEFING, (t) => t.replace('published: 2021-11', 'published: 2100-01'));
    expect(await fixture.check()).toEqual([
      expect.stringMatching(/^content\/briefings\/2021-11-briefing\.mdx:4: published: January 2100 is in the future \(today is \d+ \w+ 20\d\d\)/u),
    ]);
  });
});

describe('today', () => {
  it('is the date where it is latest on Earth, so a date already begun anywhere is not in the future', () => {
    expect(todayAnywhere(new Date('2026-12-07T09:59:59Z'))).toBe('2026-12-07');
    expect(todayAnywhere(new Date('2026-12-07T10:00:00Z'))).toBe('2026-12-08');
  });

  it('puts a partial date in the future only once its first day is after today', () => {
    expect(isInTheFuture('2027-03', '2027-02-28')).toBe(true);
    expect(isInTheFuture('2027-03', '2027-03-01')).toBe(false);
    expect(isInTheFuture('2027', '2026-12-31')).toBe(true);
    expect(isInTheFuture('2026-12-08', '2026-12-07')).toBe(true);
    expect(isInTheFuture('2026-12-07', '2026-12-07')).toBe(false);
    expect(isInTheFuture('TO FILL IN: the date', '2026-12-07')).toBe(false);
  });
});
