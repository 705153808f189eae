import type { Context } from './context.js';
import type { Product } from './product.js';

/** What a check found: the evidence a user can verify, and a rewritten title when one can be offered. */
export interface Hit {
  evidence: string[];
  suggestion?: string;
}

/**
 * One named listing check, declared like a triage signal: a stable id, what it means and how to fix it
 * in both languages, the points it takes off the 100, and a pure check returning evidence or null.
 */
export interface ListingCheck {
  id: string;
  en: string;
  zh: string;
  fix: { en: string; zh: string };
  /** Points off for a hit, plus `each` per evidence item beyond the first, at most `max`. */
  penalty: { base: number; each: number; max: number };
  check: (product: Product, context: Context) => Hit | null;
}

export function defineCheck(def: ListingCheck): ListingCheck {
  return def;
}

/** A hit with its check's wording, as the CLI prints it. */
export interface Finding {
  id: string;
  en: string;
  zh: string;
  evidence: string[];
  fix: { en: string; zh: string };
  suggestion?: string;
  points: number;
}

export function penaltyOf(def: ListingCheck, hit: Hit): number {
  const { base, each, max } = def.penalty;
  return Math.min(max, base + each * Math.max(0, hit.evidence.length - 1));
}
