/**
 * Bylines (本报讯, 本报讯（记者 …）, ▶ 本报记者 … 特约通讯员 …) at the start
 * of an article and reporter signatures at the end of its last paragraph.
 */

import { looksLikeName } from './surnames.ts';

const NAME = '[\\u4e00-\\u9fff·]{2,4}';
const ROLE = '(?:本报)?(?:特约|见习|实习)?(?:记者|通讯员|实习生|摄影记者|摄影)';
const ROLE_RE = new RegExp(`^${ROLE}$`);
const ROLE_PREFIX = new RegExp(`^${ROLE}`);
const NAME_RE = new RegExp(`^${NAME}$`);
/** A short line of names with role words, apart by spaces: "成雪 本报记者 叶伟" (not "记者日前从淄博"). */
const PLAIN_BYLINE = new RegExp(`^(?:${NAME}\\s+)*${ROLE}\\s+(?:${NAME}\\s*)+(?:${ROLE}\\s+(?:${NAME}\\s*)+)*$`);

export interface Byline {
  /** The byline as printed, justification spaces normalised. */
  byline: string;
  authors: string[];
  /** Text after the byline on the same line (the start of the body). */
  rest: string;
}

/** How a byline line opens an article's text: 本报讯 or an arrow. */
export const BYLINE_START = /^(?:本报讯|[▶►])/;

/** Names in a byline: every 2-4 character token that is not a role word. */
function namesIn(text: string): string[] {
  return text
    .replace(/[（）()▶►■]/g, ' ')
    .split(/[\s、，,]+/)
    .flatMap((tok) => tok.replace(ROLE_PREFIX, ' ').split(' '))
    .filter((tok) => NAME_RE.test(tok) && !ROLE_RE.test(tok) && tok !== '本报讯' && tok !== '本报');
}

/**
 * A byline at the start of a line: 本报讯 with an optional bracket of roles
 * and names, or a ▶ line of roles and names, or a short line of names with
 * a role word (成雪 本报记者 叶伟).
 */
export function parseByline(line: string): Byline | null {
  const t = line.trim();
  const xun = /^本报讯\s*(?:([（(])([^）)]{1,40})([）)]))?\s*/.exec(t);
  if (xun) {
    const inner = xun[2] ? `${xun[1]}${xun[2].trim().replace(/\s+/g, ' ')}${xun[3]}` : '';
    return { byline: `本报讯${inner}`, authors: xun[2] ? namesIn(xun[2]) : [], rest: t.slice(xun[0].length) };
  }
  if (/^[▶►]/.test(t) && t.length <= 40 && !/[，。,；;！？]/.test(t)) {
    const text = t.replace(/^([▶►])\s*/, '$1 ').replace(/\s+/g, ' ');
    return { byline: text, authors: namesIn(t), rest: '' };
  }
  if (t.length <= 30 && PLAIN_BYLINE.test(t)) {
    return { byline: t.replace(/\s+/g, ' '), authors: namesIn(t), rest: '' };
  }
  return null;
}

/** One signed name, possibly marked as the photographer ("朱文坛/摄", "朱文坛 摄"). */
const SIGNED_NAME = `${NAME}(?:\\s*[/／]?\\s*摄)?`;
/** Names after the last sentence: "易颖", "黎集怡 冯志炜", "朱文坛/摄", "（李明）", "文/赵六", "（文/赵六）". */
const NAMES = `(?:文\\s*[/／]\\s*)?${SIGNED_NAME}(?:\\s+${SIGNED_NAME}){0,3}`;
const SIGNED = `(?:${NAMES}|[（(]${NAMES}[）)])`;

const SIGNATURE_AT_END = new RegExp(`^(.*?(?:[。！？!?…]|……)[”’"）)」』]*)\\s*(${SIGNED})$`);
const SIGNATURE_ONLY = new RegExp(`^${SIGNED}$`);

function namesOfSignature(printed: string): string[] {
  return printed.replace(/[（）()]/g, '').replace(/^文\s*[/／]\s*/, '').replace(/\s*[/／]?\s*摄/g, '').split(/\s+/).filter(Boolean);
}

/** Every signed token reads as a person's name (a row of short words does not). */
const allNames = (printed: string) => namesOfSignature(printed).every(looksLikeName);

export interface Signature {
  /** The line without the signature. */
  text: string;
  names: string[];
  /** The signature as printed (e.g. "朱文坛/摄"). */
  printed: string;
}

/**
 * A reporter signature after the last sentence of an article:
 * "…建设投产。 易颖", "…38.5%。 黎集怡 冯志炜", "…作出更大贡献。 朱文坛/摄".
 * Only at the end of a sentence, separated by a space.
 */
export function parseSignature(line: string): Signature | null {
  const m = SIGNATURE_AT_END.exec(line.trim());
  if (!m) return null;
  const printed = m[2]!.trim();
  if (!allNames(printed)) return null;
  // a signature is set apart by a space or brackets (or marked 文/), never run on
  if (!/^[（(文]/.test(printed) && !/\s$/.test(line.trim().slice(0, line.trim().length - printed.length))) return null;
  return { text: m[1]!, names: namesOfSignature(printed), printed };
}

/**
 * A line that is only a signature (names on their own line after the last
 * paragraph). One bare name alone is too easily a short headline: it signs
 * only right after a finished sentence (`afterSentence`) and at most three
 * characters long; names with a space, brackets, 文/ or 摄 always sign.
 */
export function signatureOnly(line: string, afterSentence = false): string[] | null {
  const t = line.trim();
  if (!SIGNATURE_ONLY.test(t) || !allNames(t)) return null;
  const marked = /\s|摄|^[（(]|^文\s*[/／]/.test(t);
  if (!marked && !(afterSentence && [...t].length <= 3)) return null;
  return namesOfSignature(t);
}
