/**
 * findZoneMentions: every mention of a zone, park or city district in a text, in order.
 *
 * Three sources, merged leftmost-longest:
 *  1. gazetteer forms, found with a character trie (one pass over the text);
 *  2. general zone names: a place prefix before 高新区 / 高新技术产业开发区 …;
 *  3. general park names: a prefix before 软件园 / 科学城 / 产业园 …, and "X市Y区" districts.
 * For 2 and 3 one precompiled regex finds the suffixes; prose.ts finds where the name starts.
 */
import { zoneByName, zones } from './gazetteer.ts';
import { foldChars } from './normalize.ts';
import { isGenericPrefix, nameStart } from './prose.ts';
import type { Zone } from './types.ts';

export type MentionKind = 'gazetteer' | 'zone' | 'park' | 'district';

export interface ZoneMention {
  /** The form as written, with a trailing district in brackets (泉州高新区（台商区）). */
  surface: string;
  /** Offset of `surface` in the input text (UTF-16 units). */
  index: number;
  /** The gazetteer zone, when the mention is one of the national zones. */
  zone: Zone | null;
  /** Identity for counting mentions of the same place: the slug for gazetteer zones, else `kind:name`. */
  key: string;
  kind: MentionKind;
  /** A bare brand name without a zone word (中关村, 光谷, 张江): often used attributively. */
  bare: boolean;
}

// ---------------------------------------------------------------- gazetteer trie

interface TrieNode {
  next: Map<string, TrieNode>;
  zone?: Zone;
}

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map() };
  for (const zone of zones) {
    for (const form of new Set([zone.name, zone.short, ...zone.aliases])) {
      let node = root;
      for (const ch of foldChars(form)) {
        let child = node.next.get(ch);
        if (!child) node.next.set(ch, (child = { next: new Map() }));
        node = child;
      }
      node.zone = zone;
    }
  }
  return root;
}

const TRIE = buildTrie();

/** Longest gazetteer form starting at `start`, as [end, zone], or null. */
function trieMatch(text: string, start: number): [number, Zone] | null {
  let node: TrieNode | undefined = TRIE;
  let best: [number, Zone] | null = null;
  for (let i = start; i < text.length; i++) {
    node = node.next.get(text[i] ?? '');
    if (!node) break;
    if (node.zone) best = [i + 1, node.zone];
  }
  if (!best) return null;
  // Latin forms (SIP) must stand as whole words.
  const isWord = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);
  if (/[A-Za-z]/.test(text[start] ?? '') && (isWord(text[start - 1]) || isWord(text[best[0]]))) return null;
  return best;
}

// ---------------------------------------------------------------- general rules

/** Suffixes of high-tech zone names (national or provincial), longest first. */
const ZONE_SUFFIX =
  '农业高新技术产业示范区|高新技术产业开发区|高新技术产业园区|高技术产业开发区|高新技术开发区|新技术开发区|高新开发区|高新园区|高新区';
/**
 * Suffixes of park and science-city names, and of zones that are not high-tech
 * zones (经济开发区, 经开区, 综合保税区, a free-trade zone's 片区). 城 not followed
 * by 市 (智慧城市 is no park).
 */
const PARK_SUFFIX = '(?:软件|科学|创业|产业|科技|孵化|创新|创意|科创|智慧|工业)(?:园区|园|城(?!市))|农高区|经济技术开发区|经济开发区|经开区|综合保税区|片区';
const SUFFIX_RE = new RegExp(`(${ZONE_SUFFIX})|(${PARK_SUFFIX})`, 'g');
/** "广州市黄埔区": 市 then a 1–4 character district name then 区. */
const DISTRICT_RE = /市([\u4e00-\u9fff]{1,4}?)区/g;
/** District names that are really area words (城区, 各区, 经开区, 园区 …). */
const NOT_A_DISTRICT =
  /^[城市全各该本辖郊县主老片]|高新|经开|开发|园|示范|试验|保税|综保|自贸|功能|商务|集聚|核心|先行|承载|产业|工业|科技|创新|景|社|厂|校|矿|生活|居住/;

