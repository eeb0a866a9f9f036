/**
 * Extractions that join everything on one baseline glue a photo's caption,
 * its credit and the next headline into one line ("…一角。图片来源：银川高新区南宁高新区举办…",
 * "…生产线。 李明/摄南宁…"). The credit is cut out onto a line of its own,
 * with what stood before and after it. A credit that wrapped (with its
 * text, on lines of its own inside a name, or its mark "摄" alone) is put
 * back together first.
 * So are a caption ("图为…") read onto a body line, and a headline read onto
 * the line of the signature before it.
 */
import type { RawLine } from './lines.ts';
import { printedPairs, readsOn } from './pairs.ts';
import { endsSentence, holdsRunningPunctuation } from './text.ts';
import { findZoneMentions } from '../zones/match.ts';

/** A picture source, after its label: a zone, or a short name of a body. */
function sourceName(rest: string): string | null {
  const zone = findZoneMentions(rest).find((m) => m.index === 0);
  if (zone) return zone.surface;
  return /^[\u4e00-\u9fff]{2,12}?(?:区|园|局|委|会|公司|中心|集团)/.exec(rest)?.[0] ?? null;
}

/** The line cut into pieces around a credit printed inside it, or null. */
function cutCredit(text: string): string[] | null {
  const label = /图片来源\s*[:：]\s*/.exec(text);
  if (label && (label.index > 0 || label[0].length < text.length)) {
    const before = text.slice(0, label.index).trim();
    const rest = text.slice(label.index + label[0].length);
    const name = sourceName(rest);
    if (!name || (before && !/[。！？”）)]$/.test(before))) return null;
    const after = rest.slice(name.length).trim();
    const pieces = [before, `${label[0]}${name}`, after].filter(Boolean);
    return pieces.length > 1 ? pieces : null;
  }
  const photo = /([\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,3}\s*[/／]\s*摄)(?=[^\s影])/.exec(text);
  if (photo) return [text.slice(0, photo.index + photo[0].length).trim(), text.slice(photo.index + photo[0].length).trim()];
  return null;
}

/**
 * A credit set at the end of the last line of a photo's text, on its
 * baseline (read by position, the two share one line): "能。 史赛 胡启伟/摄".
 */
const CREDIT_AFTER_SENTENCE = /^(.*[。！？”])\s*((?:[\u4e00-\u9fff·]{2,4}\s+){0,3}[\u4e00-\u9fff·]{2,4}\s*[/／]\s*摄)$/;

/** A name begun after the last sentence of a line ("…赋能。 史", "…余家。张涛 吴": its last name one character, no name yet), */
const NAME_BEGUN = /^(.*[。！？”])\s*((?:[\u4e00-\u9fff·]{2,4}\s+){0,3}[\u4e00-\u9fff])$/;
/** and ended on the next line, which is a photo credit ("赛 胡启伟/摄"). */
const CREDIT_ENDED = /^([\u4e00-\u9fff·]{1,3})((?:\s+[\u4e00-\u9fff·]{2,4}){0,3}\s*[/／]\s*摄)$/;

/** A credit's mark alone on a line ("摄", "/摄"): the line before ends in the names it follows. */
const MARK_WRAPPED = /^[/／]?\s*摄$/;

/**
 * A credit set on from the last sentence of a photo's text wraps with it:
 * the first characters of the photographer's name end the line. They go
 * back to the credit, which then stands whole on its line.
 */
function rejoinWrappedCredits(lines: RawLine[]): RawLine[] {
  const out = lines.map((l) => ({ ...l }));
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!, out[i + 1]!];
    const begun = NAME_BEGUN.exec(a.text);
    const ended = CREDIT_ENDED.exec(b.text);
    if (begun && ended && [...begun[2]!.split(/\s+/).at(-1)! + ended[1]!].length <= 4) {
      a.text = begun[1]!;
      b.text = `${begun[2]}${ended[1]}${ended[2]}`;
      delete a.em;
      delete b.em;
    } else if (MARK_WRAPPED.test(b.text) && /[\u4e00-\u9fff·][/／]?$/.test(a.text) && /[/／]$/.test(a.text) !== /^[/／]/.test(b.text)) {
      // the credit mark wrapped on its own: "…余家。张涛 吴昊/" / "摄"
      a.text += b.text;
      b.text = '';
      delete a.em;
    } else if (i > 0 && endsSentence(out[i - 1]!.text) && creditSplitAt(a.text, b.text)) {
      // the credit itself wrapped on its own lines: "史赛 胡" / "启伟/摄"
      b.text = a.text + b.text;
      a.text = '';
      delete b.em;
    }
  }
  return out.filter((l) => l.text);
}

/** Names only, the last of them begun: a credit's first line ("史赛 胡"). */
const CREDIT_BEGUN = /^(?:[\u4e00-\u9fff·]{2,4}\s+){0,3}([\u4e00-\u9fff·]{1,4})$/;
/** The rest of its last name, the names after it and the credit mark ("启伟/摄", "涛 吴昊/摄"). */
const CREDIT_REST = /^([\u4e00-\u9fff·]{1,3})(?:\s+[\u4e00-\u9fff·]{2,4}){0,3}\s*[/／]\s*摄$/;

