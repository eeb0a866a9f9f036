/** Raw lines of a page with their source line numbers and the blank lines before them. */
export interface RawLine {
  /** 1-based line number in the source file. */
  no: number;
  /** The line without leading/trailing white space. */
  text: string;
  /** Blank (or white-space-only) lines directly before this one. */
  gap: number;
  /** The line started with white space (the extraction indents some block starts). */
  lead: boolean;
  /** Type size against the page's body type, where the source knows positions (PDF, layout text). */
  size?: number;
  /** Printed width in body em, where the source knows positions. */
  em?: number;
  /** Width of the column the line is set in, in body em, where the source knows positions. */
  measure?: number;
  /** Known to be a photo caption (it stood glued to the photo's credit). */
  caption?: boolean;
  /** Printed twice in a row (fake bold): headline type, since running text never is. */
  twice?: boolean;
  /** Set vertically, read back from a stack of one-glyph lines: headline type too. */
  vertical?: boolean;
}

export function toLines(text: string): RawLine[] {
  const out: RawLine[] = [];
  let gap = 0;
  text.split('\n').forEach((raw, i) => {
    const t = raw.trim();
    if (!t) {
      gap++;
      return;
    }
    out.push({ no: i + 1, text: t, gap, lead: /^[ \t\u3000]/.test(raw) });
    gap = 0;
  });
  return out;
}

/** The lines cut into blocks at blank lines. */
export function blocksOf(lines: RawLine[]): RawLine[][] {
  const blocks: RawLine[][] = [];
  for (const l of lines) {
    if (l.gap > 0 || !blocks.length) blocks.push([l]);
    else blocks.at(-1)!.push(l);
  }
  return blocks;
}
