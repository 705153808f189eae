import { stem, tokens } from '../listings/words.js';
import type { Demand, ProductDemand } from './demand.js';
import type { Reason } from './reasons.js';

/** A catalogue product as the ranking needs it: its title and its listings-check result. */
export interface Listing {
  row: number;
  title: string;
  category: string;
  score: number;
  findings: string[];
}

export interface Candidate {
  /** Catalogue title, or the buyers' phrase when there is no catalogue. */
  product: string;
  row: number | null;
  n30: number;
  prior30: number;
  n90: number;
  /** Percent change of the last 30 days over the 30 before; null when both are 0 or there was none before. */
  growth: number | null;
  score: number | null;
  /** What the order is by: demand, weighted by growth and listing health. */
  value: number;
  countries: { country: string | null; n: number }[];
  reasons: Reason[];
}

/** Below this a listing wastes a showcase slot: fix it first (the listings check's score). */
export const HEALTHY = 80;
const TOP_COUNTRIES = 3;

/**
 * Showcase picks. Demand counts a recent inquiry double (the last 30 days against the 60 before);
 * growth moves it up to ±50 %; a listing's health scales it from half (score 0) to full (100), so a
 * broken listing still shows, with the fix as its reason, below an equally wanted healthy one.
 */
export function rankShowcase(demand: Demand, listings: readonly Listing[] | null, limit = 20): { candidates: Candidate[]; unlisted: Candidate[] } {
  if (!listings) return { candidates: top(demand.products.map((p) => fromDemand(p, null)), limit), unlisted: [] };
  const matched = new Set<string>();
  const candidates: Candidate[] = [];
  for (const listing of listings) {
    const words = new Set(tokens(`${listing.title} ${listing.category}`).map((t) => t.stem));
    const mine = demand.products.filter((p) => p.heads.some((h) => words.has(h)) && (p.modifier === null || words.has(p.modifier)));
    if (mine.length === 0) continue;
    for (const p of mine) matched.add(p.key);
    candidates.push(fromDemand(merge(mine, demand), listing));
  }
  const unlisted = demand.products.filter((p) => !matched.has(p.key) && p.n90 >= 2).map((p) => fromDemand(p, null, true));
  return { candidates: top(candidates, limit), unlisted: top(unlisted, 10) };
}

const top = (list: Candidate[], limit: number) => list.sort((a, b) => b.value - a.value || b.n30 - a.n30 || a.product.localeCompare(b.product)).slice(0, limit);

/** Several buyer products one listing covers ("picnic basket", "wicker basket"): each inquiry once. */
function merge(products: ProductDemand[], demand: Demand): ProductDemand {
  if (products.length === 1) return products[0] as ProductDemand;
  const members = [...new Set(products.flatMap((p) => p.members))];
  const counts = [0, 0, 0];
  const countries = new Map<string | null, number>();
  for (const i of members) {
    const b = demand.bucket[i] ?? 2;
    counts[b] = (counts[b] ?? 0) + 1;
    const c = demand.countryOf[i] ?? null;
    countries.set(c, (countries.get(c) ?? 0) + 1);
  }
  const first = [...products].sort((a, b) => b.n90 - a.n90)[0] as ProductDemand;
  return {
    ...first,
    n30: counts[0] as number,
    prior30: counts[1] as number,
    n90: members.length,
    countries: [...countries].sort((a, b) => b[1] - a[1]).map(([country, n]) => ({ country, n })),
    members,
  };
}

function fromDemand(p: ProductDemand, listing: Listing | null, unlisted = false): Candidate {
  const growth = p.prior30 > 0 ? Math.round(((p.n30 - p.prior30) / p.prior30) * 100) : null;
  const reasons: Reason[] = [{ id: 'demand', n30: p.n30, n90: p.n90 }];
  if (growth !== null && growth >= 20) reasons.push({ id: 'growth', pct: growth, n30: p.n30, prior30: p.prior30 });
  if (growth !== null && growth <= -20) reasons.push({ id: 'decline', pct: -growth, n30: p.n30, prior30: p.prior30 });
  if (p.prior30 === 0 && p.n30 > 0 && p.n90 === p.n30) reasons.push({ id: 'new', n30: p.n30 });
  reasons.push({ id: 'countries', top: p.countries.slice(0, TOP_COUNTRIES) });
  if (listing) {
    if (listing.score >= HEALTHY) reasons.push({ id: 'healthy', score: listing.score });
    else reasons.push({ id: 'fix_first', score: listing.score, findings: listing.findings });
    const missing = buyerPhraseMissing(p, listing.title);
    if (missing) reasons.push({ id: 'buyer_words', phrase: missing });
  }
  if (unlisted) reasons.push({ id: 'unlisted' });
  const growthFactor = 1 + 0.5 * Math.max(-1, Math.min(1, p.prior30 > 0 ? (p.n30 - p.prior30) / p.prior30 : p.n30 > 0 ? 1 : 0));
  const health = listing ? 0.5 + listing.score / 200 : 1;
  const value = Math.round((p.n30 + (p.n90 - p.n30) / 2) * growthFactor * health * 10) / 10;
  return { product: listing?.title ?? p.label, row: listing?.row ?? null, n30: p.n30, prior30: p.prior30, n90: p.n90, growth, score: listing?.score ?? null, value, countries: p.countries, reasons };
}

/** The buyers' most used phrase when the title lacks one of its words: a title word to add. */
function buyerPhraseMissing(p: ProductDemand, title: string): string | null {
  const words = new Set(tokens(title).map((t) => t.stem));
  const phrase = p.label;
  return phrase.split(/\s+/).every((w) => words.has(stem(w))) ? null : phrase;
}
