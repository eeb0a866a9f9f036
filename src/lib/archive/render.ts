/**
 * Article bodies → HTML through unified: the body blocks become an mdast tree directly (no markdown is
 * parsed, so `*`, `#`, `<script>` in the source stay literal text), remark-rehype turns it into hast and
 * rehype-stringify serialises it, escaping every text node.
 */
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root, RootContent } from 'mdast';
import type { BodyBlock } from '../types';

const processor = unified().use(remarkRehype).use(rehypeStringify);

/** Body blocks as mdast: subheads are level-2 headings with anchors `s1`, `s2`…; paragraphs are paragraphs. */
export function bodyToMdast(blocks: BodyBlock[]): Root {
  let sub = 0;
  const children: RootContent[] = blocks
    .filter((b) => b.text.trim() !== '')
    .map((b) =>
      b.kind === 'subhead'
        ? {
            type: 'heading',
            depth: 2,
            data: { hProperties: { id: `s${++sub}` } },
            children: [{ type: 'text', value: b.text }],
          }
        : { type: 'paragraph', children: [{ type: 'text', value: b.text }] },
    );
  return { type: 'root', children };
}

export function renderBody(blocks: BodyBlock[]): string {
  const hast = processor.runSync(bodyToMdast(blocks));
  return processor.stringify(hast);
}
