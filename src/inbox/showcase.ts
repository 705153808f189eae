/**
 * Showcase picks and buyer keywords from the stored inquiries: the store's window, the pure ranking,
 * and, when a catalogue is given, the listings check for each product's health. Shared by the CLI
 * and the API.
 */
import { checkCatalogue } from '../listings/diagnose.js';
import type { Catalogue } from '../listings/product.js';
import { loadSpeller } from '../listings/read.js';
import { buyerKeywords, explainReason, measureDemand, rankShowcase, WINDOW_DAYS, type Candidate, type Demand, type Listing, type ProductWords } from '../showcase/index.js';
import type { Store } from '../store/dialect.js';
import { newestInquiry, showcaseInquiries } from '../store/showcase.js';
import type { Viewer } from '../store/viewer.js';

const DAY = 86_400_000;

export type ExplainedCandidate = Omit<Candidate, 'reasons'> & { reasons: ReturnType<typeof explainReason>[] };

export interface ShowcaseResult {
  asOf: string;
  /** The newest stored inquiry: when it is older than the window, the answer is empty for that reason. */
  newest: string | null;
  inquiries: number;
  candidates: ExplainedCandidate[];
  unlisted: ExplainedCandidate[];
}

export interface KeywordsResult {
  asOf: string;
  newest: string | null;
  inquiries: number;
  products: ProductWords[];
}

async function demandOf(store: Store, viewer: Viewer, asOf: Date): Promise<{ demand: Demand; newest: string | null; inquiries: number }> {
  const from = new Date(asOf.getTime() - WINDOW_DAYS * DAY).toISOString();
  const [inquiries, newest] = await Promise.all([showcaseInquiries(store, viewer, from, asOf.toISOString()), newestInquiry(store, viewer)]);
  return { demand: measureDemand(inquiries, asOf), newest, inquiries: inquiries.length };
}

const explained = (c: Candidate): ExplainedCandidate => ({ ...c, reasons: c.reasons.map(explainReason) });

export async function showcaseReport(store: Store, viewer: Viewer, options: { asOf: Date; catalogue?: Catalogue | null; limit?: number }): Promise<ShowcaseResult> {
  const { demand, newest, inquiries } = await demandOf(store, viewer, options.asOf);
  let listings: Listing[] | null = null;
  if (options.catalogue) {
    const reports = checkCatalogue(options.catalogue, loadSpeller());
    listings = options.catalogue.products.map((p, i) => ({ row: p.row, title: p.title, category: p.category, score: reports[i]?.score ?? 100, findings: reports[i]?.findings.map((f) => f.id) ?? [] }));
  }
  const ranked = rankShowcase(demand, listings, options.limit);
  return { asOf: demand.asOf, newest, inquiries, candidates: ranked.candidates.map(explained), unlisted: ranked.unlisted.map(explained) };
}

export async function keywordsReport(store: Store, viewer: Viewer, options: { asOf: Date; limit?: number }): Promise<KeywordsResult> {
  const { demand, newest, inquiries } = await demandOf(store, viewer, options.asOf);
  return { asOf: demand.asOf, newest, inquiries, products: buyerKeywords(demand, options.limit) };
}
