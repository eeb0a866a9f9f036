/**
 * Atom feed checks for tests (RFC 4287), on a small strict XML reader: well-formedness (one root, tags
 * nested and closed, attributes quoted, only the five named entities and character references), then the
 * Atom rules a reader relies on. Returns the problems found (none: a valid feed).
 */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);|&/g, (all, e: string | undefined) => {
    if (!e) throw new Error('bare & in text');
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    if (!(e in ENTITY)) throw new Error(`unknown entity &${e};`);
    return ENTITY[e];
  });
}

/** Parse an XML document (no DTD, comments or CDATA: the feeds have none) into its root element. */
export function parseXml(xml: string): XmlNode {
  const body = xml.replace(/^\uFEFF?<\?xml[^?]*\?>\s*/, '');
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/gy;
  let m: RegExpExecArray | null;
  let read = 0;
  while ((m = token.exec(body))) {
    read = token.lastIndex;
    const [, close, name, attrText, selfClose, text, stray] = m;
    if (stray) throw new Error(`malformed markup at ${m.index}`);
    if (text !== undefined) {
      if (!stack.length) {
        if (text.trim()) throw new Error('text outside the root element');
        continue;
      }
      stack.at(-1)!.text += unescape(text);
      continue;
    }
    if (close) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
      if (a[1] in attrs) throw new Error(`duplicate attribute ${a[1]} on <${name}>`);
      attrs[a[1]] = unescape(a[2]);
    }
    const node: XmlNode = { name, attrs, children: [], text: '' };
    if (stack.length) stack.at(-1)!.children.push(node);
    else if (root) throw new Error('more than one root element');
    else root = node;
    if (!selfClose) stack.push(node);
  }
  if (read < body.length) throw new Error(`unreadable XML at ${read}`);
  if (stack.length) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

const kids = (n: XmlNode, name: string) => n.children.filter((c) => c.name === name);
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const isAbsoluteIri = (s: string) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(s);

/** Problems with a date construct: RFC 3339, a real date, not before 1990 (no epoch stand-ins). */
function dateProblems(where: string, value: string | undefined): string[] {
  if (value === undefined) return [`${where}: missing`];
  if (!RFC3339.test(value) || Number.isNaN(Date.parse(value))) return [`${where}: "${value}" is not an RFC 3339 date`];
  if (Date.parse(value) < Date.UTC(1990, 0, 1)) return [`${where}: ${value} is a stand-in, not a publication date`];
  return [];
}

/** The RFC 4287 rules for atom:feed and atom:entry that matter to a feed reader. */
function containerProblems(n: XmlNode, where: string, needsAuthor: boolean): string[] {
  const out: string[] = [];
  for (const name of ['id', 'title', 'updated']) {
    if (kids(n, name).length !== 1) out.push(`${where}: ${kids(n, name).length} <${name}> (needs exactly one)`);
  }
  const id = kids(n, 'id')[0]?.text.trim();
  if (id !== undefined && !isAbsoluteIri(id)) out.push(`${where}: id "${id}" is not an absolute IRI`);
  out.push(...dateProblems(`${where} <updated>`, kids(n, 'updated')[0]?.text.trim()));
  for (const p of kids(n, 'published')) out.push(...dateProblems(`${where} <published>`, p.text.trim()));
  const links = kids(n, 'link');
  for (const l of links) if (!l.attrs.href) out.push(`${where}: <link> without href`);
  const alternates = links.filter((l) => (l.attrs.rel ?? 'alternate') === 'alternate');
  const pairs = alternates.map((l) => `${l.attrs.type ?? ''}|${l.attrs.hreflang ?? ''}`);
  if (new Set(pairs).size !== pairs.length) out.push(`${where}: several alternate links of one type and language`);
  if (needsAuthor && kids(n, 'author').length === 0) out.push(`${where}: no author`);
  for (const a of kids(n, 'author')) if (kids(a, 'name').length !== 1) out.push(`${where}: author without one name`);
  return out;
}

/** Every problem of an Atom feed document; `[]` when valid. */
export function atomProblems(xml: string): string[] {
  let feed: XmlNode;
  try {
    feed = parseXml(xml);
  } catch (e) {
    return [`not well-formed: ${(e as Error).message}`];
  }
  if (feed.name !== 'feed' || feed.attrs.xmlns !== 'http://www.w3.org/2005/Atom') return ['root is not an atom:feed'];
  const feedHasAuthor = kids(feed, 'author').length > 0;
  const out = containerProblems(feed, 'feed', false);
  if (!kids(feed, 'link').some((l) => l.attrs.rel === 'self')) out.push('feed: no rel="self" link');
  const entries = kids(feed, 'entry');
  const ids = entries.map((e) => kids(e, 'id')[0]?.text.trim());
  if (new Set(ids).size !== ids.length) out.push('feed: two entries share an id');
  entries.forEach((e, i) => {
    const where = `entry ${i + 1}`;
    out.push(...containerProblems(e, where, !feedHasAuthor));
    const hasContent = kids(e, 'content').length > 0;
    if (!hasContent && !kids(e, 'link').some((l) => (l.attrs.rel ?? 'alternate') === 'alternate')) out.push(`${where}: neither content nor an alternate link`);
  });
  return out;
}
