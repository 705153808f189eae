import { penaltyOf, type Finding } from './check.js';
import { buildContext, type Context } from './context.js';
import type { Catalogue, Product } from './product.js';
import { LISTING_CHECKS } from './registry.js';
import type { Speller } from './speller.js';

export interface ProductReport {
  row: number;
  title: string;
  /** 100 minus the points of each finding, never below 0. */
  score: number;
  findings: Finding[];
}

export interface CatalogueSummary {
  products: number;
  averageScore: number;
  /** Finding id → number of products with it, most frequent first. */
  byFinding: [id: string, products: number][];
  /** Rows, worst score first (ties in file order). */
  worst: ProductReport[];
  unknownColumns: string[];
  absentFields: string[];
}

export function checkProduct(product: Product, context: Context): ProductReport {
  const findings: Finding[] = [];
  for (const def of LISTING_CHECKS) {
    const hit = def.check(product, context);
    if (!hit) continue;
    findings.push({ id: def.id, en: def.en, zh: def.zh, evidence: hit.evidence, fix: def.fix, ...(hit.suggestion ? { suggestion: hit.suggestion } : {}), points: penaltyOf(def, hit) });
  }
  const score = Math.max(0, 100 - findings.reduce((sum, f) => sum + f.points, 0));
  return { row: product.row, title: product.title, score, findings };
}

/** Checks every product of a catalogue, in file order. */
export function checkCatalogue(catalogue: Catalogue, speller: Speller): ProductReport[] {
  const context = buildContext(catalogue.products, speller);
  return catalogue.products.map((p) => checkProduct(p, context));
}

export function summarize(catalogue: Catalogue, reports: readonly ProductReport[]): CatalogueSummary {
  const counts = new Map<string, number>();
  for (const r of reports) for (const f of r.findings) counts.set(f.id, (counts.get(f.id) ?? 0) + 1);
  const total = reports.reduce((sum, r) => sum + r.score, 0);
  return {
    products: reports.length,
    averageScore: reports.length ? Math.round((total / reports.length) * 10) / 10 : 100,
    byFinding: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    worst: [...reports].sort((a, b) => a.score - b.score || a.row - b.row),
    unknownColumns: catalogue.unknownColumns,
    absentFields: catalogue.absentFields,
  };
}