const MAX_ZONE_PREFIX = 6;
const MAX_PARK_PREFIX = 12;
const MAX_CITY = 4;

/** Province names of the gazetteer with their administrative suffixes, for stripping a leading province. */
const PROVINCE_RE = new RegExp(
  `^(?:${[...new Set(zones.map((z) => z.province))].join('|')})(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)?`,
);

function stripProvince(name: string): string {
  return name.replace(PROVINCE_RE, '');
}

function withoutBrackets(text: string): string {
  return text.replace(/\([^()]*\)/g, '');
}

/** Trailing "(district)" after a name: short Han text, not a phase, count or note. */
function bracketTail(text: string, end: number): number {
  if (text[end] !== '(') return end;
  const close = text.indexOf(')', end);
  if (close < 0 || close - end > 6) return end;
  const inner = text.slice(end + 1, close);
  if (!/^[\u4e00-\u9fff]{1,5}$/.test(inner) || /[一二三四五六七八九十百千期号批级等类家简称下同即含]/.test(inner)) return end;
  return close + 1;
}

interface Candidate {
  start: number;
  end: number;
  /** Where the suffix (高新区, 软件园 …) starts and ends, for general names. */
  suffixAt: number;
  suffixEnd: number;
  zone: Zone | null;
  key: string;
  kind: MentionKind;
  bare: boolean;
}

/** Resolves a general zone name (prefix + suffix) to a gazetteer zone or a `zone:` key. */
function generalZone(prefix: string): { zone: Zone | null; key: string } | null {
  let p = withoutBrackets(prefix).replace(/国家级?$/, '');
  if (p.length > 2) p = p.replace(/市$/, '');
  if (p.length < 2 || p.length > MAX_ZONE_PREFIX || isGenericPrefix(p, 'zone')) return null;
  const zone = zoneByName(`${p}高新区`) ?? zoneByName(`${stripProvince(p)}高新区`);
  if (zone) return { zone, key: zone.slug };
  const place = stripProvince(p);
  if (place.length < 2) return null; // "湖南省高新区": the province's zones, not one zone
  return { zone: null, key: `zone:${place}高新区` };
}

function parkKey(name: string): string {
  const plain = withoutBrackets(name);
  const local = stripProvince(plain);
  return `park:${local.length >= plain.length - 1 || local.length < 5 ? plain : local}`;
}

function isBare(form: string): boolean {
  return !/[区园城]$/.test(form);
}

// ---------------------------------------------------------------- the scan

/**
 * The parser asks about the same texts several times (headline matching,
 * subheads, zones of the article): remember the last few hundred answers.
 */
const memo = new Map<string, ZoneMention[]>();
const MEMO_SIZE = 512;

export function findZoneMentions(text: string): ZoneMention[] {
  const known = memo.get(text);
  if (known) return known;
  const found = scanZoneMentions(text);
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(text, found);
  return found;
}

