/**
 * Precision and recall of extracted entities against a hand-written fixture
 * (tests/fixtures/entities/seed-entities.json). A found name is right when it is the fixture's
 * name or one of its aliases, after entityKey; finding two forms of one body counts once.
 */
import { entityKey } from './names.ts';
import type { ArticleEntities } from './types.ts';

export interface ExpectedArticle {
  seed: string;
  index: number;
  title: string;
  organizations: { name: string; aliases?: string[] }[];
  people: { name: string; role?: string }[];
}

export interface Score {
  expected: number;
  found: number;
  right: number;
  precision: number;
  recall: number;
  /** Found but not expected, and expected but not found, per article (seed#index). */
  wrong: string[];
  missed: string[];
}

function scoreOne(expected: { name: string; aliases?: string[] }[], found: { name: string; aliases?: string[] }[], where: string, acc: Score): void {
  const forms = expected.map((e) => new Set([e.name, ...(e.aliases ?? [])].map(entityKey)));
  const hit = new Set<number>();
  for (const f of found) {
    const fForms = [f.name, ...(f.aliases ?? [])].map(entityKey);
    const i = forms.findIndex((set) => fForms.some((x) => set.has(x)));
    if (i < 0) {
      acc.found++;
      acc.wrong.push(`${where}: ${f.name}`);
    } else if (!hit.has(i)) {
      acc.found++;
      hit.add(i);
    }
  }
  acc.expected += expected.length;
  acc.right += hit.size;
  expected.forEach((e, i) => hit.has(i) || acc.missed.push(`${where}: ${e.name}`));
}

const empty = (): Score => ({ expected: 0, found: 0, right: 0, precision: 0, recall: 0, wrong: [], missed: [] });

function finish(s: Score): Score {
  s.precision = s.found ? s.right / s.found : 1;
  s.recall = s.expected ? s.right / s.expected : 1;
  return s;
}

/** `extracted[i]` belongs to `expected[i]`. */
export function scoreEntities(expected: ExpectedArticle[], extracted: ArticleEntities[]): { organizations: Score; people: Score } {
  if (expected.length !== extracted.length) throw new Error(`${expected.length} expected articles, ${extracted.length} extracted`);
  const organizations = empty();
  const people = empty();
  expected.forEach((e, i) => {
    const where = `${e.seed}#${e.index}`;
    scoreOne(e.organizations, extracted[i]!.organizations, where, organizations);
    scoreOne(e.people, extracted[i]!.people, where, people);
  });
  return { organizations: finish(organizations), people: finish(people) };
}

export const formatScore = (label: string, s: Score): string =>
  `${label}: precision ${s.precision.toFixed(3)} (${s.right}/${s.found}), recall ${s.recall.toFixed(3)} (${s.right}/${s.expected})`;
