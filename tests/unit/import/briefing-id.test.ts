import { describe, expect, it } from 'vitest';
import { readTextDraft } from '../../../src/import/text-draft.ts';
import { Refusal } from '../../../src/lib/refusal.ts';
import { plan } from './helpers.ts';

const draft = () => readTextDraft('Ключевые проблемы: Казахстан\n\nText.\n');

/** The id a refusal suggests after `--id`. */
function suggested(message: string): string {
  const match = /e\.g\. --id (\S+?)\.?$/u.exec(message);
  if (!match?.[1]) throw new Error(`no suggestion in: ${message}`);
  return match[1];
}

describe('the id of an imported briefing', () => {
  it.each([
    ['../../x', 'it has a slash, which would make a folder and punctuation (".")', 'x'],
    ['sub/x', 'it has a slash, which would make a folder', 'sub-x'],
    ['Key_Concerns', 'it has capital letters ("K", "C") and underscores', 'key-concerns'],
    ['-2021', 'it has a hyphen at its start or end', '2021'],
    ['../..', 'it has a slash, which would make a folder and punctuation (".")', 'klyuchevye-problemy-kazakhstan'],
  ])('refuses --id %s, saying why, and suggests an id that works when used', async (id, why, suggestion) => {
    const refused = plan(draft(), { id });
    await expect(refused).rejects.toThrow(Refusal);
    const message = await refused.then(() => '', (error: Error) => error.message);
    expect(message).toBe(`--id "${id}" cannot be a file name in content/briefings/: ${why}. Use lower-case letters a-z, digits and single hyphens, e.g. --id ${suggestion}.`);
    const again = await plan(draft(), { id: suggested(message) });
    expect(again.report.briefing).toBe(`content/briefings/${suggestion}.mdx`);
  });

  it('makes the id from the title in Latin letters when --id is not given', async () => {
    expect((await plan(draft())).report.briefing).toBe('content/briefings/klyuchevye-problemy-kazakhstan.mdx');
  });
});
