/** A crawl of dist/: every internal link, script, stylesheet and feed entry resolves to a built file. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { DIST, decode, fileForPath, htmlFiles, page } from '../../support/site';

const ORIGIN_RE = /^https?:\/\/[^/]+/;

describe('links', () => {
  it('no broken internal link on any page', () => {
    const broken: string[] = [];
    const site = new URL(/<link rel="canonical" href="([^"]+)"/.exec(page('/'))![1]).origin;
    for (const f of htmlFiles()) {
      const html = readFileSync(f, 'utf8');
      const from = '/' + relative(DIST, f).replace(/index\.html$/, '');
      const targets = [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((m) => decode(m[1]));
      for (const refresh of html.matchAll(/http-equiv="refresh" content="\d+; url=([^"]+)"/g)) targets.push(decode(refresh[1]));
      for (const t of targets) {
        if (t.startsWith('#') || t.startsWith('mailto:')) continue;
        let url: URL;
        try {
          url = new URL(t, site + from);
        } catch {
          broken.push(`${from} → ${t} (bad URL)`);
          continue;
        }
        if (url.origin !== site) continue;
        if (!fileForPath(url.pathname)) broken.push(`${from} → ${t}`);
        if (url.hash.startsWith('#l')) {
          const target = fileForPath(url.pathname);
          if (target && !readFileSync(target, 'utf8').includes(`id="${url.hash.slice(1)}"`)) broken.push(`${from} → ${t} (no anchor)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('feeds and the sitemap point only at built pages', () => {
    const xmls = ['/sitemap.xml', '/feed.xml'];
    const bad: string[] = [];
    for (const x of xmls) {
      for (const m of page(x).matchAll(/<(?:loc|id)>([^<]+)<\/(?:loc|id)>|<link [^>]*href="([^"]+)"/g)) {
        const url = decode(m[1] ?? m[2]);
        if (!ORIGIN_RE.test(url)) continue;
        if (!fileForPath(url.replace(ORIGIN_RE, ''))) bad.push(`${x}: ${url}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
