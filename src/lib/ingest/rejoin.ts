/**
 * Bylines and signatures broken across two lines by the column measure
 * ("本报讯（记者 马丽" / "君） 记者日前…", "…30 个。（杨" / "皓）") are put
 * back on one line, so that they are read whole: the head of the next line,
 * up to the closing bracket, moves up. A signature's halves read in the
 * wrong order ("琳）" / "（赵") are put together too, and a ▶ byline's last
 * name broken off ("…通讯员 赵" / "晨阳").
 */
import type { RawLine } from './lines.ts';
import { looksLikeName } from './surnames.ts';

/**
 * An opening bracket left open at the end of a line, with only names and role
 * words after it, where a byline (after 本报讯) or a signature (after the last
 * sentence) opens one.
 */
const OPEN_AT_END = /(?:^|本报讯|[。！？”"])\s*[（(]((?:本报)?(?:特约|见习)?(?:记者|通讯员)?\s*[\u4e00-\u9fff·\s]{0,12})$/;
/** The rest of the bracket at the start of the next line. */
const CLOSE_AT_START = /^([\u4e00-\u9fff·\s]{0,8})[）)]/;

/** A signature's end alone on a line ("琳）"), read before its start ("（赵") where a PDF's reading order put it. */
const CLOSE_ALONE = /^([\u4e00-\u9fff·]{1,3})[）)]$/;
const OPEN_ALONE = /^[（(]([\u4e00-\u9fff·]{1,3})$/;

/** A ▶ byline whose last name the measure broke after its first character (no name is one): "▶ 本报记者 李争粉 通讯员 赵" / "晨阳". */
const ARROW_CUT = /^[▶►].*(?:记者|通讯员)\s*(?:[\u4e00-\u9fff·]{2,4}\s+)*([\u4e00-\u9fff])$/;
const NAME_END = /^[\u4e00-\u9fff·]{1,3}$/;

export function rejoinBylinesAndSignatures(lines: RawLine[]): RawLine[] {
  const out = lines.map((l) => ({ ...l }));
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!, out[i + 1]!];
    const cut = ARROW_CUT.exec(a.text);
    if (cut && NAME_END.test(b.text) && b.gap === 0 && looksLikeName(cut[1]! + b.text) && [...cut[1]! + b.text].length <= 4) {
      a.text += b.text;
      b.text = '';
      delete a.em;
      continue;
    }
    const [end, start] = [CLOSE_ALONE.exec(a.text), OPEN_ALONE.exec(b.text)];
    if (end && start && looksLikeName(start[1]! + end[1]!)) {
      a.text = `（${start[1]}${end[1]}）`;
      b.text = '';
      delete a.em;
      continue;
    }
    const open = OPEN_AT_END.exec(a.text);
    const close = CLOSE_AT_START.exec(b.text);
    if (!open || !close || /[）)]/.test(open[1]!)) continue;
    // the line may break between two names ("（王敏" / "刘佳）") or inside one ("（记者 马丽" / "君）")
    const [before, after] = [open[1]!.trim().split(/\s+/).at(-1) ?? '', close[1]!.trim()];
    const between = [...before].length >= 2 && [...after].length >= 2 && looksLikeName(before) && looksLikeName(after) ? ' ' : '';
    const inner = (open[1]! + between + close[1]!).replace(/\s+/g, ' ').trim();
    // names of 2-4 characters, optionally after a role word: a byline or signature, not running text
    const spaced = inner.replace(/^(?:本报)?(?:特约|见习)?(?:记者|通讯员)\s*/, '').split(' ');
    // a justified line spreads a name out glyph by glyph ("张 辉")
    const names = spaced.every((n) => [...n].length === 1) ? [spaced.join('')] : spaced;
    if (!names.length || !names.every(looksLikeName)) continue;
    a.text += between + close[0];
    b.text = b.text.slice(close[0].length).trim();
    delete a.em; // the measured width no longer holds
    delete b.em;
  }
  return out.filter((l) => l.text);
}
