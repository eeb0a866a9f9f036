/**
 * Kicker / title / subtitle inside one headline whose printed lines were
 * read as one run of headline type, where the source does not say which
 * line is set larger (plain text: the kicker "聚焦东盟开放合作" and the title
 * "南宁高新区跨境数字贸易加速发展" arrive as two lines of one headline).
 *
 * Two signs, both from the printed lines alone:
 * - a line after the first that opens with a dash ("——首批入驻企业42家")
 *   starts the subtitle;
 * - a first line that is a zone's name alone, over a line that opens with
 *   a subject of its own (a park in it), is a kicker;
 * - a line after the first that opens with a zone as its subject, under
 *   lines that open with none, starts the title, and the lines above are the
 *   kicker — unless the join reads on (the line above ends in a word that
 *   needs what follows, or a dictionary word runs across it: a title
 *   wrapped inside a word).
 */
import { dictionaryWordAcross } from './pairs.ts';
import { opensWithDash } from './text.ts';

export interface HeadlineParts {
  kicker: string | null;
  title: string;
  subtitle: string | null;
}

/** A line that opens with a zone or park as its subject: "南宁高新区跨境…", "厦门自贸片区新增…". */
const OPENS_WITH_ZONE = /^[\p{Script=Han}A-Za-z0-9]{1,12}?(?:高新区|经开区|开发区|片区|软件园|工业园区|产业园|科技园|科学城|科技城|示范区|新区)/u;

/** A line that is a zone's name and nothing else ("泉州高新区（台商区）"): a label over the title, never a title. */
const ZONE_ALONE = new RegExp(`${OPENS_WITH_ZONE.source}(?:[（(][^）)]{1,8}[）)])?$`, 'u');

/** A line ending in a preposition, conjunction, 的 or a pause: the next line completes it. */
const READS_ON = /(?:[在与和及同对为向到从把被让将于由跟以的之]|[、：:，,（(“"《])$/u;

export function splitHeadline(lines: string[]): HeadlineParts {
  const dash = lines.findIndex((l, k) => k >= 1 && opensWithDash(l));
  const main = dash >= 0 ? lines.slice(0, dash) : lines;
  const subtitle = dash >= 0 ? lines.slice(dash).join('') : null;
  const k = titleStart(main);
  return { kicker: k > 0 ? main.slice(0, k).join('') : null, title: main.slice(k).join(''), subtitle };
}

/** The index of the first line of the title proper: 0 when no kicker can be told apart. */
function titleStart(lines: string[]): number {
  if (ZONE_ALONE.test(lines[0]!) && OPENS_WITH_ZONE.test(lines[1] ?? '')) return 1;
  for (let k = 1; k < lines.length; k++) {
    // (joined: a narrow headline may wrap inside the zone's name, "厦门自贸片" / "区新增市场")
    if (OPENS_WITH_ZONE.test(lines.slice(0, k).join(''))) return 0;
    if (!OPENS_WITH_ZONE.test(lines.slice(k).join(''))) continue;
    const above = lines[k - 1]!.trimEnd();
    return READS_ON.test(above) || dictionaryWordAcross(above, lines[k]!) ? 0 : k;
  }
  return 0;
}
