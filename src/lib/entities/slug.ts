/**
 * URL slugs of entities: lowercase ASCII, made from the name alone, so an entity keeps its URL on
 * every rebuild whatever else the archive holds. Readable pinyin (cut at about 40 characters) plus
 * the name's FNV-1a hash: homophones (张伟 / 张玮) and long names sharing a start stay apart without
 * depending on which other entities exist — the zones' pinyin slugs, with the hash the zones add
 * only on a clash.
 */
import { pinyin } from 'pinyin-pro';
import { asciiSlug, fnv1a } from '../archive/urls.ts';
import { entityKey } from './names.ts';
import type { EntityKind } from './types.ts';

const MAX_PINYIN = 40;

export function entitySlug(kind: EntityKind, name: string): string {
  const key = entityKey(name);
  const syllables = pinyin(key, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }) as string[];
  let readable = asciiSlug(syllables.join('-'));
  if (readable.length > MAX_PINYIN) readable = readable.slice(0, readable.lastIndexOf('-', MAX_PINYIN));
  // The kind is hashed too: a person and a body of one name get different slugs.
  const hash = fnv1a(`${kind}:${key}`).toString(36);
  return readable ? `${readable}-${hash}` : `${kind === 'person' ? 'p' : 'o'}-${hash}`;
}
