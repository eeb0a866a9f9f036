/** One national high-tech zone (国家高新区) as stored in gazetteer.json. */
export interface Zone {
  /** Lowercase ASCII, stable, unique; pinyin of the name's prefix (`nanning`, `tianjin-binhai`). */
  slug: string;
  /** Official full name (南宁高新技术产业开发区). */
  name: string;
  /** The usual short form (南宁高新区, 中关村). */
  short: string;
  /** Every form matched automatically: short, 国家 forms, former names, special forms. Includes `name`. */
  aliases: string[];
  /** Forms that need context (marked 语境/歧义 in the facts); never matched automatically. */
  weak: string[];
  /** Former names (旧: in the facts), also in `aliases` where still unambiguous. */
  former: string[];
  /** Related but different areas (范围概念, core parks); kept for display, never mapped to this zone. */
  related: string[];
  province: string;
  /** Prefecture-level city (the county-level seat, if any, is in `seat`). */
  city: string;
  seat: string | null;
  /** Year the zone became national, or null when unknown. */
  approved: number | null;
}
