/**
 * The national high-tech zones, loaded from the generated gazetteer.json
 * (regenerate with `npm exec -- tsx scripts/build-gazetteer.ts`).
 */
import data from './gazetteer.json' with { type: 'json' };
import { nameKey } from './normalize.ts';
import type { Zone } from './types.ts';

export type { Zone } from './types.ts';

export const zones: readonly Zone[] = data as Zone[];

const bySlug = new Map<string, Zone>(zones.map((z) => [z.slug, z]));

/** Every automatically matchable form (official, short, aliases), by lookup key. */
const byName = new Map<string, Zone>();
for (const zone of zones) {
  for (const form of [zone.name, zone.short, ...zone.aliases]) byName.set(nameKey(form), zone);
}

export function zoneBySlug(slug: string): Zone | undefined {
  return bySlug.get(slug);
}

/**
 * The zone a name denotes: official, short or alias form; brackets of either width and
 * spaces do not matter. Weak (context-dependent) forms resolve to nothing.
 */
export function zoneByName(anyForm: string): Zone | undefined {
  return byName.get(nameKey(anyForm));
}
