/**
 * The Hugo peer of the archive (npm run bench:peer): our parsed archive (archive.json, the records our
 * parser made) written as a Hugo site — one Markdown page per article, one per issue page, a `zones`
 * taxonomy with a term page per zone, a home page and a search page — with the templates in ./hugo
 * (article, issue, zone, home), the article's own text as Pagefind's indexed region (data-pagefind-body).
 * Hugo then renders it and Pagefind indexes the HTML, the way a Hugo user would build this archive.
 *
 * Nothing of Hugo's is committed: only these templates and this generator. The content is written fresh
 * on every call (into a folder of the bench's own), so the peer starts cold too.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Archive, ArchiveArticle, ArchiveIssue } from '../../archive/model.ts';
import { bodyBlocks } from '../../archive/build.ts';

const TEMPLATES = join(import.meta.dirname, 'hugo');

/** Markdown-safe text: characters that would start markup are escaped, so Chinese prose stays prose. */
export function mdText(s: string): string {
  return s
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+\-=]|\d+[.)])/u, '$1\\$2');
}

const front = (o: Record<string, unknown>) => `${JSON.stringify(o, (_, v) => (v === null || (Array.isArray(v) && v.length === 0) ? undefined : v), 1)}\n\n`;

function articlePage(a: ArchiveArticle): string {
  const r = a.record;
  const body = bodyBlocks(r)
    .map((b) => (b.kind === 'paragraph' ? mdText(b.text) : `### ${mdText(b.text)}`))
    .join('\n\n');
  return (
    front({
      title: a.displayTitle,
      date: a.date ?? undefined,
      kicker: r.kicker,
      subtitle: r.subtitle,
      byline: r.byline,
      issue: a.issueKey,
      issueLabel: a.issueLabel,
      zones: [...new Set(a.zones.map((z) => z.slug))],
      captions: a.captions,
      prev: a.prev && { url: a.prev.url, title: a.prev.title },
      next: a.next && { url: a.next.url, title: a.next.title },
      weight: a.position,
    }) + body + (r.signature ? `\n\n${mdText(r.signature)}` : '') + '\n'
  );
}

function issuePage(i: ArchiveIssue, byId: Map<string, ArchiveArticle>): string {
  return front({
    title: i.label,
    date: i.info.date ?? undefined,
    section: i.info.section,
    editor: i.info.editor,
    articles: i.articleIds.map((id) => {
      const a = byId.get(id)!;
      const lead = a.record.paragraphs[0];
      return { id, title: a.displayTitle, lead: lead ? Array.from(lead).slice(0, 60).join('') : undefined };
    }),
    prev: i.prev && { url: i.prev.url, title: i.prev.title },
    next: i.next && { url: i.next.url, title: i.next.title },
  });
}

const STYLE = `body{font:16px/1.7 system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:0 1rem}
header.site,footer.site{display:flex;gap:1rem;justify-content:space-between;padding:1rem 0;border-bottom:1px solid #ddd}
footer.site{border:0;border-top:1px solid #ddd;color:#666}.kicker,.subtitle,.meta,.byline{color:#555}
.zones{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0}.list li{margin:.4rem 0}.prevnext{display:flex;justify-content:space-between}
`;

/** Write the Hugo site for `archive` into `dir` (emptied first). Returns the number of content files. */
export function writeHugoSite(archive: Archive, dir: string): number {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(TEMPLATES, 'hugo.toml'), join(dir, 'hugo.toml'));
  cpSync(join(TEMPLATES, 'layouts'), join(dir, 'layouts'), { recursive: true });
  mkdirSync(join(dir, 'static'), { recursive: true });
  writeFileSync(join(dir, 'static/style.css'), STYLE);
  const content = join(dir, 'content');
  for (const d of ['articles', 'issues', 'zones']) mkdirSync(join(content, d), { recursive: true });
  let files = 0;
  const put = (path: string, text: string) => {
    writeFileSync(join(content, path), text);
    files++;
  };
  put('_index.md', front({ title: '园区档案' }));
  put('search.md', front({ title: '搜索', layout: 'search' }));
  put('articles/_index.md', front({ title: '全部文章' }));
  put('issues/_index.md', front({ title: '期次' }));
  put('zones/_index.md', front({ title: '园区' }));
  const byId = new Map(archive.articles.map((a) => [a.id, a]));
  for (const a of archive.articles) put(`articles/${a.id}.md`, articlePage(a));
  for (const i of archive.issues) put(`issues/${i.key}.md`, issuePage(i, byId));
  for (const z of archive.zones) {
    mkdirSync(join(content, 'zones', z.slug), { recursive: true });
    put(`zones/${z.slug}/_index.md`, front({ title: z.name, province: z.province, city: z.city, approved: z.approved, writtenForms: z.writtenForms }));
  }
  return files;
}
