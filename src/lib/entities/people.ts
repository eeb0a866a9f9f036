/**
 * People named in full in a text: a name printed right after a role word (科技局局长聂绍俊说,
 * 教授周长春从…), or a name that opens a sentence and says something (石建平说：…). A name is
 * two or three characters starting with a common surname; surname-only mentions (郭先生) are not
 * people here.
 */
import { looksLikeName } from '../ingest/surnames.ts';
import { AFTER_NAME, NOT_IN_GIVEN_NAME, ROLE_WORDS, SPEECH_AFTER_NAME } from './vocabulary.ts';

export interface FoundPerson {
  name: string;
  /** The role as printed before the name, back to the previous delimiter; null when none. */
  role: string | null;
}

/** Two or three characters, a common single-character surname first, no function or body characters. */
export function isPersonName(name: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,3}$/.test(name)) return false;
  if (NOT_IN_GIVEN_NAME.test(name.slice(1))) return false;
  // 郭先生, 王女士: a surname and a form of address.
  if (/^(先生|女士|小姐|同志|老师|师傅)$/.test(name.slice(1))) return false;
  // looksLikeName accepts any three characters; a two-character token passes only with a common surname.
  return looksLikeName(name) && looksLikeName(`${name[0]}${name[1]}`);
}

const ROLE = new RegExp(ROLE_WORDS.join('|'), 'g');
const ROLE_DELIMITER = /[，,。；;：:！!？?“”"（(）)\s]/;

/** The role phrase ending at `end`: back to the previous delimiter (中国民航飞行学院副院长、联盟理事长). */
function rolePhrase(text: string, end: number): string {
  let i = end - 1;
  while (i >= 0 && !ROLE_DELIMITER.test(text[i]!)) i--;
  return text.slice(i + 1, end).replace(/^(会上|其中|此外|同时|据悉|对此)/, '');
}

export function findPeople(text: string): FoundPerson[] {
  const out: FoundPerson[] = [];
  for (const m of text.matchAll(ROLE)) {
    let at = m.index + m[0].length;
    if (/[”"’」]/.test(text[at] ?? '')) at++; // “招商大使”罗义先生
    for (const len of [3, 2]) {
      const name = text.slice(at, at + len);
      if (isPersonName(name) && AFTER_NAME.test(text.slice(at + len))) {
        out.push({ name, role: rolePhrase(text, m.index + m[0].length) || null });
        break;
      }
    }
  }
  // 石建平说：…, ”刘怀旭说。 — a sentence opened by a name that speaks.
  for (let at = 0; at < text.length; at++) {
    if (at > 0 && !/[。！？!?；;”"]/.test(text[at - 1]!)) continue;
    for (const len of [3, 2]) {
      const name = text.slice(at, at + len);
      if (isPersonName(name) && SPEECH_AFTER_NAME.test(text.slice(at + len))) {
        out.push({ name, role: null });
        break;
      }
    }
  }
  return out;
}
