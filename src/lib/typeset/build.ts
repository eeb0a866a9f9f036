/**
 * Build one document: plan its pages, compile with Typst, read the overflow markers, and re-plan
 * with larger modules (or without an article) until every text fits its box.
 */
import { compileTypst } from './compile.ts';
import { emptyAdjust, planPage, type Adjust, type PagePlan } from './plan.ts';
import { hashSeed } from './rng.ts';
import type { Template } from './templates.ts';
import type { ArticleText } from './types.ts';
import { docSource, type PageSource } from './typst.ts';

export interface DocSpec {
  name: string;
  seed: number;
  pages: number;
  template: Template;
}

export interface BuiltDoc {
  spec: DocSpec;
  plans: PagePlan[];
  printed: PageSource[];
  pdf: Buffer;
  iterations: number;
  /** The corrections the compile loop settled on (replaying them gives the same plans). */
  adjust: Adjust[];
}

const SECTIONS = ['创新园区', '创新园区', '园区动态', '区域创新'];

/** Plan all pages of a document; articles do not repeat within a document. */
export function planDoc(spec: DocSpec, pool: ArticleText[], adjust: Adjust[]): PagePlan[] {
  const plans: PagePlan[] = [];
  const used = new Set<string>();
  for (let i = 0; i < spec.pages; i++) {
    const plan = planPage({
      doc: spec.name,
      pageNo: i + 1,
      seed: hashSeed(spec.seed, spec.template.name, i),
      template: spec.template,
      pool: pool.filter((a) => !used.has(a.id)),
      section: SECTIONS[i]!,
      pageNumber: 5 + i,
      adjust: adjust[i]!,
    });
    plan.modules.forEach((m) => used.add(m.article.id));
    plans.push(plan);
  }
  return plans;
}

export function buildDoc(spec: DocSpec, pool: ArticleText[], log: (s: string) => void = () => {}): BuiltDoc {
  const adjust = Array.from({ length: spec.pages }, emptyAdjust);
  for (let iter = 1; iter <= 14; iter++) {
    const plans = planDoc(spec, pool, adjust);
    const { src, printed } = docSource(plans);
    const { pdf, positions } = compileTypst(src);
    let bad = 0;
    printed.forEach((pg, pi) => {
      const plan = plans[pi]!;
      const pitch = plan.bodySize * (1 + plan.leading);
      const adj = adjust[pi]!;
      for (const mk of pg.markers) {
        const pos = positions.get(mk.label);
        if (!pos) throw new Error(`marker ${mk.label} not found`);
        const over = pos.page !== mk.pageNo ? 10 * pitch : pos.y - mk.limitY;
        if (over <= 0) continue;
        bad++;
        const id = mk.articleId;
        if (iter >= 10) {
          if (!adj.exclude.includes(id)) adj.exclude.push(id);
          continue;
        }
        if (mk.kind === 'body') adj.body[id] = (adj.body[id] ?? 0) + over / Math.max(1, mk.span) + pitch;
        else if (mk.kind === 'col1') adj.col1[id] = (adj.col1[id] ?? 0) + Math.ceil(over / pitch) + 1;
        else adj.head[id] = (adj.head[id] ?? 0) + over + 2;
      }
    });
    if (!bad) return { spec, plans, printed, pdf, iterations: iter, adjust };
    log(`  ${spec.name}: ${bad} overflow(s), re-planning (iteration ${iter})`);
  }
  throw new Error(`${spec.name}: could not fit the texts`);
}
