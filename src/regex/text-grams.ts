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

/**
 * Sets of literals a match holds one of each (requiredLiterals), ready to look up: compiled into one
 * flat array that mayMeet walks without a call per set or literal (it runs some 2,600 times a
 * message over the phrase lists and extraction patterns; closures per set and literal were most of
 * its cost). Layout, per set: where the next set starts, then per literal its number of grams and
 * the grams, or for a literal shorter than GRAM, -1 minus its place in `short`.
 */
export interface Requirement {
  program: Int32Array;
  short: readonly string[];
}

export function requirementOf(sets: readonly (readonly string[])[]): Requirement {
  const program: number[] = [];
  const short: string[] = [];
  for (const set of sets) {
    const head = program.length;
    program.push(0);
    for (const text of set) {
      const { grams } = literal(text);
      if (grams) {
        program.push(grams.length, ...grams);
      } else {
        program.push(-1 - short.length);
        short.push(text);
      }
    }
    program[head] = program.length;
  }
  return { program: Int32Array.from(program), short };
}

export function literal(text: string): Literal {
  if (text.length < GRAM) return { text, grams: null };
  const grams: number[] = [];
  forEachGram(text, (h) => grams.push(h));
  return { text, grams: Uint16Array.from(grams) };
}

export class TextGrams {
  private readonly bits = new Uint32Array(BITS / 32);
  private text: string | null = null;

  index(text: string): this {
    this.text = text;
    const bits = this.bits;
    bits.fill(0);
    forEachGram(text, (h) => (bits[h >>> 5] = (bits[h >>> 5] ?? 0) | (1 << (h & 31))));
    return this;
  }

  /** False only when the indexed text cannot hold a match with this requirement. */
  mayMeet({ program, short }: Requirement): boolean {
    const bits = this.bits;
    let at = 0;
    while (at < program.length) {
      const end = program[at] ?? 0;
      at++;
      let met = false;
      while (at < end && !met) {
        const count = program[at] ?? 0;
        at++;
        if (count < 0) {
          met = (this.text ?? '').includes(short[-1 - count] ?? '');
          continue;
        }
        met = true;
        for (let g = at; g < at + count; g++) {
          const h = program[g] ?? 0;
          if (((bits[h >>> 5] ?? 0) & (1 << (h & 31))) === 0) {
            met = false;
            break;
          }
        }
        at += count;
      }
      if (!met) return false;
      at = end;
    }
    return true;
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

/**
 * A 16-bit hash of every run of four code units, in order. Each code unit is folded to a byte
 * (collisions only make more "maybe"s), so the run of four fits one 32-bit word, updated per step.
 */
function forEachGram(s: string, each: (hash: number) => void): void {
  let word = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    word = (word << 8) | ((c ^ (c >>> 8)) & 0xff);
    if (i >= GRAM - 1) each(Math.imul(word, 0x9e3779b1) >>> 16);
  }
}

/**
 * Indexes of the last texts asked for. Callers read the same text (a message's phrase window, its
 * scanned body) for many patterns, and a batch is read stage by stage (triage.ts): a stage reads one
 * or two texts of each of a batch's 32 messages, and the cache holds what two stages in a row read.
 */
export const KEPT_TEXTS = 96;
const recent = new Map<string, TextGrams>();

export function gramsOf(text: string): TextGrams {
  const known = recent.get(text);
  if (known) return known;
  let grams: TextGrams | undefined;
  if (recent.size >= KEPT_TEXTS) {
    const [oldestText, oldest] = recent.entries().next().value as [string, TextGrams];
    recent.delete(oldestText);
    grams = oldest; // reuse its 8 KB of bits
  }
  grams = (grams ?? new TextGrams()).index(text);
  recent.set(text, grams);
  return grams;
}
