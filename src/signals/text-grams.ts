/**
 * Which strings a text may contain, answered from one pass over it: every run of four characters
 * of the text is hashed into a bit set, and a string of four or more characters can occur only if
 * all its runs are in the set. A "yes" may be wrong (two runs sharing a bit, or runs present but
 * apart), a "no" never is: the phrase lists use it to skip patterns that cannot match.
 */
const GRAM = 4;
const BITS = 1 << 16;

/** A string to look for, with its runs hashed once (shorter strings are looked up as they are). */
export interface Literal {
  text: string;
  grams: Uint16Array | null;
}

export function literal(text: string): Literal {
  if (text.length < GRAM) return { text, grams: null };
  return { text, grams: Uint16Array.from({ length: text.length - GRAM + 1 }, (_, i) => hashAt(text, i)) };
}

export class TextGrams {
  private readonly bits = new Uint32Array(BITS / 32);
  private text: string | null = null;

  /** Index `text`, unless it is the text already indexed (the phrase lists mostly read the same one). */
  index(text: string): this {
    if (text === this.text) return this;
    this.text = text;
    const bits = this.bits;
    bits.fill(0);
    for (let i = 0; i + GRAM <= text.length; i++) {
      const h = hashAt(text, i);
      bits[h >>> 5] = (bits[h >>> 5] ?? 0) | (1 << (h & 31));
    }
    return this;
  }

  /** False only when the indexed text cannot contain the literal. */
  mayContain(literal: Literal): boolean {
    const { grams } = literal;
    if (!grams) return (this.text ?? '').includes(literal.text);
    const bits = this.bits;
    for (let i = 0; i < grams.length; i++) {
      const h = grams[i] ?? 0;
      if (((bits[h >>> 5] ?? 0) & (1 << (h & 31))) === 0) return false;
    }
    return true;
  }
}

/** A 16-bit hash of the four code units at `i`. */
function hashAt(s: string, i: number): number {
  let h = Math.imul(s.charCodeAt(i), 0x9e3779b1);
  h = Math.imul(h ^ s.charCodeAt(i + 1), 0x85ebca6b);
  h = Math.imul(h ^ s.charCodeAt(i + 2), 0xc2b2ae35);
  h = Math.imul(h ^ s.charCodeAt(i + 3), 0x27d4eb2f);
  return (h ^ (h >>> 16)) & (BITS - 1);
}
