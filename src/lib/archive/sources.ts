/**
 * Where the archive's inputs come from (Node only): the parser's page records for seeds/ and the
 * zone gazetteer.
 */
import type { PageRecord } from '../types';
import { readSeeds } from '../ingest/seeds.ts';
import { zoneByName } from '../zones/gazetteer.ts';
import type { ZoneResolver } from './zones';

/** Parse every seed page (with the folder's issues.json manifest). */
export async function loadPages(seedsDir: string): Promise<PageRecord[]> {
  return readSeeds(seedsDir);
}

/** Gazetteer look-up by any written form. */
export async function zoneResolver(): Promise<ZoneResolver> {
  return zoneByName;
}
