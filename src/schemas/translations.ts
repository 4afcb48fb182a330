import { z } from 'astro/zod';
import { draft, pastDate, siteLanguage, text, webAddress, type ReferenceFactory } from './fields.ts';

/**
 * The frontmatter of a translation of a briefing: one `.mdx` file per briefing and language in
 * content/translations/ (`content/translations/<language>/<briefing file name>.mdx`).
 * The body is the translated text; leave it empty when only the title and summary are translated.
 */
export const translationSchema = (reference: ReferenceFactory) =>
  z.object({
    draft,
    briefing: reference('briefings').describe('The briefing this translates (a file name in content/briefings/).'),
    language: siteLanguage.describe('Language of the translation: ru, kk or en. It must differ from the briefing\'s own language, and the file lives in the folder of that language (content/translations/ru/).'),
    title: text.describe('The title in this language.'),
    subtitle: text.optional().describe('The subtitle in this language, if the briefing has one.'),
    summary: text.describe('The summary in this language: two to four sentences, shown in lists and search results.'),
    translator: text.describe('Who translated it, written in the translation\'s language: the organisation or person, e.g. "КМБПЧ" or "редакция архива".'),
    translated: pastDate.optional().describe('When the translation was made or published (YYYY-MM-DD).'),
    url: webAddress.optional().describe('Where the authors published this translation, if they did.'),
    note: text.optional().describe('Anything readers should know about the translation, in its language, e.g. who reviewed it.'),
  }).strict();

/** A translation's frontmatter as the schema outputs it. */
export type Translation = z.output<ReturnType<typeof translationSchema>>;
