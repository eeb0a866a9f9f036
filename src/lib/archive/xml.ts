/** A tiny XML tree and serialiser for feeds and the sitemap: every text and attribute is escaped. */
export interface XmlElement {
  name: string;
  attrs?: Record<string, string | undefined>;
  children?: (XmlElement | string | null | undefined | false)[];
}

export const el = (name: string, attrs: XmlElement['attrs'] = {}, ...children: XmlElement['children'] & {}): XmlElement => ({
  name,
  attrs,
  children,
});

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');
// Characters XML 1.0 forbids.
// eslint-disable-next-line no-control-regex
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

function write(node: XmlElement, indent: string, out: string[]): void {
  const attrs = Object.entries(node.attrs ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(clean(v!))}"`)
    .join('');
  const kids = (node.children ?? []).filter((c): c is XmlElement | string => c !== null && c !== undefined && c !== false);
  if (kids.length === 0) {
    out.push(`${indent}<${node.name}${attrs}/>`);
  } else if (kids.every((k) => typeof k === 'string')) {
    out.push(`${indent}<${node.name}${attrs}>${escapeText(clean((kids as string[]).join('')))}</${node.name}>`);
  } else {
    out.push(`${indent}<${node.name}${attrs}>`);
    for (const k of kids) {
      if (typeof k === 'string') out.push(`${indent}  ${escapeText(clean(k))}`);
      else write(k, `${indent}  `, out);
    }
    out.push(`${indent}</${node.name}>`);
  }
}

export function toXml(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>'];
  write(root, '', out);
  return out.join('\n') + '\n';
}
