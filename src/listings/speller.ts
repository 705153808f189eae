import nspell from 'nspell';
import { BRITISH_TO_AMERICAN, COMPOUND_PREFIXES, TRADE_VOCABULARY } from './vocabulary.js';
import { editDistance } from './words.js';

/** Hunspell files as bytes (dictionary-en's default export); the shell reads them. */
export interface HunspellDictionary {
  aff: Uint8Array;
  dic: Uint8Array;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * English spelling with a trade vocabulary. `known` says whether a lower-case word is right;
 * `suggest` ranks corrections, the catalogue's own words first.
 */
export class Speller {
  private readonly hunspell: ReturnType<typeof nspell>;
  private readonly knownCache = new Map<string, boolean>();

  constructor(dictionary: HunspellDictionary) {
    // nspell accepts the bytes as they are; its typings ask for Buffer, which they are at run time.
    this.hunspell = nspell(dictionary as unknown as { aff: Buffer; dic: Buffer });
  }

  correctAsWritten(word: string): boolean {
    return this.hunspell.correct(word);
  }

  /** In the dictionary in any case: lower (fryer), capitalised (German) or capitals (LCD). */
  inDictionary(word: string): boolean {
    return this.hunspell.correct(word) || this.hunspell.correct(word[0]?.toUpperCase() + word.slice(1)) || this.hunspell.correct(word.toUpperCase());
  }

  /** A lower-case word that is right: dictionary, trade vocabulary, British spelling or a compound of known words. */
  known(word: string): boolean {
    let answer = this.knownCache.get(word);
    if (answer === undefined) {
      answer = this.hunspell.correct(word) || TRADE_VOCABULARY.has(word) || this.british(word) || this.compound(word);
      this.knownCache.set(word, answer);
    }
    return answer;
  }

  private british(word: string): boolean {
    return BRITISH_TO_AMERICAN.some(([from, to]) => from.test(word) && this.hunspell.correct(word.replace(from, to)));
  }

  /** oilless = oil + less, touchscreen, multilayer: two known parts of three letters or more, or a prefix + a known word. */
  private compound(word: string): boolean {
    for (const prefix of COMPOUND_PREFIXES) {
      if (word.length > prefix.length + 2 && word.startsWith(prefix) && this.simple(word.slice(prefix.length))) return true;
    }
    for (let i = 3; i <= word.length - 3; i++) {
      if (this.simple(word.slice(0, i)) && this.simple(word.slice(i))) return true;
    }
    return false;
  }

  private simple(word: string): boolean {
    return this.hunspell.correct(word) || TRADE_VOCABULARY.has(word);
  }

  /**
   * Dictionary words one edit away (deletion, transposition, substitution, insertion), ranked:
   * a letter left out first ("conicl" → "conical", not "conic"), then swapped letters.
   */
  dictionarySuggestions(word: string): string[] {
    const found = new Map<string, number>();
    const add = (candidate: string, rank: number) => {
      if (candidate.length >= 3 && !found.has(candidate) && this.hunspell.correct(candidate)) found.set(candidate, rank);
    };
    for (let i = 0; i <= word.length; i++) for (const c of LETTERS) add(word.slice(0, i) + c + word.slice(i), 0);
    for (let i = 0; i < word.length - 1; i++) add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), 1);
    for (let i = 0; i < word.length; i++) for (const c of LETTERS) add(word.slice(0, i) + c + word.slice(i + 1), 2);
    for (let i = 0; i < word.length; i++) add(word.slice(0, i) + word.slice(i + 1), 3);
    return [...found].sort((a, b) => a[1] - b[1]).map(([w]) => w);
  }

  /**
   * The closest of `candidates` (the catalogue's own frequent words) within one edit (two for long
   * words); between equally close ones, the more frequent ("frier" → fryer, not fries).
   */
  static closest(word: string, candidates: Iterable<string>, frequency: (w: string) => number): string | undefined {
    const max = word.length >= 7 ? 2 : 1;
    let best: string | undefined;
    let bestKey = [max + 1, 0];
    for (const c of candidates) {
      if (c === word || Math.abs(c.length - word.length) > max) continue;
      const d = editDistance(word, c, max);
      if (d > max) continue;
      const f = frequency(c);
      if (d < (bestKey[0] ?? 0) || (d === bestKey[0] && f > (bestKey[1] ?? 0))) [best, bestKey] = [c, [d, f]];
    }
    return best;
  }
}
