import { RECENT_DAYS, WINDOW_DAYS, type ShowcaseInquiry } from './inquiry.js';
import { headPhrases, productKey, textWords } from './phrases.js';
import { ANY_PRODUCT, canonicalHeads } from './synonyms.js';

const DAY = 86_400_000;
/** Phrases shown per country: enough to pick title words from, few enough to read. */
const PHRASES_SHOWN = 5;

export interface CountryWords {
  country: string | null;
  inquiries: number;
  phrases: { phrase: string; n: number }[];
}

/** Demand for one product (a modifier + head noun, synonym heads merged) over the 90-day window. */
export interface ProductDemand {
  key: string;
  /** The phrase buyers use most for it. */
  label: string;
  /** Stemmed words a listing title must hold to be this product: the modifier and one of the heads. */
  modifier: string | null;
  heads: string[];
  n30: number;
  /** Days 31–60 before the reference time: the growth baseline. */
  prior30: number;
  n90: number;
  /** Inquiries per buyer country in the 90 days, most first. */
  countries: { country: string | null; n: number }[];
  /** The words buyers use for it, per country. */
  words: CountryWords[];
  /** Indices into the inquiries given, so a listing matching several products counts an inquiry once. */
  members: number[];
}

export interface Demand {
  asOf: string;
  products: ProductDemand[];
  /** Per inquiry index: 0 = last 30 days, 1 = the 30 before, 2 = older within 90 days. */
  bucket: Uint8Array;
  countryOf: (string | null)[];
}

interface Seen {
  bucket: 0 | 1 | 2;
  country: string | null;
  keys: { modifier: string | null; head: string; phrases: string[] }[];
}

/** Counts inquiries per product in the 90 days before asOf (exclusive), with the buyers' phrases per country. */
export function measureDemand(inquiries: readonly ShowcaseInquiry[], asOf: Date): Demand {
  const end = asOf.getTime();
  const seen: (Seen | null)[] = inquiries.map((q) => {
    const age = (end - Date.parse(q.receivedAt)) / DAY;
    if (!(age >= 0 && age < WINDOW_DAYS)) return null;
    const keys = new Map<string, { modifier: string | null; head: string }>();
    for (const p of q.products) {
      const k = productKey(p);
      if (k) keys.set(`${k.modifier ?? ''} ${k.head}`, k);
    }
    if (keys.size === 0) return null;
    const text = [q.text, ...q.products].join('\n');
    const words = textWords(text);
    const withPhrases = [...keys.values()].map((k) => {
      // Phrases with the product's own modifier: "large basket" says nothing about picnic baskets.
      const phrases = headPhrases(text, words, k.head).filter((p) => k.modifier === null || textWords(p).some((t) => t.stem === k.modifier));
      if (phrases.length === 0) phrases.push(words.find((t) => t.stem === k.head)?.lower ?? k.head);
      return { ...k, phrases };
    });
    return { bucket: (age < RECENT_DAYS ? 0 : age < 2 * RECENT_DAYS ? 1 : 2), country: q.country, keys: withPhrases };
  });

  const modifiersByHead = new Map<string, Set<string>>();
  const inquiriesByHead = new Map<string, number>();
  for (const s of seen) {
    for (const k of s?.keys ?? []) {
      inquiriesByHead.set(k.head, (inquiriesByHead.get(k.head) ?? 0) + 1);
      // Every word buyers put before the head counts as its context, not only the key's modifier.
      const mods = modifiersByHead.get(k.head) ?? new Set<string>();
      for (const stem of [k.modifier, ...k.phrases.flatMap((p) => textWords(p).map((t) => t.stem))]) if (stem && stem !== k.head && !ANY_PRODUCT.has(stem)) mods.add(stem);
      modifiersByHead.set(k.head, mods);
    }
  }
  const canonical = canonicalHeads(modifiersByHead, inquiriesByHead);

  const groups = new Map<string, Group>();
  for (const [i, s] of seen.entries()) {
    if (!s) continue;
    const joined = new Set<string>();
    for (const k of s.keys) {
      const head = canonical.get(k.head) ?? k.head;
      const key = k.modifier ? `${k.modifier} ${head}` : head;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = newGroup(key, k.modifier)));
      g.heads.add(k.head);
      if (joined.has(key)) continue;
      joined.add(key);
      g.members.push(i);
      g.counts[s.bucket]++;
      const country = s.country ?? '';
      g.countries.set(country, (g.countries.get(country) ?? 0) + 1);
      const phrases = g.phrases.get(country) ?? new Map<string, number>();
      // Counted by stems, so "picnic basket" and "picnic baskets" are one phrase, shown as first written.
      for (const p of k.phrases) {
        const stems = textWords(p).map((t) => t.stem).join(' ');
        if (!g.surface.has(stems)) g.surface.set(stems, p);
        phrases.set(stems, (phrases.get(stems) ?? 0) + 1);
      }
      g.phrases.set(country, phrases);
    }
  }
  const bucket = Uint8Array.from(seen, (s) => s?.bucket ?? 3);
  return { asOf: asOf.toISOString(), products: [...groups.values()].map(finish), bucket, countryOf: inquiries.map((q) => q.country) };
}

interface Group {
  key: string;
  modifier: string | null;
  heads: Set<string>;
  counts: [number, number, number];
  countries: Map<string, number>;
  /** Country → phrase stems → inquiries. */
  phrases: Map<string, Map<string, number>>;
  /** Phrase stems → the phrase as first written. */
  surface: Map<string, string>;
  members: number[];
}

const newGroup = (key: string, modifier: string | null): Group => ({ key, modifier, heads: new Set(), counts: [0, 0, 0], countries: new Map(), phrases: new Map(), surface: new Map(), members: [] });

const byCount = <K>(m: Map<K, number>) => [...m].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));

function finish(g: Group): ProductDemand {
  const all = new Map<string, number>();
  for (const per of g.phrases.values()) for (const [p, n] of per) all.set(p, (all.get(p) ?? 0) + n);
  const countries = byCount(g.countries).map(([c, n]) => ({ country: c || null, n }));
  return {
    key: g.key,
    label: g.surface.get(byCount(all)[0]?.[0] ?? '') ?? g.key,
    modifier: g.modifier,
    heads: [...g.heads].sort(),
    n30: g.counts[0],
    prior30: g.counts[1],
    n90: g.counts[0] + g.counts[1] + g.counts[2],
    countries,
    words: countries.map(({ country, n }) => ({ country, inquiries: n, phrases: byCount(g.phrases.get(country ?? '') ?? new Map<string, number>()).slice(0, PHRASES_SHOWN).map(([stems, k]) => ({ phrase: g.surface.get(stems) ?? stems, n: k })) })),
    members: g.members,
  };
}