/** Is `a` / `b` one credit broken inside a name (one of its halves a single character, which no name is)? */
function creditSplitAt(a: string, b: string): boolean {
  const begun = CREDIT_BEGUN.exec(a);
  const rest = CREDIT_REST.exec(b);
  if (!begun || !rest) return false;
  const [head, tail] = [[...begun[1]!], [...rest[1]!]];
  return (head.length === 1 || tail.length === 1) && head.length + tail.length <= 4;
}

/** An article's last sentence and signature, then the next item's headline, read onto one line: "…集群。（罗文 曾琪） 苏州工业园区国际人才港开港". */
const SIGNED_THEN_HEADLINE = /^(.*[。！？”]\s*[（(][\u4e00-\u9fff·\s]{2,14}[）)])\s+(\S.{3,})$/;

/** A caption ("图为…", the photo shows) read onto the end of a body's line: "…提升 23%。 图为园区一角。". */
const CAPTION_AFTER_SENTENCE = /^(.*[。！？”])\s+(图为[^。！？]+。)$/;

/** A bare sentence read onto the end of a body's line, over a photo credit: its caption ("…压缩。 厦门自贸片区重点项目建设现场。" / "图片来源：…"). */
const SENTENCE_AFTER_SENTENCE = /^(.*[。！？”])\s+([^\s，,、；;：:。！？!?]{4,40}。)$/;

/**
 * A line spread glyph by glyph over its column read onto the end of another
 * column's last line (and its signature) on the same baseline: "…压舱石。 黄鑫 目 前 全 国 规 模 …".
 */
const SPREAD_AFTER_SENTENCE = /^(.*[。！？”](?:\s*[（(]?[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,3}[）)]?)?)\s+((?:\p{Script=Han}\s+){5,}\S.*)$/u;

/** Two glyphs standing alone side by side, apart by a space: text spread glyph by glyph. */
const LONE_GLYPHS = /(?:^|\s)\S\s+\S(?:\s|$)/;

/** Names set on from the last sentence of a line ("…余家。张涛"), */
const NAMES_AFTER_SENTENCE = /^(.*[。！？”])\s*([\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,3})$/;
/** over a photo credit ("吴昊/摄"): the credit's first names, or a signature. */
const PHOTO_CREDIT = /^[\u4e00-\u9fff·\s]{2,20}[/／]\s*摄$/;

/**
 * Names ending a line after its last sentence, over a photo credit, are cut
 * onto a line of their own, unless the text after the credit reads on from
 * them (a sentence broken by a photo set inside its column).
 */
function cutNamesBeforeCredits(lines: RawLine[]): RawLine[] {
  const pairs = printedPairs(lines.map((l) => l.text));
  return lines.flatMap((line, i) => {
    const m = NAMES_AFTER_SENTENCE.exec(line.text);
    const [credit, after] = [lines[i + 1], lines[i + 2]];
    if (!m || !credit || !PHOTO_CREDIT.test(credit.text) || (after && readsOn(m[2]!, after.text, pairs))) return [line];
    return [{ ...line, text: m[1]!, em: undefined }, { ...line, text: m[2]!, gap: 0, em: undefined }];
  });
}

/** Lines with a credit inside cut around it; a sentence right before a credit is its photo's caption. */
export function splitGluedCredits(input: RawLine[]): RawLine[] {
  const lines = cutNamesBeforeCredits(rejoinWrappedCredits(input));
  return lines.flatMap((line, i) => {
    const after = CREDIT_AFTER_SENTENCE.exec(line.text);
    if (after) return [{ ...line, text: after[1]!, em: undefined }, { ...line, text: after[2]!, gap: 0, em: undefined }];
    const signed = SIGNED_THEN_HEADLINE.exec(line.text);
    if (signed && !holdsRunningPunctuation(signed[2]!)) return [{ ...line, text: signed[1]!, em: undefined }, { ...line, text: signed[2]!, gap: 1, em: undefined }];
    const spread = SPREAD_AFTER_SENTENCE.exec(line.text);
    // (not where the line before the seam is spread too: one line spread over its column, "务 。 图 为 外 …")
    if (spread && !LONE_GLYPHS.test(spread[1]!)) return [{ ...line, text: spread[1]!, em: undefined }, { ...line, text: spread[2]!, gap: 0, em: undefined }];
    const caption = CAPTION_AFTER_SENTENCE.exec(line.text) ?? (isCredit(lines[i + 1]?.text ?? '') ? SENTENCE_AFTER_SENTENCE.exec(line.text) : null);
    if (caption) return [{ ...line, text: caption[1]!, em: undefined }, { ...line, text: caption[2]!, gap: 0, em: undefined, caption: true }];
    const pieces = cutCredit(line.text);
    if (!pieces) return [line];
    return pieces.map((text, i) => {
      const caption = /[。！？”]$/.test(text) && isCredit(pieces[i + 1] ?? '');
      return { ...line, text, gap: i === 0 ? line.gap : 0, em: undefined, ...(caption ? { caption: true } : {}) };
    });
  });
}

/** A photo credit line: "图片来源：…", "X/摄". */
export const isCredit = (text: string) => /^图片来源\s*[:：]|[/／]\s*摄$/.test(text);
