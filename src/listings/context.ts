import type { Product } from './product.js';
import { Speller } from './speller.js';
import { tokens } from './words.js';

/** What a check may know about the whole catalogue: built once, before any product is checked. */
export interface Context {
  speller: Speller;
  /** Lower-case word → number of products whose text uses it. */
  wordProducts: ReadonlyMap<string, number>;
  /** Brand names and model numbers the catalogue itself declares: never spelling errors. */
  names: ReadonlySet<string>;
  /** Per-word spelling verdicts, shared by all products (most words repeat across a catalogue). */
  spellCache: Map<string, string | null>;
}

const LATIN = /^[a-z]+$/;

export function buildContext(products: readonly Product[], speller: Speller): Context {
  const wordProducts = new Map<string, number>();
  const names = new Set<string>();
  for (const p of products) {
    const seen = new Set<string>();
    const attributeText = p.attributes.map(([, v]) => v).join(' ');
    for (const text of [p.title, p.description, attributeText, p.brand, p.category]) {
      for (const t of tokens(text)) if (t.lower.length >= 3 && LATIN.test(t.lower)) seen.add(t.lower);
    }
    for (const w of seen) wordProducts.set(w, (wordProducts.get(w) ?? 0) + 1);
    const declared = [p.brand, ...p.attributes.filter(([n]) => /brand|model|品牌|型号/i.test(n)).map(([, v]) => v)];
    for (const text of declared) for (const t of tokens(text)) names.add(t.lower);
  }
  return { speller, wordProducts, names, spellCache: new Map() };
}
