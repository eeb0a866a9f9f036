/** The entities of one article: its organisations (with the shorter forms printed for them) and its people. */
import { entityKey, isSubsequence } from './names.ts';
import { findOrganizations, isOrganizationName } from './organizations.ts';
import { findPeople } from './people.ts';
import type { ArticleEntities, EntitySource, OrganizationMention, PersonMention } from './types.ts';
import { ORG_HEADS, ROLE_WORDS } from './vocabulary.ts';

/** The texts of an article in reading order. */
function texts(a: EntitySource): string[] {
  return [a.kicker, a.title, a.subtitle, ...a.paragraphs, ...(a.captions ?? [])].filter((t): t is string => !!t);
}

/** The head a name ends with, companies folded together (汉和公司 and …股份有限公司 are one kind). */
const headOf = (name: string): string => ORG_HEADS.find((h) => name.endsWith(h)) ?? '';

function headKind(name: string): string {
  const head = headOf(name);
  return head.endsWith('公司') ? '公司' : head;
}

/** Does `short` read as another form of `long`: same kind of head, its characters in order in `long`? */
const formOf = (short: string, long: string): boolean =>
  short.length < long.length && headKind(short) === headKind(long) && isSubsequence(short, long);

/** `name` is `core` with words stuck before it (借鉴科技部火炬中心), not a unit of a body (北京大学重庆…研究院). */
function withWordsBefore(name: string, core: string): boolean {
  return name.length > core.length && name.endsWith(core) && !ORG_HEADS.some((h) => name.slice(0, -core.length).endsWith(h));
}

/**
 * One entry per body. A name whose characters all occur, in order, in a longer name of the same
 * kind is a form of it (汉和公司, 中国民航飞行学院 for 中国民用航空飞行学院); a name that is another name, or
 * such a form, with words stuck before it (审理汉和公司, 借鉴科技部火炬中心) is that body and no form of it.
 */
export function groupOrganizations(names: string[]): OrganizationMention[] {
  const keys = [...new Set(names.map(entityKey))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const owner = new Map<string, string>();
  const junk = new Set<string>();
  for (const name of keys) {
    const clean = keys.find((k) => withWordsBefore(name, k) && headKind(k) === headKind(name));
    if (clean) {
      owner.set(name, clean);
      junk.add(name);
      continue;
    }
    const whole = keys.find((k) => !owner.has(k) && formOf(name, k));
    if (whole) {
      owner.set(name, whole);
      continue;
    }
    // Its tail a form of a longer name: 审理|汉和公司.
    const tails = [...name].map((_, i) => name.slice(i)).filter((t, i) => i > 0 && isOrganizationName(t, headOf(t)));
    const longer = keys.find((k) => k.length > name.length && !owner.has(k) && tails.some((t) => formOf(t, k)));
    if (longer) {
      const tail = tails.find((t) => formOf(t, longer))!;
      owner.set(name, longer);
      junk.add(name);
      if (!keys.includes(tail)) owner.set(tail, longer);
      continue;
    }
  }
  const root = (k: string): string => (owner.has(k) ? root(owner.get(k)!) : k);
  const groups = new Map<string, OrganizationMention>();
  for (const k of [...keys, ...owner.keys()]) {
    const r = root(k);
    const g = groups.get(r) ?? { name: r, aliases: [] };
    if (k !== r && !junk.has(k) && !g.aliases.includes(k)) g.aliases.push(k);
    groups.set(r, g);
  }
  return [...groups.values()];
}

/** Role words of a byline right before an author's name (本报讯（记者 李争粉）, 本报特约通讯员 张静攀). */
function bylineRole(byline: string | null | undefined, author: string): string[] {
  if (!byline) return [];
  const at = byline.indexOf(author);
  if (at < 0) return [];
  const before = byline.slice(0, at).trimEnd();
  const role = ROLE_WORDS.find((r) => before.endsWith(r));
  return role ? [role] : [];
}

export function extractEntities(article: EntitySource): ArticleEntities {
  const orgNames: string[] = [];
  const people = new Map<string, PersonMention>();
  for (const author of article.authors) {
    const name = author.replace(/\s+/g, '');
    if (name) people.set(name, { name, roles: bylineRole(article.byline, author), author: true });
  }
  for (const text of texts(article)) {
    for (const o of findOrganizations(text)) orgNames.push(o.name);
    for (const p of findPeople(text)) {
      const entry = people.get(p.name) ?? { name: p.name, roles: [], author: false };
      if (p.role && !entry.roles.includes(p.role)) entry.roles.push(p.role);
      people.set(p.name, entry);
    }
  }
  return { organizations: groupOrganizations(orgNames), people: [...people.values()] };
}
