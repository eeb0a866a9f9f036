/**
 * Where the archive's inputs come from (Node only): the parser's page records for seeds/, the zone
 * gazetteer, and the raw text of a seed for the source view.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageRecord } from '../types';
import type { ZoneResolver } from './zones';

type ReadSeeds = (dir: string) => PageRecord[] | Promise<PageRecord[]>;
type ParsePage = (input: Uint8Array | string, options: { file: string }) => PageRecord;

async function tryImport<T>(spec: string, name: string): Promise<T | undefined> {
  try {
    const mod = (await import(/* @vite-ignore */ spec)) as Record<string, unknown>;
    return mod[name] as T | undefined;
  } catch {
    return undefined;
  }
}

/** Parse every seed page (through the ingest's readSeeds when present, else parsePage per file). */
export async function loadPages(seedsDir: string): Promise<PageRecord[]> {
  for (const spec of ['../ingest/seeds.ts', '../ingest/index.ts', '../ingest/page.ts']) {
    const readSeeds = await tryImport<ReadSeeds>(spec, 'readSeeds');
    if (readSeeds) return await readSeeds(seedsDir);
  }
  const parsePage = await tryImport<ParsePage>('../ingest/page.ts', 'parsePage');
  if (!parsePage) throw new Error('the parser (src/lib/ingest/page.ts) is not there yet: pass --records FILE');
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parsePage(readFileSync(join(seedsDir, f)), { file: f }));
}

/** Gazetteer look-up by any written form. */
export async function zoneResolver(): Promise<ZoneResolver> {
  const zoneByName = await tryImport<ZoneResolver>('../zones/gazetteer.ts', 'zoneByName');
  return zoneByName ?? (() => undefined);
}
