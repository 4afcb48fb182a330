import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { readContent, type ContentFile } from '../../src/check/content-files.ts';
import { collectFootnotes } from '../../src/lib/footnotes.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { footnoteSources, sourceIdsByUrl } from '../../src/site/relations/footnote-sources.ts';
import { repoRoot } from '../helpers/content-fixture.ts';

let files: ContentFile[];
const inCollection = (collection: string) => files.filter((f) => f.collection === collection);
const data = (file: ContentFile) => file.data as Record<string, unknown>;

beforeAll(async () => {
  ({ files } = await readContent(path.join(repoRoot, 'content'), repoRoot));
});

describe('the bundled corpus', () => {
  it('passes npm run check with no problems', async () => {
    const { problems } = await checkContent(repoRoot);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('holds all five seed documents as six briefings, each attributed to its publisher', () => {
    const briefings = inCollection('briefings');
    expect(briefings.map((f) => f.id).sort()).toEqual([
      '2013-11-eu-should-focus-on-free-speech-crackdown',
      '2015-11-eu-kazakhstan-talk-rights-social-media',
      '2017-08-monitoring-update-expo-2017',
      '2017-us-country-report-freedom-of-expression',
      '2021-11-key-concerns-and-recommendations',
      'euractiv-interview-nazgul-yergalieva',
    ]);
    for (const briefing of briefings) {
      expect((data(briefing).original as { publisher?: string }).publisher, briefing.id).toBeTruthy();
    }
  });

  it('keeps the web junk of the seeds out of the published text', async () => {
    for (const briefing of inCollection('briefings')) {
      const [, , ...body] = (await readFile(path.join(repoRoot, briefing.path), 'utf8')).split(/^---$/m);
      const text = body.join('---');
      for (const junk of ['We are searching data for your request', 'Watch the video', 'You allow the mistake', 't.co/', 'pic.twitter.com', 'Leave a Reply']) {
        expect(text.includes(junk), `${briefing.id} contains "${junk}"`).toBe(false);
      }
    }
  });

  it('gives the 2021 paper all 59 footnotes, every one that points at a document tied to a source record', async () => {
    const paper = files.find((f) => f.id === '2021-11-key-concerns-and-recommendations');
    const source = await readFile(path.join(repoRoot, paper?.path ?? ''), 'utf8');
    const { notes } = collectFootnotes(paper?.tree ?? { type: 'root', children: [] });
    expect(notes.map((n) => n.label)).toEqual(Array.from({ length: 59 }, (_, i) => String(i + 1)));
    const urls = sourceIdsByUrl(inCollection('sources').map((f) => ({ id: f.id, data: data(f) as { url?: string } })));
    const bySource = footnoteSources(source, urls);
    const explanatory = [...bySource].filter(([, ids]) => ids.length === 0).map(([label]) => label);
    // Notes 3 (what kettling is) and 59 (the land reform protests) explain; they cite no document.
    expect(explanatory).toEqual(['3', '59']);
    expect(bySource.get('9')).toEqual(['azattyq-31115496', 'bureau-kz-priznat-i-otrechsya']);
    expect(bySource.get('20')).toEqual(['bureau-kz-on-vyshel-chtoby-vernutsya']);
  });

  it('has at least 30 case profiles, each linked from a briefing that discusses it', () => {
    const cases = inCollection('cases');
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const discussed = new Set(inCollection('briefings').flatMap((b) => data(b).cases as string[]));
    expect(cases.filter((c) => !discussed.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  it('dates the dialogue rounds from 2011 to 2021 that the seeds mention', () => {
    const dates = inCollection('dialogues').map((f) => String(data(f).date)).sort();
    expect(dates).toEqual(expect.arrayContaining(['2011-11', '2013-11-27', '2014-11-12', '2015-11-26', '2021-11']));
  });

  it('describes every law article the corpus cites, and links cases to them', () => {
    const laws = inCollection('laws').map((f) => f.id);
    expect(laws).toEqual(expect.arrayContaining(['cc-131', 'cc-174', 'cc-274', 'cc-373', 'cc-378', 'cc-400', 'cc-405', 'cc-423', 'ac-73']));
    const charged = (law: string) => inCollection('cases').filter((c) => (data(c).charges as Array<{ law: string }> | undefined ?? []).some((ch) => ch.law === law));
    expect(charged('cc-405').length).toBeGreaterThanOrEqual(4);
    for (const law of ['cc-174', 'cc-274', 'cc-378', 'cc-400', 'cc-423', 'ac-73']) {
      expect(charged(law).length, law).toBeGreaterThan(0);
    }
  });
});
