/**
 * Places under more than one name: Kazakhstan's capital was Astana, Nur-Sultan from March 2019 to
 * September 2022, then Astana again, and documents use the name of their day. Each name here is
 * filed under the place's current name, so that filters and counts treat them as one city.
 */
const placeNames: Record<string, string> = {
  'Nur-Sultan': 'Astana',
  'Нур-Султан': 'Astana',
  'Астана': 'Astana',
  Akmola: 'Astana',
  Tselinograd: 'Astana',
  'Alma-Ata': 'Almaty',
  'Алма-Ата': 'Almaty',
  'Алматы': 'Almaty',
};

/** The current name of a place, whatever name a record gives it: `Nur-Sultan` → `Astana`. */
export function placeKey(name: string): string {
  return placeNames[name.trim()] ?? name.trim();
}

/** A case's place as filters and counts see it: its region, or else its city, under its current name. */
export function casePlace(data: { region?: string | undefined; city?: string | undefined }): string | undefined {
  const name = data.region ?? data.city;
  return name ? placeKey(name) : undefined;
}

/**
 * The places of a list of records, each once, with a label naming every other name the records
 * use for it: `{ key: 'Astana', label: 'Astana (Nur-Sultan)' }`. Sorted by label.
 */
export function placeChoices(names: Iterable<string>): Array<{ key: string; label: string }> {
  const byKey = new Map<string, Set<string>>();
  for (const raw of names) {
    const name = raw.trim();
    if (!name) continue;
    const key = placeKey(name);
    const written = byKey.get(key) ?? new Set<string>();
    if (name !== key) written.add(name);
    byKey.set(key, written);
  }
  return [...byKey]
    .map(([key, others]) => ({ key, label: others.size > 0 ? `${key} (${[...others].sort().join(', ')})` : key }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
