import type { Speller } from '../listings/speller.js';

export interface Typo {
  word: string;
  suggestion: string | null;
}

/** Plain lower-case-able words of four letters or more; digits (SUS304, AF-300) and capitals (FOB, HDPE) are codes. */
const WORD = /(?<![\p{L}\p{N}@./_-])[\p{L}]+(?:['’][\p{L}]+)?(?![\p{L}\p{N}@_]|\.[\p{L}\p{N}])/gu;
const CHECKABLE = /^[a-z]{4,}$/;
/** A paragraph is English when most of its words are known: the buyer-language half is not checked. */
const ENGLISH_SHARE = 0.6;
const SIGNED_BLOCK = /^(?:best |kind |warm )?regards,?[^\n]*$[\s\S]*?(?=\n\s*\n|―|$(?![\s\S]))/gimu;

/** The lines after a sign-off are names and addresses (Ningbo Bright Co., Ltd.), not prose. */
function withoutSignatures(text: string): string {
  return text.replace(SIGNED_BLOCK, '\n');
}

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n|―{3,}/).filter((p) => p.trim());
}

/** Addresses and links; an address is tried only where a run of non-space starts (see ADDRESSES_AND_LINKS in extract/language.ts). */
export const ADDRESSES_AND_LINKS = /(?<!\S)\S+@\S+|\b(?:https?:\/\/|www\.)\S+/g;

/**
 * Misspellings in the English paragraphs of a reply, using the listings speller (dictionary-en plus
 * the trade vocabulary). Names are capitalised and skipped unless they open a sentence; quoted buyer
 * text (“…”) is theirs, not ours.
 */
export function misspelled(text: string, speller: Speller): Typo[] {
  const found = new Map<string, Typo>();
  for (const paragraph of paragraphs(withoutSignatures(text))) {
    const own = paragraph.replace(/“[^”]*”|"[^"\n]*"/g, ' ').replace(ADDRESSES_AND_LINKS, ' ');
    const words = [...own.matchAll(WORD)];
    const plain = words.filter((m) => /^\p{Ll}/u.test(m[0]) && CHECKABLE.test(m[0]));
    const known = plain.filter((m) => speller.known(m[0]));
    if (plain.length === 0 || known.length / plain.length < ENGLISH_SHARE) continue;
    for (const m of words) {
      const word = m[0];
      const lower = word.toLowerCase();
      if (!CHECKABLE.test(lower) || found.has(lower)) continue;
      if (/^\p{Lu}+$/u.test(word) || /\p{Ll}\p{Lu}/u.test(word)) continue; // FOB, HDPE; iPhone
      const opensSentence = /(?:^|[.!?:]\s+|\n\s*(?:\d+[.)]\s*|-\s*)?)$/.test(own.slice(0, m.index));
      if (/^\p{Lu}/u.test(word) && (!opensSentence || speller.correctAsWritten(word))) continue; // Müller, Paris
      if (speller.known(lower)) continue;
      const suggestion = speller.dictionarySuggestions(lower)[0] ?? null;
      // A capitalised opener with no near word is a name (Ningbo, Guangzhou), not a slip (Recieve).
      if (suggestion === null && /^\p{Lu}/u.test(word)) continue;
      found.set(lower, { word, suggestion });
    }
  }
  return [...found.values()];
}
