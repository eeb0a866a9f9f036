/**
 * Parser for the zone facts table (../shared/reference/zones-facts.md) — used only at
 * generation time by scripts/build-gazetteer.ts; the app reads the generated JSON.
 */
import { pinyin } from 'pinyin-pro';
import type { Zone } from './types.ts';

/** One row of the facts table, cells trimmed, nothing interpreted yet. */
export interface FactsRow {
  no: number;
  name: string;
  aliases: string;
  province: string;
  city: string;
  approved: string;
}

/**
 * Table rows that start with a row number: `| 12 | 名称 | 别名; 别名 | 省 | 市 | 2013 | C |`.
 * Header, separator and rows of other tables (no leading number or too few cells) are ignored.
 */
export function parseFactsTable(markdown: string): FactsRow[] {
  const rows: FactsRow[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('|')) continue;
    const cells = trimmed.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
    const no = /^\d+$/.test(cells[0] ?? '') ? Number(cells[0]) : NaN;
    if (!Number.isInteger(no) || cells.length < 6) continue;
    const [, name = '', aliases = '', province = '', city = '', approved = ''] = cells;
    if (!/[\u4e00-\u9fff]/.test(name)) continue;
    rows.push({ no, name, aliases, province, city, approved });
  }
  return rows;
}

/** Suffixes of official names, longest first; what precedes it is the zone's prefix. */
const OFFICIAL_SUFFIXES = [
  '农业高新技术产业示范区',
  '高新技术产业开发区',
  '高新技术产业园区',
  '高技术产业开发区',
  '新技术开发区',
  '科技园区',
  '工业园区',
];

export function officialPrefix(name: string): { prefix: string; suffix: string } {
  for (const suffix of OFFICIAL_SUFFIXES) {
    if (name.endsWith(suffix) && name.length > suffix.length) {
      return { prefix: name.slice(0, -suffix.length), suffix };
    }
  }
  return { prefix: name, suffix: '' };
}

type AliasKind = 'strong' | 'weak' | 'related';

/** Splits a `; ` / `；` separated cell and classifies each form by its marker or note. */
export function parseAliasCell(cell: string): { form: string; kind: AliasKind; former?: true }[] {
  const out: { form: string; kind: AliasKind; former?: true }[] = [];
  for (const raw of cell.split(/[;；]/)) {
    let form = raw.trim();
    if (!form) continue;
    let kind: AliasKind = 'strong';
    let former = false;
    // Marker before a colon: 旧: former name (still recognised), 核心园: a different, smaller park.
    const marker = /^([\u4e00-\u9fff]{1,4})[:：]/.exec(form);
    if (marker) {
      if (marker[1] !== '旧') kind = 'related';
      else former = true;
      form = form.slice(marker[0].length).trim();
    }
    // A trailing half-width (...) is an editor's note; full-width （…） belongs to the name.
    const note = /\(([^()]*)\)$/.exec(form);
    if (note) {
      const text = note[1] ?? '';
      form = form.slice(0, note.index).trim();
      if (/范围概念/.test(text)) kind = 'related';
      else if (/语境|歧义/.test(text)) kind = 'weak';
    }
    if (form) out.push(former ? { form, kind, former: true } : { form, kind });
  }
  return out;
}