function scanZoneMentions(text: string): ZoneMention[] {
  const folded = foldChars(text);
  const found: Candidate[] = [];

  // 1. Gazetteer forms, leftmost-longest.
  const strongEnd = new Uint8Array(folded.length + 1); // 1 where a zone name with a zone word ends
  const covered = new Uint8Array(folded.length + 1);
  for (let i = 0; i < folded.length; ) {
    const m = trieMatch(folded, i);
    if (!m) {
      i++;
      continue;
    }
    const [end, zone] = m;
    const form = folded.slice(i, end);
    const bare = isBare(withoutBrackets(form));
    const tail = bare ? end : bracketTail(folded, end);
    found.push({ start: i, end: tail, suffixAt: end, suffixEnd: end, zone, key: zone.slug, kind: 'gazetteer', bare });
    if (!bare) strongEnd[tail - 1] = 1;
    covered.fill(1, i, tail);
    i = tail;
  }
  const stopAt = (i: number): boolean => strongEnd[i] === 1;

  // 2 and 3. General zone and park names, from their suffix.
  for (const m of folded.matchAll(SUFFIX_RE)) {
    const at = m.index;
    const suffixEnd = at + m[0].length;
    if (covered[at] === 1 || covered[suffixEnd - 1] === 1) continue;
    const isZone = m[1] !== undefined;
    // Zone prefixes may carry 国家级 on top of the place name; generalZone checks the place's length.
    const start = nameStart(folded, at, isZone ? MAX_ZONE_PREFIX + 3 : MAX_PARK_PREFIX, stopAt);
    if (start < 0) continue;
    const prefix = folded.slice(start, at);
    const end = bracketTail(folded, suffixEnd);
    if (isZone) {
      const id = generalZone(prefix);
      if (!id) continue;
      const kind = id.zone ? 'gazetteer' : 'zone';
      found.push({ start, end, suffixAt: at, suffixEnd, zone: id.zone, key: id.key, kind, bare: false });
    } else {
      if (isGenericPrefix(withoutBrackets(prefix), 'park')) continue;
      // a free-trade zone's 片区 is an area of a city, named in passing as often as covered
      const kind = m[2] === '片区' ? 'district' : 'park';
      const key = kind === 'park' ? parkKey(folded.slice(start, suffixEnd)) : `district:${folded.slice(start, suffixEnd)}`;
      found.push({ start, end, suffixAt: at, suffixEnd, zone: null, key, kind, bare: false });
    }
  }
  for (const m of folded.matchAll(DISTRICT_RE)) {
    const district = m[1] ?? '';
    if (NOT_A_DISTRICT.test(district)) continue;
    const start = nameStart(folded, m.index, MAX_CITY, stopAt);
    if (start < 0) continue;
    const city = folded.slice(start, m.index);
    if (isGenericPrefix(city, 'zone')) continue;
    const end = m.index + m[0].length;
    const key = `district:${city}市${district}区`;
    found.push({ start, end, suffixAt: end, suffixEnd: end, zone: null, key, kind: 'district', bare: false });
  }

  return resolve(found, folded).map((c) => ({
    surface: text.slice(c.start, c.end),
    index: c.start,
    zone: c.zone,
    key: c.key,
    kind: c.kind,
    bare: c.bare,
  }));
}

/** Leftmost-longest among overlapping candidates; then names extended by a stray lead word are trimmed. */
function resolve(found: Candidate[], folded: string): Candidate[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let lastEnd = 0;
  for (const c of found) {
    if (c.start < lastEnd) continue;
    kept.push(c);
    lastEnd = c.end;
  }
  return mergeLongerVariants(kept, folded);
}

/**
 * A general name whose key is another found name plus a few leading characters
 * ("推介西部科学城" beside "西部科学城") takes the shorter identity when that is at least as
 * frequent: the extra characters were prose the boundary rules did not know.
 */
function mergeLongerVariants(list: Candidate[], folded: string): Candidate[] {
  const counts = new Map<string, number>();
  for (const c of list) counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
  const generalKeys = [...counts.keys()].filter((k) => k.startsWith('park:') || k.startsWith('zone:'));
  for (const c of list) {
    if (c.kind !== 'park' && c.kind !== 'zone') continue;
    const [kind, name = ''] = c.key.split(':');
    const shorter = generalKeys.find((k) => {
      const [k2, n2 = ''] = k.split(':');
      return k2 === kind && n2.length < name.length && name.endsWith(n2) && (counts.get(k) ?? 0) >= (counts.get(c.key) ?? 0);
    });
    if (!shorter) continue;
    // Move the start right until the name alone has the shorter identity.
    for (let p = c.start + 1; p < c.suffixAt; p++) {
      const key = kind === 'park' ? parkKey(folded.slice(p, c.suffixEnd)) : generalZone(folded.slice(p, c.suffixAt))?.key;
      if (key === shorter) {
        c.start = p;
        c.key = shorter;
        break;
      }
    }
  }
  return list;
}
