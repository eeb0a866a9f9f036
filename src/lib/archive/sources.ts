/**
 * Where the archive's inputs come from (Node only): the parser's page records for seeds/ and the
 * zone gazetteer.
 */
import type { PageRecord } from '../types';
import { readSeeds } from '../ingest/seeds.ts';
import type { ZoneResolver } from './zones';

/** Parse every seed page (with the folder's issues.json manifest). */
export async function loadPages(seedsDir: string): Promise<PageRecord[]> {
  return readSeeds(seedsDir);
}

async function tryImport<T>(spec: string, name: string): Promise<T | undefined> {
  try {
    const mod = (await import(/* @vite-ignore */ spec)) as Record<string, unknown>;
    return mod[name] as T | undefined;
  } catch {
    return undefined;
  }
}

/** Gazetteer look-up by any written form. */
export async function zoneResolver(): Promise<ZoneResolver> {
  const zoneByName = await tryImport<ZoneResolver>('../zones/gazetteer.ts', 'zoneByName');
  return zoneByName ?? (() => undefined);
}