/** The mechanical variants of `{P}高新区` that newspapers write. */
export function nationalVariants(alias: string): string[] {
  const m = /^(.+?)高新区$/.exec(alias);
  if (!m || /[（(]/.test(alias)) return [];
  const p = m[1] ?? '';
  if (p.endsWith('国家') || p.endsWith('国家级') || p.startsWith('国家')) return [];
  return [`${p}国家高新区`, `${p}国家级高新区`, `国家级${p}高新区`, `${p}高新技术产业开发区`];
}

function splitParen(cell: string): { main: string; inner: string | null } {
  const m = /^([^(（]*)[(（]([^)）]*)[)）]/.exec(cell);
  return m ? { main: (m[1] ?? '').trim(), inner: (m[2] ?? '').trim() } : { main: cell.trim(), inner: null };
}

function toPinyin(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', v: true })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Readable slug from the name's prefix: a leading province/city/seat name is split off with a
 * hyphen (天津滨海 → tianjin-binhai); otherwise the whole prefix (中关村 → zhongguancun).
 */
export function slugFor(prefix: string, places: string[]): string {
  const p = prefix.replace(/市$/, '');
  for (const place of places) {
    if (place && p.startsWith(place) && p.length > place.length) {
      return `${toPinyin(place)}-${toPinyin(p.slice(place.length))}`;
    }
  }
  return toPinyin(p);
}

function shortOf(name: string, strong: string[]): string {
  // Names already short (苏州工业园区) are their own short form.
  if (name.length <= 6) return name;
  return strong[0] ?? name;
}

/** Turns parsed rows into gazetteer zones; throws on an unusable table. */
export function buildZones(rows: FactsRow[]): { zones: Zone[]; warnings: string[] } {
  const warnings: string[] = [];
  const zones: Zone[] = [];
  const slugs = new Set<string>();
  for (const row of rows) {
    const forms = parseAliasCell(row.aliases);
    const strongForms = forms.filter((f) => f.kind === 'strong').map((f) => f.form);
    const aliases = new Set<string>([row.name]);
    for (const form of strongForms) {
      aliases.add(form);
      for (const v of nationalVariants(form)) aliases.add(v);
    }
    const province = splitParen(row.province).main;
    const { main: city, inner } = splitParen(row.city);
    // The bracket holds the county-level seat, or a remark (海淀等多园, 保定代管) that is not one.
    const seat = inner && /^[\u4e00-\u9fff]{2,6}$/.test(inner) && !/等|代管|直管|独立/.test(inner) ? inner : null;
    const { prefix, suffix } = officialPrefix(row.name);
    const places = [province, city.replace(/[市州]$/, ''), city, (seat ?? '').replace(/[市区县]$/, '')]
      .filter((s) => s.length >= 2)
      .sort((a, b) => b.length - a.length);
    let slug = slugFor(prefix, places);
    // Same prefix: a zone of another kind is told apart by its kind (苏州工业园区 → suzhou-gongyeyuan),
    // a same-sounding city by its province (抚州 → fuzhou-jiangxi).
    if (slugs.has(slug)) {
      const kind = suffix === '高新技术产业开发区' ? province : suffix.replace(/区$/, '');
      slug = `${slug}-${toPinyin(kind)}`;
    }
    if (!slug || slugs.has(slug)) throw new Error(`row ${row.no}: cannot make a unique slug for ${row.name}`);
    slugs.add(slug);
    const year = /\b(1[89]\d\d|20\d\d)\b/.exec(row.approved);
    zones.push({
      slug,
      name: row.name,
      short: shortOf(row.name, strongForms),
      aliases: [...aliases],
      weak: forms.filter((f) => f.kind === 'weak').map((f) => f.form),
      related: forms.filter((f) => f.kind === 'related').map((f) => f.form),
      former: forms.filter((f) => f.former && f.kind === 'strong').map((f) => f.form),
      province,
      city,
      seat,
      approved: year ? Number(year[1]) : null,
    });
  }
  // A form claimed by two zones identifies neither: demote it to weak on both.
  const owners = new Map<string, Zone[]>();
  for (const z of zones) for (const a of z.aliases) owners.set(a, [...(owners.get(a) ?? []), z]);
  for (const [form, zs] of owners) {
    if (zs.length < 2) continue;
    warnings.push(`ambiguous alias ${form}: ${zs.map((z) => z.slug).join(', ')}`);
    for (const z of zs) {
      z.aliases = z.aliases.filter((a) => a !== form);
      if (!z.weak.includes(form)) z.weak.push(form);
    }
  }
  return { zones, warnings };
}
