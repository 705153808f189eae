import type { CountryWords, Demand } from './demand.js';

export interface ProductWords {
  product: string;
  n90: number;
  words: CountryWords[];
}

/** The words buyers use, per product (most asked first) and per buyer country. */
export function buyerKeywords(demand: Demand, limit = 30): ProductWords[] {
  return [...demand.products]
    .sort((a, b) => b.n90 - a.n90 || a.label.localeCompare(b.label))
    .slice(0, limit)
    .map((p) => ({ product: p.label, n90: p.n90, words: p.words }));
}
