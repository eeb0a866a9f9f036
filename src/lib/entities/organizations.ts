/**
 * Organisations named in full in a text: a name ends with an organisational head (…有限公司,
 * …研究院, …大学, a 中心 that says what it does) and starts at the rightmost point — a
 * delimiter, or a function word, verb or zone word before it — that leaves a valid name.
 * Precision over recall: a name that cannot be told from a kind of body is dropped.
 */
import { entityKey } from './names.ts';
import {
  CENTRE_FUNCTIONS,
  COUNT,
  CUT_WORDS,
  GENERIC_WORDS,
  NOT_HEAD_AFTER,
  NOT_IN_NAME,
  NOT_NAME_START,
  ORG_HEADS,
  QUALIFIES_PLACE,
} from './vocabulary.ts';

export interface FoundName {
  name: string;
  start: number;
  end: number;
}

const HEAD = new RegExp(ORG_HEADS.join('|'), 'g');
/** Characters that end a name's span on its left; brackets are handled apart (names hold them). */
const DELIMITER = /[，,。.；;：:、！!？?“”"‘’'《》<>「」『』【】\s…·|/\\·]|——/;
const OPEN = /[（(]/;
const CLOSE = /[）)]/;
/** Closing and opening marks of a group a name may hold: brackets, and quotes (“阳光雨”党群服务中心). */
const PAIRS: Record<string, string> = { '）': '（', ')': '(', '”': '“', '’': '‘', '」': '「' };

/** Left end of the span a name may take: after the nearest delimiter or unmatched open bracket. */
function spanStart(text: string, before: number): number {
  let i = before - 1;
  while (i >= 0) {
    const c = text[i]!;
    const opener = PAIRS[c];
    if (opener) {
      // A short bracketed place ((保定), （乌干达）) or quoted word (“阳光雨”) inside a name is skipped over.
      const open = opener === '（' || opener === '(' ? Math.max(text.lastIndexOf('(', i), text.lastIndexOf('（', i)) : text.lastIndexOf(opener, i);
      const inner = open >= 0 ? text.slice(open + 1, i) : '';
      if (open < 0 || !/^[\u4e00-\u9fff]{1,6}$/.test(inner)) return i + 1;
      i = open - 1;
      continue;
    }
    // A single dash joins two places in a name (中国—东盟…); a double one is a break.
    const dash = c === '—' && (text[i - 1] === '—' || text[i + 1] === '—' || !/[\u4e00-\u9fff]/.test(text[i - 1] ?? ''));
    if (OPEN.test(c) || DELIMITER.test(c) || dash) return i + 1;
    i--;
  }
  return 0;
}

/** The part before the head, without generic words: what tells this body from others of its kind. */
function distinctive(before: string): string {
  let out = '';
  for (let i = 0; i < before.length; ) {
    const word = GENERIC_WORDS.find((w) => before.startsWith(w, i));
    if (word) i += word.length;
    else out += before[i++];
  }
  return out;
}

/** The part before the head, brackets and what they hold left out (小松(山东)工程机械 → 小松工程机械). */
const unbracketed = (before: string): string => before.replace(/[(（][^)）]*[)）]/g, '');

/** Why a candidate is no name: a kind of body (技术创新中心) is told apart from other failures. */
const ZONE_WORDS = ['高新区', '开发区', '园区', '新区', '科学城', '示范区'];

type Verdict = 'name' | 'kind' | 'no';

function judge(raw: string, head: string): Verdict {
  const name = entityKey(raw);
  if (!name.endsWith(entityKey(head))) return 'no';
  if (NOT_NAME_START.test(name) || COUNT.test(name) || NOT_IN_NAME.test(name)) return 'no';
  // Latin letters mark brands and products, whose left edge cannot be told from the text.
  if (/[A-Za-z]/.test(name)) return 'no';
  if (CUT_WORDS.some((w) => w.length > 1 && name.startsWith(w))) return 'no';
  const before = name.slice(0, name.length - head.length);
  if (before.length < 2) return 'no';
  if (distinctive(unbracketed(before)).length < 2) return 'kind';
  // A kind of body in a zone (苏州工业园区|外资研发中心) is still a kind.
  const zoneEnd = Math.max(...ZONE_WORDS.map((z) => (before.lastIndexOf(z) < 0 ? -1 : before.lastIndexOf(z) + z.length)));
  if (zoneEnd > 0 && distinctive(unbracketed(before.slice(zoneEnd))).length < 2) return 'kind';
  if (head === '中心') {
    const fn = before.slice(-2);
    const underOrgan = /[部局厅委][\u4e00-\u9fff]{2,}$/.test(before);
    if (!CENTRE_FUNCTIONS.includes(fn) && !underOrgan) return 'no';
  }
  return 'name';
}

