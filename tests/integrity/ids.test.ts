import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryIdFromPath, idFaults, isCleanId, suggestId } from '../../src/lib/entry-ids.ts';
import { contentFixture, type ContentFixture } from '../helpers/content-fixture.ts';

const TOPIC = 'name: Civil society\ndescription: NGOs and activists.\n';
const RULE = 'the name is the id other files use and the last part of the page\'s address, written in lowercase a–z, digits and hyphens, so rename the file to';
const translation = (language: string) =>
  `---\nbriefing: 2021-11-briefing\nlanguage: ${language}\ntitle: Основные проблемы\nsummary: Краткий брифинг для тестов.\ntranslator: the archive's editors\n---\n`;

let fixture: ContentFixture;
beforeEach(async () => {
  fixture = await contentFixture();
});
afterEach(async () => {
  await fixture.dispose();
});

describe('file names', () => {
  it('refuse underscores and capital letters, naming the file to rename to', async () => {
    await fixture.write('content/topics/Civil_society.yaml', TOPIC);
    expect(await fixture.check()).toEqual([`content/topics/Civil_society.yaml: the file name "Civil_society" has capital letters ("C") and underscores; ${RULE} civil-society.yaml`]);
  });

  it('refuse the invisible character an emoji leaves, and a zero-width space, showing where they are', async () => {
    await fixture.write('content/topics/civil-society\u{FE0F}.yaml', TOPIC);
    await fixture.write('content/topics/free\u200Bspeech.yaml', TOPIC);
    expect(await fixture.check()).toEqual([
      `content/topics/civil-society\u{FE0F}.yaml: the file name "civil-society<U+FE0F>" has an invisible character (U+FE0F, a variation selector, left by an emoji); ${RULE} civil-society.yaml`,
      `content/topics/free\u200Bspeech.yaml: the file name "free<U+200B>speech" has an invisible character (U+200B, a zero-width space); ${RULE} freespeech.yaml`,
    ]);
  });

  it('refuse letters outside a–z, suggesting the name in Latin letters', async () => {
    await fixture.write('content/topics/гражданское-общество.yaml', TOPIC);
    expect(await fixture.check()).toEqual([
      `content/topics/гражданское-общество.yaml: the file name "гражданское-общество" has letters outside a–z ("г", "р", "а", "ж", "д"); ${RULE} grazhdanskoe-obschestvo.yaml`,
    ]);
  });

  it('refuse a file in a folder of a collection that has none, naming where it goes', async () => {
    await fixture.write('content/topics/2021/civil-society.yaml', TOPIC);
    expect(await fixture.check()).toEqual([
      'content/topics/2021/civil-society.yaml: is in a folder (2021/) of content/topics/, where files do not go in folders: the folder would become part of its id and address; move it to content/topics/civil-society.yaml',
    ]);
  });
});

describe('translations', () => {
  it('live in the folder of their language', async () => {
    await fixture.write('content/translations/ru/2021-11-briefing.mdx', translation('ru'));
    expect(await fixture.check()).toEqual([]);
  });

  it('are refused outside a language folder, or in the folder of another language', async () => {
    await fixture.write('content/translations/2021-11-briefing.mdx', translation('ru'));
    await fixture.write('content/translations/ru/2021-11-briefing-kk.mdx', translation('kk'));
    expect(await fixture.check()).toEqual([
      'content/translations/2021-11-briefing.mdx: is not in a folder of its language: a translation lives in content/translations/<language>/, named like the briefing it translates; move it to content/translations/ru/2021-11-briefing.mdx',
      'content/translations/ru/2021-11-briefing-kk.mdx: is in content/translations/ru/ but its language is "kk"; move it to content/translations/kk/2021-11-briefing-kk.mdx (or correct language)',
    ]);
  });
});

describe('ids', () => {
  it('are lowercase a–z, digits and single hyphens, as the loader publishes them', () => {
    for (const id of ['max-bokayev', '2021-11-briefing', 'cc-405', 'a']) {
      expect(isCleanId(id), id).toBe(true);
      expect(entryIdFromPath(`${id}.mdx`)).toBe(id);
    }
    for (const name of ['Max', 'max_bokayev', 'max--bokayev', '-max', 'max.bokayev', 'макс', 'max\u200B', '']) expect(isCleanId(name), name).toBe(false);
  });

  it('are suggested in Latin letters, Kazakh letters included, without what cannot be seen', () => {
    expect(suggestId('Қазақстан_2021')).toBe('kazakstan-2021');
    expect(suggestId('Café  Société!')).toBe('cafe-societe');
    expect(suggestId('\u200B😀')).toBe('');
  });

  it('have each fault named', () => {
    expect(idFaults('max--bokayev-')).toEqual(['a hyphen at its start or end', 'two hyphens in a row']);
    expect(idFaults('max.bokayev😀')).toEqual(['emoji ("😀")', 'punctuation (".")']);
    expect(idFaults('max-bokayev')).toEqual([]);
  });
});
