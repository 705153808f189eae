import { FOREIGN_FUNCTION_WORDS } from '../listings/vocabulary.js';
import { hasDigit, stem, STOP_WORDS, tokens, type Token } from '../listings/words.js';

/**
 * Words of an inquiry that are never part of a product's name: asking, quantities, trade terms.
 * Without them "please quote picnic basket" and "picnic basket price" name the same thing.
 */
const FILLER: ReadonlySet<string> = new Set(
  ('please pls kindly quote quotation quotations price prices pricing need needs want wants looking interested inquiry enquiry rfq request ' +
    'send offer offers buy order orders purchase sample samples catalog catalogue best good high quality new hot sale cheap wholesale ' +
    'pcs pc piece pieces unit units set sets pair pairs ton tons kg carton cartons container containers lot lots qty quantity moq ' +
    'fob cif cfr exw ddp dap we i you us me my hello hi dear regards thanks thank some any all more about also can could would will ' +
    'product products item items goods supplier suppliers factory manufacturer company type types kind kinds model models size sizes')
    .split(' '),
);

/** A word that can name a product: letters, not a joining word, not inquiry talk, not a size. */
export const isProductWord = (t: Token): boolean =>
  t.lower.length >= 2 && !STOP_WORDS.has(t.lower) && !FILLER.has(t.lower) && !FOREIGN_FUNCTION_WORDS.has(t.lower) && !hasDigit(t.lower);

/** The product-naming words of a phrase, in order ("500 pcs wicker picnic baskets" → wicker picnic baskets). */
export function productWords(phrase: string): Token[] {
  return tokens(phrase).filter(isProductWord);
}

/**
 * The key that stands for a product: its head noun (the last naming word, as in English noun phrases)
 * and the word right before it, both stemmed: "Wicker Picnic Baskets" → "picnic basket". One word
 * alone is too broad ("box"), three split one product into many ("large picnic basket").
 */
export function productKey(phrase: string): { modifier: string | null; head: string } | null {
  const words = productWords(phrase);
  const head = words.at(-1);
  if (!head) return null;
  return { modifier: words.at(-2)?.stem ?? null, head: head.stem };
}

export const keyText = (k: { modifier: string | null; head: string }) => (k.modifier ? `${k.modifier} ${k.head}` : k.head);

/** Longest buyer phrase counted: "large wicker picnic basket" is already specific. */
const MAX_GRAM = 3;

/**
 * The phrases a text uses for a product with this head noun: every run of 2–3 naming words that
 * ends on the head, as written (lower case), once each by stems (lunch box = lunch boxes). Words
 * must be adjacent on one line: a comma or a full stop between them ends the phrase.
 */
export function headPhrases(text: string, words: readonly Token[], head: string): string[] {
  const found = new Map<string, string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Token;
    if (w.stem !== head) continue;
    let start = i;
    while (start > 0 && i - start + 1 < MAX_GRAM) {
      const prev = words[start - 1] as Token;
      const between = text.slice(prev.end, (words[start] as Token).start);
      if (!isProductWord(prev) || !/^[ \t-]+$/.test(between)) break;
      start--;
    }
    for (let s = start; s < i; s++) {
      const span = words.slice(s, i + 1);
      const key = span.map((t) => t.stem).join(' ');
      if (!found.has(key)) found.set(key, span.map((t) => t.lower).join(' '));
    }
  }
  return [...found.values()];
}

// The same words as listings/words.ts tokens(), with stems remembered: inquiries repeat the same few
// thousand words, and stemming each of them anew was most of the time on 100,000 inquiries.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const stems = new Map<string, string>();

export function textWords(text: string): Token[] {
  if (stems.size > 200_000) stems.clear();
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    let s = stems.get(lower);
    if (s === undefined) stems.set(lower, (s = stem(lower)));
    out.push({ text: m[0], lower, stem: s, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