/** A full name of a body, not a phrase or a kind of body. */
export function isOrganizationName(raw: string, head: string): boolean {
  return judge(raw, head) === 'name';
}

/** True when a generic word runs across position p (自|动化): no word boundary there. */
function insideGenericWord(text: string, p: number): boolean {
  return GENERIC_WORDS.some((g) => {
    for (let q = p - g.length + 1; q < p; q++) if (q >= 0 && text.startsWith(g, q)) return true;
    return false;
  });
}

/** Zone words a name is printed after (软件园企业…); unlike verbs they do not make a phrase of a kind of body. */
const ZONE_WORD = /[园区地城内]$/;
/** Legal forms: a company so named is a company, never a kind (动力技术(保定)有限公司). */
const LEGAL_FORM = /(有限公司|有限责任公司)$/;

/** Positions a name may start at inside [from, to): after a cut word, rightmost first. */
function startOptions(text: string, from: number, to: number, orgEnds: Set<number>): number[] {
  const options: number[] = [];
  for (let p = to - 1; p > from; p--) {
    const word = CUT_WORDS.find((w) => p - w.length >= from && text.startsWith(w, p - w.length));
    if (!word) continue;
    if (insideGenericWord(text, p)) continue;
    // 和 is inside names (汉和); it joins two names only right after another name or a place.
    if (word === '和' && !orgEnds.has(p - 1) && !/[园区市省站]/.test(text[p - 2] ?? '')) continue;
    options.push(p);
  }
  options.push(from);
  return options;
}

/** Every organisation named in `text`, in order; a body inside a longer name is not listed apart. */
export function findOrganizations(text: string): FoundName[] {
  const found: FoundName[] = [];
  for (const m of text.matchAll(HEAD)) {
    const head = m[0];
    const hs = m.index;
    const he = hs + head.length;
    const after = text.slice(he);
    if (NOT_HEAD_AFTER[head]?.test(after)) continue;
    // 华北电力大学科技园: the body only qualifies a place named after it (unless a unit's head follows).
    const clause = after.slice(0, after.search(DELIMITER) < 0 ? after.length : after.search(DELIMITER));
    if (QUALIFIES_PLACE.test(after) && !ORG_HEADS.some((h) => clause.includes(h))) continue;
    const from = spanStart(text, hs);
    const orgEnds = new Set(found.map((f) => f.end));
    const prev = found.filter((f) => f.end > from && f.end <= hs);
    const inside = (p: number) => prev.some((f) => p > f.start && p < f.end);
    let start: number | undefined;
    for (const p of startOptions(text, from, hs, orgEnds)) {
      // Right after a name with nothing between, the new head names a unit of it (…研究院烟台分院).
      if (inside(p) || orgEnds.has(p)) continue;
      const verdict = judge(text.slice(p, he), head);
      if (verdict === 'name') {
        start = p;
        break;
      }
      // A verb or zone word before a kind of body (建设|市级产业创新中心) makes a phrase, not a name.
      const cut = CUT_WORDS.find((w) => w.length > 1 && text.startsWith(w, p - w.length));
      if (verdict === 'kind' && p > from && cut && !ZONE_WORD.test(cut) && !LEGAL_FORM.test(head)) break;
    }
    if (start === undefined) continue;
    // A longer name swallows the names it holds.
    for (let i = found.length - 1; i >= 0; i--) if (found[i]!.start >= start && found[i]!.end <= he) found.splice(i, 1);
    found.push({ name: text.slice(start, he), start, end: he });
  }
  return found;
}
