/**
 * The opening of a text, at most `maxLength` characters: as many whole sentences as fit, else the
 * first sentence cut after a whole word and ended with "…". For a teaser of a summary whose full
 * text is one click away.
 */
export function excerpt(text: string, maxLength: number, lang = 'en'): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  let kept = '';
  for (const { segment } of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(clean)) {
    if ((kept + segment).trimEnd().length > maxLength) break;
    kept += segment;
  }
  if (kept.trim()) return kept.trim();
  let words = '';
  for (const { segment } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(clean)) {
    if ((words + segment).trimEnd().length > maxLength - 1) break;
    words += segment;
  }
  return `${words.trimEnd().replace(/[\s,;:–—-]+$/u, '')}…`;
}
