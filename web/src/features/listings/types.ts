/** What the listings routes answer (src/server/listings-schemas.ts). */
export interface Bilingual {
  zh: string;
  en: string;
}

export interface ListingFinding extends Bilingual {
  id: string;
  short: Bilingual;
  evidence: string[];
  evidenceText: Bilingual;
  fix: Bilingual;
  suggestion?: string;
  points: number;
}

export interface ProductCheck {
  row: number;
  title: string;
  score: number;
  findings: ListingFinding[];
}

export interface ListingsCheck {
  products: ProductCheck[];
  summary: {
    products: number;
    averageScore: number;
    byFinding: { id: string; short: Bilingual; products: number }[];
    unknownColumns: string[];
    absentFields: ({ field: string } & Bilingual)[];
  };
}

export interface Candidate {
  product: string;
  row: number | null;
  n30: number;
  prior30: number;
  n90: number;
  growth: number | null;
  score: number | null;
  value: number;
  countries: { country: string | null; n: number }[];
  reasons: ({ id: string } & Bilingual)[];
}

interface Window {
  asOf: string;
  newest: string | null;
  inquiries: number;
}

export interface Showcase extends Window {
  candidates: Candidate[];
  unlisted: Candidate[];
}

export interface BuyerKeywords extends Window {
  products: { product: string; n90: number; words: { country: string | null; inquiries: number; phrases: { phrase: string; n: number }[] }[] }[];
}
